/**
 * A crisis report's input full of hostile page text, shared by the happy-dom
 * test (structure, escaping) and the Chromium test (the real DOMPurify).
 */
/* No Node API here: chromium.test.ts bundles this file for the browser. */
import type { CrisisReportInput, Translate } from '../../../lib/incidents';
import type { Incident, Mention } from '../../../lib/store/schema';

export const PNG_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export const T0 = Date.UTC(2025, 2, 12, 14, 0, 0);
const HOUR = 3_600_000;

export const HOSTILE_EXCERPT =
  'Regardez ça <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> ' +
  '<a href="javascript:window.pwned=3">cliquez</a> **gras** [lien](javascript:alert(1)) </blockquote><h1>faux titre</h1>';

const incidents: Incident[] = [
  {
    id: 'inc-1',
    workspaceId: 'ws',
    title: 'Blague <b>douteuse</b> sur les clientes',
    category: 'bad-joke',
    severity: 3,
    status: 'escalated',
    url: 'javascript:window.pwned=4',
    permalink: 'https://x.com/acme/status/42?ref="><script>window.pwned=5</script>',
    network: 'x',
    author: '<svg onload="window.pwned=6">@acme',
    excerpt: HOSTILE_EXCERPT,
    notes: 'Notes <iframe src="https://evil.example"></iframe>\nligne 2',
    mentionIds: ['m1', 'm2'],
    screenshotId: 'blob-1',
    watchlistIds: ['wl'],
    engagement: { likes: 100 },
    timeline: [
      { at: T0, status: 'open', by: 'Camille', comment: '' },
      {
        at: T0 + 10 * 60_000,
        status: 'escalated',
        by: '<i onmouseover="window.pwned=7">Camille</i>',
        comment: 'Au senior <style>body{display:none}</style>',
      },
    ],
    createdAt: T0,
    updatedAt: T0 + 10 * 60_000,
  },
  {
    id: 'inc-2',
    workspaceId: 'ws',
    title: 'Panne du site',
    category: 'product-failure',
    severity: 2,
    status: 'open',
    url: 'https://acme.example/status',
    notes: '',
    mentionIds: [],
    screenshotId: 'blob-missing',
    timeline: [{ at: T0 + 2 * HOUR, status: 'open', by: '', comment: '' }],
    createdAt: T0 + 2 * HOUR,
    updatedAt: T0 + 2 * HOUR,
  },
];

const base: Omit<Mention, 'id' | 'dedupeKey'> = {
  workspaceId: 'ws',
  url: 'https://x.com/home',
  network: 'x',
  kind: 'reply',
  author: { name: 'Jo <img src=x onerror="window.pwned=8">', handle: 'jo' },
  text: 'Honteux <object data="https://evil.example/x"></object>',
  engagement: { likes: 5, reposts: 2 },
  watchlistIds: ['wl'],
  terms: [],
  risk: { level: 'high', score: 2, categories: [] },
  status: 'new',
  firstSeenAt: T0 + HOUR,
  lastSeenAt: T0 + HOUR,
};

const mentions: Mention[] = [
  { ...base, id: 'm1', dedupeKey: 'm1', permalink: 'https://x.com/jo/status/7' },
  {
    ...base,
    id: 'm2',
    dedupeKey: 'm2',
    permalink: 'data:text/html,<script>window.pwned=9</script>',
    postedAt: T0 + 30 * 60_000,
    firstSeenAt: T0 + 2 * HOUR,
  },
];

export function reportInput(t: Translate, lang: 'en' | 'fr'): CrisisReportInput {
  return {
    incidents,
    mentions,
    watchlistNames: { wl: 'Acme <marque>' },
    screenshots: { 'blob-1': PNG_URL },
    t,
    locale: lang,
    generatedAt: T0 + 3 * HOUR,
    timeZone: 'UTC',
  };
}

/** What a report must not contain once parsed: anything that runs or fetches. */
export const ACTIVE_CONTENT =
  'script, iframe, object, embed, svg, math, form, input, link, base, meta[http-equiv="refresh"], body style';
