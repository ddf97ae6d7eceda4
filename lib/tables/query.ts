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
