/**
 * A page of a table straight from the store, in the per-workspace date
 * index's order, for the one query that needs no index: no search, no
 * filter. The tables open on it at once while the worker builds its index
 * (seconds for 100,000 records) for the searches that follow.
 */
import type { VigieDB } from '../store/db';
import type { Interaction, Mention } from '../store/schema';
import type { TableName, TableQuery } from './types';

export function isPlain(query: TableQuery): boolean {
  return (
    query.search.trim() === '' &&
    Object.values(query.filters).every((value) => value === undefined || value === false)
  );
}

type RecordOf<T extends TableName> = T extends 'mentions' ? Mention : Interaction;

export async function plainPage<T extends TableName>(
  db: VigieDB,
  table: T,
  workspaceId: string,
  query: Pick<TableQuery, 'sort' | 'offset' | 'limit'>,
): Promise<{ total: number; rows: RecordOf<T>[] }> {
  const range = IDBKeyRange.bound([workspaceId, 0], [workspaceId, Number.MAX_SAFE_INTEGER]);
  const direction = query.sort === 'desc' ? 'prev' : 'next';
  const name: TableName = table;
  const tx = db.transaction(name, 'readonly');
  const index =
    table === 'mentions'
      ? tx.objectStore('mentions').index('byWorkspaceFirstSeen')
      : tx.objectStore('interactions').index('byWorkspaceCreatedAt');
  const total = await index.count(range);
  const rows: RecordOf<T>[] = [];
  let cursor = await index.openCursor(range, direction);
  if (cursor && query.offset > 0) cursor = await cursor.advance(query.offset);
  while (cursor && rows.length < query.limit) {
    rows.push(cursor.value as RecordOf<T>);
    cursor = await cursor.continue();
  }
  await tx.done;
  return { total, rows };
}
