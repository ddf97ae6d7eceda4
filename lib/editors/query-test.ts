/**
 * "Test it": does a pasted post match the query being edited, and on which
 * words. Uses the very matcher the content scripts build, so what the box
 * says is what the pages will highlight.
 */
import { compileMatcher } from '../listening/compile';
import type { MatchContext, WatchlistSpan } from '../listening/types';

export interface QueryTestResult {
  /** False when the query has errors: nothing can be tested yet. */
  valid: boolean;
  matched: boolean;
  /** Occurrences that made it match, sorted, overlaps merged for display. */
  spans: WatchlistSpan[];
  /** The query's terms that were found, each once, in query order of appearance. */
  terms: string[];
}

export function testQuery(query: string, text: string, context?: MatchContext): QueryTestResult {
  const { matcher, errors } = compileMatcher({
    watchlists: [{ id: 'test', name: 'test', kind: 'brand', query, enabled: true }],
  });
  if (errors.length > 0) return { valid: false, matched: false, spans: [], terms: [] };
  const found = matcher.match(text, context).watchlists[0];
  if (!found) return { valid: true, matched: false, spans: [], terms: [] };
  return {
    valid: true,
    matched: true,
    spans: mergeSpans(found.spans),
    terms: [...new Set(found.spans.map((span) => span.term))],
  };
}

/** Overlapping spans (`acme` inside `"acme corp"`) become one, labelled with every term. */
function mergeSpans(spans: readonly WatchlistSpan[]): WatchlistSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: WatchlistSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.term.split(' · ').includes(span.term)) last.term += ` · ${span.term}`;
    } else merged.push({ ...span });
  }
  return merged;
}
