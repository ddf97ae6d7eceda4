/**
 * Which later mentions belong to an incident: the same author, the same post
 * (or a link to it), or the same words. The CM attaches a suggestion in one
 * click, so the timeline shows how the bad buzz spread.
 */
import type { Incident, Mention } from '../store/schema';
import { linksIn, normalizeAuthor, normalizeUrl, significantWords } from './text';

export type LinkReason = 'author' | 'url' | 'terms';

export interface LinkSuggestion {
  mention: Mention;
  /** In the order url, author, terms. */
  reasons: LinkReason[];
  /** Higher is more likely the same affair; only the order matters. */
  score: number;
}

export interface LinkOptions {
  /** Share of the smaller word set the two must have in common, 0–1. Default 0.3. */
  termOverlap?: number;
  /** Fewer shared words than this is chance, whatever the share. Default 2. */
  minSharedTerms?: number;
  /** Mentions first seen after this time (ms) are candidates. Default: the incident's creation. */
  since?: number;
  /** At most this many suggestions. Default: all. */
  limit?: number;
}

const DEFAULTS = { termOverlap: 0.3, minSharedTerms: 2 } as const;

/** The same post outweighs the same author, who outweighs shared words. */
const WEIGHTS: Readonly<Record<LinkReason, number>> = { url: 1, author: 0.6, terms: 0.5 };

/**
 * Mentions of the incident's workspace first seen after it was created, not
 * already linked, sharing its author, its post or its words; best first
 * (ties: the earliest seen first, as the affair spread).
 *
 * - author: the incident's author equals the mention's handle or name, folded
 *   and without "@";
 * - url: the incident's permalink (else its page address) equals the
 *   mention's permalink or page, or appears as a link in its text (a quote);
 * - terms: the significant words of the incident's excerpt (its title when it
 *   has none) and of the mention's text and matched terms share at least
 *   `minSharedTerms` words and `termOverlap` of the smaller set.
 */
export function suggestLinks(
  incident: Incident,
  mentions: readonly Mention[],
  options: LinkOptions = {},
): LinkSuggestion[] {
  const termOverlap = options.termOverlap ?? DEFAULTS.termOverlap;
  const minSharedTerms = options.minSharedTerms ?? DEFAULTS.minSharedTerms;
  const since = options.since ?? incident.createdAt;
  const linked = new Set(incident.mentionIds);
  const authors = authorKeys(incident.author);
  const postUrl = normalizeUrl(incident.permalink || incident.url);
  const words = significantWords(incident.excerpt || incident.title);

  const suggestions: LinkSuggestion[] = [];
  for (const mention of mentions) {
    if (mention.workspaceId !== incident.workspaceId) continue;
    if (mention.firstSeenAt <= since || linked.has(mention.id)) continue;
    const reasons: LinkReason[] = [];
    let score = 0;
    if (postUrl && sharesPost(postUrl, mention)) {
      reasons.push('url');
      score += WEIGHTS.url;
    }
    if (sharesAuthor(authors, mention)) {
      reasons.push('author');
      score += WEIGHTS.author;
    }
    const overlap = termsOverlap(words, mention, minSharedTerms);
    if (overlap >= termOverlap && overlap > 0) {
      reasons.push('terms');
      score += WEIGHTS.terms * overlap;
    }
    if (reasons.length > 0) suggestions.push({ mention, reasons, score });
  }
  suggestions.sort(
    (a, b) =>
      b.score - a.score ||
      a.mention.firstSeenAt - b.mention.firstSeenAt ||
      a.mention.id.localeCompare(b.mention.id),
  );
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}

function sharesPost(postUrl: string, mention: Mention): boolean {
  const candidates = [mention.permalink, mention.url, ...linksIn(mention.text)];
  return candidates.some((url) => url !== undefined && normalizeUrl(url) === postUrl);
}

/**
 * The incident's author as one string may read "Jeanne Martin (@jmartin)":
 * the whole, each @handle in it and the name around them all identify her.
 */
export function authorKeys(author: string | undefined): Set<string> {
  const keys = new Set<string>();
  const whole = author ?? '';
  const handles = [...whole.matchAll(/@[\p{L}\p{N}_.-]+/gu)].map((match) => match[0]);
  const name = whole.replace(/@[\p{L}\p{N}_.-]+/gu, ' ').replace(/[()[\]]/gu, ' ');
  for (const candidate of [whole, name, ...handles]) {
    const key = normalizeAuthor(candidate);
    if (key) keys.add(key);
  }
  return keys;
}

function sharesAuthor(authors: ReadonlySet<string>, mention: Mention): boolean {
  return [mention.author.handle, mention.author.name].some((candidate) => {
    const key = normalizeAuthor(candidate);
    return key !== '' && authors.has(key);
  });
}

/** Shared words over the smaller set (0 under the minimum count), so a short reply can match a long post. */
function termsOverlap(words: ReadonlySet<string>, mention: Mention, minShared: number): number {
  if (words.size === 0) return 0;
  const theirs = significantWords(`${mention.text} ${mention.terms.join(' ')}`);
  if (theirs.size === 0) return 0;
  let shared = 0;
  for (const word of theirs) if (words.has(word)) shared += 1;
  if (shared < minShared) return 0;
  return shared / Math.min(words.size, theirs.size);
}
