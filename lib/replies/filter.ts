import type { Mention } from '../store/schema';

export interface MentionFilterValue {
  watchlistId: string;
  risk: 'all' | 'risky' | 'calm';
  status: 'all' | Mention['status'];
  /** Only mentions past their network's response target (the caller says which). */
  lateOnly?: boolean;
}

export const NO_FILTER: MentionFilterValue = {
  watchlistId: '',
  risk: 'all',
  status: 'all',
  lateOnly: false,
};

const RISKY = new Set(['medium', 'high']);

/** The mentions a filter keeps, in the same (page) order. */
export function filterMentions(
  mentions: readonly Mention[],
  filter: MentionFilterValue,
  isLate?: (mention: Mention) => boolean,
): Mention[] {
  return mentions.filter(
    (mention) =>
      (!filter.watchlistId || mention.watchlistIds.includes(filter.watchlistId)) &&
      (filter.risk === 'all' || RISKY.has(mention.risk.level) === (filter.risk === 'risky')) &&
      (filter.status === 'all' || mention.status === filter.status) &&
      (!filter.lateOnly || isLate?.(mention) === true),
  );
}
