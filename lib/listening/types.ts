import type { QueryIssue } from '../query/ast';

export type WatchlistKind = 'brand' | 'competitor' | 'topic';

export interface WatchlistInput {
  id: string;
  name: string;
  kind: WatchlistKind;
  query: string;
  enabled: boolean;
}

/**
 * A risk word or phrase in the query term syntax (`rembours*`, `déçu`,
 * `{SCAM}`); several words without quotes are taken as an exact phrase.
 */
export interface RiskTermInput {
  term: string;
  category: string;
  weight: number;
}

/** What the site adapter knows about a post; missing fields never match. */
export interface MatchContext {
  author?: string;
  handle?: string;
  /** Host name (or URL) of the page. */
  site?: string;
  /** Network id (lib/sites/types.ts `NETWORKS`). */
  network?: string;
  /** BCP 47 / ISO 639-1 code, e.g. `fr` or `fr-CA`. */
  language?: string;
}

/** UTF-16 offsets into the matched text: start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface WatchlistSpan extends Span {
  /** The term or phrase as written in the query (`acme*`, `"acme corp"`, `{BT}`). */
  term: string;
}

export interface WatchlistMatch {
  watchlistId: string;
  kind: WatchlistKind;
  /**
   * Occurrences of the positive terms that made the query true (never NOT
   * terms), sorted by start then end; may overlap (`acme` inside `"acme corp"`).
   */
  spans: WatchlistSpan[];
}

export interface RiskHit extends Span {
  category: string;
  weight: number;
  term: string;
}

export interface MatchResult {
  /** Matching watchlists, in the order they were given to `compileMatcher`. */
  watchlists: WatchlistMatch[];
  /** Every risk-term occurrence, sorted by start. */
  risk: RiskHit[];
}

export interface Matcher {
  /** Matches one post's text (the concatenation of its text nodes). */
  match(text: string, ctx?: MatchContext): MatchResult;
  /** Number of distinct word patterns compiled (watchlists and risk terms). */
  readonly termCount: number;
}

export interface CompileInput {
  watchlists: WatchlistInput[];
  riskTerms?: RiskTermInput[];
}

export interface CompileResult {
  matcher: Matcher;
  /** Enabled watchlists that were skipped because their query has errors (all its issues). */
  errors: { watchlistId: string; issues: QueryIssue[] }[];
  /** Risk terms that were skipped, with why. */
  riskTermErrors: { term: string; issues: QueryIssue[] }[];
}
