/** Records for the incident tests: valid by default, overridden field by field. */
import { readFileSync } from 'node:fs';
import { substitute } from '@/lib/i18n';
import type { Translate } from '@/lib/incidents';
import type { Incident, Mention } from '@/lib/store/schema';

export const T0 = Date.UTC(2025, 2, 12, 14, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export function mention(overrides: Partial<Mention> & { id: string }): Mention {
  return {
    workspaceId: 'ws',
    dedupeKey: overrides.id,
    url: 'https://x.com/home',
    network: 'x',
    kind: 'post',
    author: { name: 'Someone', handle: 'someone' },
    text: 'Nothing to see here',
    engagement: {},
    watchlistIds: ['wl-brand'],
    terms: [],
    risk: { level: 'none', score: 0, categories: [] },
    status: 'new',
    firstSeenAt: T0 + HOUR,
    lastSeenAt: T0 + HOUR,
    ...overrides,
  };
}

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    workspaceId: 'ws',
    title: 'Blague sur les clientes',
    category: 'bad-joke',
    severity: 3,
    status: 'open',
    url: 'https://x.com/acme/status/42',
    permalink: 'https://x.com/acme/status/42',
    network: 'x',
    author: '@acme',
    excerpt: 'Nos clientes adorent attendre le remboursement, surtout le lundi matin',
    notes: '',
    mentionIds: [],
    timeline: [{ at: T0, status: 'open', by: 'Camille', comment: '' }],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
export const locales = { en: load('en'), fr: load('fr') };

/** `t` over one locale's messages.json, as the extension would run it; an unknown key throws. */
export function translator(lang: 'en' | 'fr'): Translate {
  const messages = locales[lang];
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) throw new Error(`No message ${key} in ${lang}`);
    return substitute(entry.message, subs);
  };
}
