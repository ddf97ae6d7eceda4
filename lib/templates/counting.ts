/**
 * The ways networks count a reply's length. Each counts what its own
 * composer counts, so "280" in Vigie means what "280" means on X.
 */
import { findUrls } from './urls';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Unicode code points, not UTF-16 units: an emoji outside the BMP is 1, not 2. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** User-perceived characters: 👩‍👩‍👧‍👦 and 🇫🇷 are 1 each. */
export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count += 1;
  return count;
}

/**
 * A grapheme drawn as an emoji: emoji presentation by default, or asked for
 * with VS16, a skin tone, a keycap, a ZWJ sequence or a flag. Text-style
 * symbols (© ™ ☺ without VS16) are not: X weighs them as ordinary characters.
 */
const EMOJI_GRAPHEME = /\p{Emoji_Presentation}|\p{Emoji_Modifier}|\uFE0F|\u20E3/u;

export function isEmojiGrapheme(grapheme: string): boolean {
  return EMOJI_GRAPHEME.test(grapheme);
}

/**
 * twitter-text v3 configuration (github.com/twitter/twitter-text, config/v3.json;
 * developer.x.com "Counting characters"): weights at scale 100.
 */
const X_RULES = {
  maxWeightedLength: 280,
  scale: 100,
  defaultWeight: 200,
  transformedUrlLength: 23,
  /** Latin, Greek, Cyrillic…, plus spaces and punctuation of the General Punctuation block. */
  lightRanges: [
    [0, 4351],
    [8192, 8205],
    [8208, 8223],
    [8242, 8247],
  ],
  lightWeight: 100,
} as const;

export const X_MAX_WEIGHTED_LENGTH = X_RULES.maxWeightedLength;

function xCodePointWeight(codePoint: number): number {
  for (const [low, high] of X_RULES.lightRanges) {
    if (codePoint >= low && codePoint <= high) return X_RULES.lightWeight;
  }
  return X_RULES.defaultWeight;
}

/** Scaled weight of text without URLs: each emoji sequence weighs the default, others by range. */
function xSegmentWeight(text: string): number {
  let weight = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (isEmojiGrapheme(segment)) {
      weight += X_RULES.defaultWeight;
      continue;
    }
    for (const ch of segment) weight += xCodePointWeight(ch.codePointAt(0) ?? 0);
  }
  return weight;
}

/**
 * X's weighted length: NFC first (as twitter-text does), every URL counts 23,
 * every emoji 2, CJK and other heavy scripts 2 per code point, the rest 1.
 */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let weight = 0;
  let position = 0;
  for (const url of findUrls(normalized)) {
    weight += xSegmentWeight(normalized.slice(position, url.start));
    weight += X_RULES.transformedUrlLength * X_RULES.scale;
    position = url.end;
  }
  weight += xSegmentWeight(normalized.slice(position));
  return Math.floor(weight / X_RULES.scale);
}

/** What Mastodon counts a link as, whatever its length (StatusLengthValidator). */
const MASTODON_URL_LENGTH = 23;
/**
 * `@user@server` counts as `@user`: only the local part of a remote mention
 * counts (Mastodon's MENTION_RE, simplified).
 */
const MASTODON_REMOTE_MENTION =
  /(?<![=/\p{L}\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)@[\p{L}\p{N}_.-]+[\p{L}\p{N}_]/giu;

/**
 * Mastodon's StatusLengthValidator: links with a protocol count 23, remote
 * mentions count their local part, and the rest is counted in graphemes.
 */
export function mastodonLength(text: string): number {
  let countable = '';
  let position = 0;
  for (const url of findUrls(text, { withoutProtocol: false })) {
    countable += text.slice(position, url.start) + 'x'.repeat(MASTODON_URL_LENGTH);
    position = url.end;
  }
  countable += text.slice(position);
  return countGraphemes(countable.replace(MASTODON_REMOTE_MENTION, '@$1'));
}
