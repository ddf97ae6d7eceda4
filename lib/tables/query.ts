/**
 * Filter, search, sort and page over index rows kept in time order (oldest
 * first). Pure: the worker's cache hands it rows, the bench and tests too.
 */
import { searchTerms } from './fold';
import type { IndexRow, TableFilters, TableQuery } from './types';

const RISKY: ReadonlySet<string> = new Set(['medium', 'high']);

/** First index whose time is ≥ `time` (rows in time order). */
export function lowerBound(rows: readonly IndexRow[], time: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((rows[mid] as IndexRow).time < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

function rowFilter(
  filters: TableFilters,
  terms: readonly string[],
  extra?: (row: IndexRow) => boolean,
): (row: IndexRow) => boolean {
  const { network, status, risk, watchlistId, markedOnly } = filters;
  return (row) => {
    if (network !== undefined && row.network !== network) return false;
    if (status !== undefined && row.status !== status) return false;
    if (markedOnly && !row.marked) return false;
    if (risk !== undefined) {
      if (risk === 'risky' ? !RISKY.has(row.risk ?? '') : row.risk !== risk) return false;
    }
    if (watchlistId !== undefined && !row.watchlistIds?.includes(watchlistId)) return false;
    for (const term of terms) if (!row.haystack.includes(term)) return false;
    return extra === undefined || extra(row);
  };
}

export interface QueryResult {
  total: number;
  ids: string[];
}

/**
 * The ids of one page and the total. `extra` adds a filter the rows cannot
 * answer alone (lateness needs the interactions and the clock).
 */
export function queryRows(
  rows: readonly IndexRow[],
  query: TableQuery,
  extra?: (row: IndexRow) => boolean,
): QueryResult {
  const { filters } = query;
  const start = filters.from !== undefined ? lowerBound(rows, filters.from) : 0;
  const end = filters.to !== undefined ? lowerBound(rows, filters.to + 1) : rows.length;
  const keep = rowFilter(filters, searchTerms(query.search), extra);
  const first = query.offset;
  const last = query.offset + query.limit;
  const ids: string[] = [];
  let total = 0;
  const take = (row: IndexRow) => {
    if (!keep(row)) return;
    if (total >= first && total < last) ids.push(row.id);
    total += 1;
  };
  if (query.sort === 'asc') {
    for (let i = start; i < end; i++) take(rows[i] as IndexRow);
  } else {
    for (let i = end - 1; i >= start; i--) take(rows[i] as IndexRow);
  }
  return { total, ids };
}

interface Remembered {
  key: string;
  version: number;
  terms: readonly string[];
  at: number;
  matches: IndexRow[];
}

/**
 * The last selection of a table, so scrolling through it pages by slicing
 * instead of scanning again, and typing more of a search word only looks
 * through the rows the shorter word matched. Valid while the rows did not
 * change (`version`) and, for clock-dependent filters, for `ttlMs`.
 */
export class SelectionMemo {
  private last: Remembered | null = null;

  constructor(private readonly ttlMs = 10_000) {}

  query(
    rows: readonly IndexRow[],
    version: number,
    query: TableQuery,
    now: number,
    extra?: (row: IndexRow) => boolean,
    /** What `extra` depends on besides the clock (the SLA targets). */
    extraKey = '',
  ): QueryResult {
    const terms = searchTerms(query.search);
    const key = JSON.stringify([query.filters, query.sort, extraKey]);
    const last = this.last;
    const fresh =
      last !== null &&
      last.key === key &&
      last.version === version &&
      (extra === undefined || now - last.at < this.ttlMs);
    let matches: IndexRow[];
    if (fresh && sameTerms(last.terms, terms)) {
      matches = last.matches;
    } else if (fresh && narrows(last.terms, terms)) {
      const keep = rowFilter({}, terms);
      matches = last.matches.filter(keep);
    } else {
      matches = [];
      const { filters } = query;
      const start = filters.from !== undefined ? lowerBound(rows, filters.from) : 0;
      const end = filters.to !== undefined ? lowerBound(rows, filters.to + 1) : rows.length;
      const keep = rowFilter(filters, terms, extra);
      if (query.sort === 'asc') {
        for (let i = start; i < end; i++)
          if (keep(rows[i] as IndexRow)) matches.push(rows[i] as IndexRow);
      } else {
        for (let i = end - 1; i >= start; i--)
          if (keep(rows[i] as IndexRow)) matches.push(rows[i] as IndexRow);
      }
    }
    this.last = { key, version, terms, at: fresh && last ? last.at : now, matches };
    return {
      total: matches.length,
      ids: matches.slice(query.offset, query.offset + query.limit).map((row) => row.id),
    };
  }
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, i) => term === b[i]);
}

/** Every row matching `next` matches `previous`: each old term lies inside some new one. */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((term) => term.includes(old)));
}
