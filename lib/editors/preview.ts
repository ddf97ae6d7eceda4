/**
 * What a template looks like on a real reply: rendered with a sample mention
 * through the same code the side panel uses, and measured by the network's
 * own rules.
 */
import { composeReply } from '../replies/compose';
import type { Network } from '../sites/types';
import type { Mention, Template } from '../store/schema';
import { type LengthMeasure, measure } from '../templates/length';

const SAMPLE_URLS: Partial<Record<Network, string>> = {
  x: 'https://x.com/camille_m/status/1790000000000000000',
  facebook: 'https://www.facebook.com/permalink.php?story_fbid=1234567890',
  instagram: 'https://www.instagram.com/p/C7abcdEFGhi/',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:7190000000000000000/',
  youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzAbC',
  tiktok: 'https://www.tiktok.com/@camille_m/video/7360000000000000000',
  reddit: 'https://www.reddit.com/r/france/comments/1abcde/vol_retarde/',
};

/** A plausible mention for the preview: a named author with a handle, a permalink. */
export function sampleMention(network: Network, language: string, now: number): Mention {
  return {
    id: 'sample',
    workspaceId: 'sample',
    dedupeKey: 'sample',
    permalink: SAMPLE_URLS[network] ?? 'https://example.com/avis/42',
    url: SAMPLE_URLS[network] ?? 'https://example.com/avis/42',
    network,
    kind: network === 'trustpilot' || network === 'google-maps' ? 'review' : 'comment',
    author: { name: 'Camille Martin', handle: '@camille_m' },
    text: '',
    language,
    engagement: {},
    watchlistIds: [],
    terms: [],
    risk: { level: 'none', score: 0, categories: [] },
    status: 'new',
    firstSeenAt: now,
    lastSeenAt: now,
  };
}

export interface PreviewContext {
  brand: string;
  agent: string;
  now: number;
  /** The network's name in the CM's language. */
  networkLabel: string;
}

export interface Preview {
  text: string;
  unfilled: string[];
  /** Of the rendered text, in the network's unit. */
  length: LengthMeasure;
}

/** The template as it would read on `network` (its variant if it has one), sample values filled. */
export function previewTemplate(
  template: Pick<Template, 'body' | 'variants' | 'language'>,
  network: Network,
  fills: Readonly<Record<string, string>>,
  context: PreviewContext,
): Preview {
  const full = { ...template, title: '', id: '', version: 1 } as Template;
  const composed = composeReply(
    full,
    sampleMention(network, template.language, context.now),
    fills,
    context,
  );
  return { ...composed, length: measure(composed.text, network) };
}
