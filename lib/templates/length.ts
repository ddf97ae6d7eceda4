/**
 * Each network's hard limit for a reply, and how it counts. Limits come
 * from the platforms' help pages as known when this was written; the ones
 * marked `verified: false` are to verify against the live site (their help
 * pages are vague, change often, or the limit is only seen in the composer).
 */
import type { Network } from '../sites/types';
import { countCodePoints, countGraphemes, mastodonLength, xWeightedLength } from './counting';

export type LengthCounting =
  /** Unicode code points (what most composers' `maxlength`-style counters approximate). */
  | 'code-points'
  /** twitter-text v3: weighted code points, URLs 23, emoji 2. */
  | 'x-weighted'
  /** Grapheme clusters (Intl.Segmenter). */
  | 'graphemes'
  /** Graphemes, URLs with a protocol 23, `@user@server` as `@user`. */
  | 'mastodon';

export interface NetworkLengthRule {
  /** Hard limit in the network's own unit; null when the site sets none Vigie knows. */
  limit: number | null;
  counting: LengthCounting;
  /** False: "to verify" — from memory or third-party reports, not a current official page. */
  verified: boolean;
  source: string;
}

export const NETWORK_LENGTH_RULES: Readonly<Record<Network, NetworkLengthRule>> = {
  x: {
    limit: 280,
    counting: 'x-weighted',
    verified: true,
    source:
      'developer.x.com "Counting characters" and twitter-text config/v3.json (non-Premium accounts).',
  },
  instagram: {
    limit: 2_200,
    counting: 'code-points',
    verified: false,
    source:
      'Instagram Help Center documents 2,200 characters for captions; comments are reported to share it. To verify.',
  },
  linkedin: {
    limit: 1_250,
    counting: 'code-points',
    verified: false,
    source:
      'LinkedIn Help as remembered (1,250 per comment); third-party guides disagree (300 to 1,500). To verify.',
  },
  youtube: {
    limit: 10_000,
    counting: 'code-points',
    verified: false,
    source:
      'Widely reported 10,000-character comment limit; not on a YouTube Help page. To verify.',
  },
  facebook: {
    limit: 8_000,
    counting: 'code-points',
    verified: false,
    source:
      'Third-party reports of 8,000 characters per comment; no Facebook Help page. To verify.',
  },
  tiktok: {
    limit: 150,
    counting: 'code-points',
    verified: false,
    source: 'TikTok app composer counter (150 per comment), per third-party reports. To verify.',
  },
  reddit: {
    limit: 10_000,
    counting: 'code-points',
    verified: true,
    source: 'Reddit\'s comment form error "this is too long (max: 10000)".',
  },
  mastodon: {
    limit: 500,
    counting: 'mastodon',
    verified: true,
    source:
      "Mastodon's StatusLengthValidator (MAX_CHARS = 500); an instance may raise it (its /api/v2/instance says so).",
  },
  bluesky: {
    limit: 300,
    counting: 'graphemes',
    verified: true,
    source: 'AT Protocol lexicon app.bsky.feed.post: text maxGraphemes 300.',
  },
  trustpilot: {
    limit: 2_000,
    counting: 'code-points',
    verified: false,
    source: 'Trustpilot Business reply box, from memory. To verify.',
  },
  tripadvisor: {
    limit: 5_000,
    counting: 'code-points',
    verified: false,
    source: 'Tripadvisor management response guidelines, from memory. To verify.',
  },
  'google-maps': {
    limit: 4_096,
    counting: 'code-points',
    verified: false,
    source:
      'Google Business Profile API ReviewReply.comment: 4,096 (documented in bytes, the web form counts characters). To verify.',
  },
  web: {
    limit: null,
    counting: 'code-points',
    verified: true,
    source: 'Generic pages (blogs, forums, news comments): no limit Vigie can know.',
  },
};

export interface LengthMeasure {
  /** In the network's own unit (see NETWORK_LENGTH_RULES[network].counting). */
  length: number;
  limit: number | null;
  over: boolean;
}

const COUNTERS: Readonly<Record<LengthCounting, (text: string) => number>> = {
  'code-points': countCodePoints,
  'x-weighted': xWeightedLength,
  graphemes: countGraphemes,
  mastodon: mastodonLength,
};

export function measure(text: string, network: Network): LengthMeasure {
  const rule = NETWORK_LENGTH_RULES[network];
  const length = COUNTERS[rule.counting](text);
  return { length, limit: rule.limit, over: rule.limit !== null && length > rule.limit };
}
