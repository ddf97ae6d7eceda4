/** What the interactions and mentions tables ask the background, and what a cached row keeps. */
import type { Network } from '../sites/types';
import type { Interaction, Mention } from '../store/schema';

export type TableName = 'mentions' | 'interactions';
export type RiskFilter = Mention['risk']['level'] | 'risky';

export interface TableFilters {
  network?: Network;
  status?: string;
  risk?: RiskFilter;
  watchlistId?: string;
  /** Inclusive bounds on the row's time (first seen / created), ms. */
  from?: number;
  to?: number;
  markedOnly?: boolean;
  /** Mentions only: past their network's response target and unanswered. */
  lateOnly?: boolean;
}

export interface TableQuery {
  filters: TableFilters;
  search: string;
  sort: 'desc' | 'asc';
  offset: number;
  limit: number;
}

export interface TablePage<T> {
  /** Rows matching the filters and search, all pages together. */
  total: number;
  rows: T[];
}

/** A mentions page also says which of its rows have an interaction (for their SLA state). */
export interface MentionPage extends TablePage<Mention> {
  answeredIds: string[];
}
export type InteractionPage = TablePage<Interaction>;

/** What the worker keeps per record to filter and search without reading the store. */
export interface IndexRow {
  id: string;
  /** firstSeenAt (mentions) or createdAt (interactions): the table's order. */
  time: number;
  network: Network;
  status: string;
  marked: boolean;
  /** Folded text, author name and handle. */
  haystack: string;
  risk?: Mention['risk']['level'];
  watchlistIds?: readonly string[];
  postedAt?: number;
  mentionId?: string;
}
