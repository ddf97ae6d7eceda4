/**
 * What the packet and the report say about an incident beyond its own
 * fields: its linked mentions, the watchlists they matched, their reach, and
 * times and counts written for the reader's language.
 */
import type { Incident, Mention } from '../store/schema';
import { normalizeAuthor, normalizeUrl } from './text';
import { cutAtWord } from './workflow';

/** The engagement counts a reach sums, as the site adapters name them. */
export const REACH_KEYS = ['likes', 'replies', 'reposts', 'views'] as const;
export type ReachKey = (typeof REACH_KEYS)[number];

export interface Reach {
  /** Linked mentions. */
  mentions: number;
  /** Distinct authors: the incident's and the linked mentions' (by handle, else name). */
  authors: number;
  /** Only the counts some post showed: absent means "not shown", not zero. */
  totals: Partial<Record<ReachKey, number>>;
}

/** The incident's linked mentions among `mentions`, in the order they were first seen. */
export function linkedMentions(incident: Incident, mentions: readonly Mention[]): Mention[] {
  const ids = new Set(incident.mentionIds);
  return mentions
    .filter((mention) => ids.has(mention.id))
    .sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id));
}

/**
 * The reach of the affair: the captured post's counts (`incident.engagement`)
 * plus the linked mentions'. One post seen several times (the captured post
 * is usually linked too; a mention seen again) counts once, with the highest
 * count seen for each figure, since counts only grow. Posts are told apart by
 * their normalised permalink, else by mention id.
 */
export function reachOf(
  incident: Pick<Incident, 'permalink' | 'engagement' | 'author'>,
  mentions: readonly Mention[],
): Reach {
  const perPost = new Map<string, Partial<Record<ReachKey, number>>>();
  const observe = (post: string, engagement: Readonly<Record<string, number>> | undefined) => {
    const counts = perPost.get(post) ?? {};
    for (const key of REACH_KEYS) {
      const count = engagement?.[key];
      if (count !== undefined && Number.isFinite(count)) {
        counts[key] = Math.max(counts[key] ?? 0, count);
      }
    }
    perPost.set(post, counts);
  };
  const incidentPost = incident.permalink ? normalizeUrl(incident.permalink) : 'incident';
  observe(incidentPost, incident.engagement);
  const authors = new Set<string>();
  const incidentAuthor = normalizeAuthor(incident.author);
  if (incidentAuthor) authors.add(incidentAuthor);
  for (const mention of mentions) {
    observe(
      mention.permalink ? normalizeUrl(mention.permalink) : `mention:${mention.id}`,
      mention.engagement,
    );
    const who = normalizeAuthor(mention.author.handle || mention.author.name);
    if (who) authors.add(who);
  }
  const totals: Partial<Record<ReachKey, number>> = {};
  for (const counts of perPost.values()) {
    for (const key of REACH_KEYS) {
      const count = counts[key];
      if (count !== undefined) totals[key] = (totals[key] ?? 0) + count;
    }
  }
  return { mentions: mentions.length, authors: authors.size, totals };
}

/**
 * Names of the watchlists the captured post and the linked mentions matched,
 * once each, sorted; ids of deleted watchlists are left out.
 */
export function matchedWatchlists(
  incident: Pick<Incident, 'watchlistIds'>,
  mentions: readonly Mention[],
  watchlistNames: Readonly<Record<string, string>>,
): string[] {
  const ids = [...(incident.watchlistIds ?? []), ...mentions.flatMap((m) => m.watchlistIds)];
  const names = new Set<string>();
  for (const id of ids) {
    const name = watchlistNames[id];
    if (name) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

export interface FormatOptions {
  /** BCP 47 tag for dates and numbers; the runtime's default when absent. */
  locale?: string;
  /** IANA zone for times; the runtime's when absent (tests pass "UTC"). */
  timeZone?: string;
}

export function formatTime(time: number, options: FormatOptions): string {
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(time);
}

export function formatCount(count: number, options: FormatOptions): string {
  return new Intl.NumberFormat(options.locale).format(count);
}

/** Enough for the reader to judge; the whole text is in the report. */
export const EXCERPT_LENGTH = 600;

/** Trimmed, runs of blank lines reduced to one, cut at a word after `max` characters. */
export function trimExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const tidy = text
    .replace(/\r\n?/gu, '\n')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return cutAtWord(tidy, max);
}
