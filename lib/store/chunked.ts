/**
 * Reads a large range of a per-workspace date index ([workspaceId, time]) in
 * chunks. One getAll of 100,000 records holds IndexedDB for seconds and every
 * other request (the page a CM is waiting for) queues behind it; chunks let
 * them through in between.
 */
import type { VigieDB } from './db';
import type { Interaction, Mention } from './schema';

export const CHUNK = 5_000;

type DatedStore = 'mentions' | 'interactions';
type RecordOf<S extends DatedStore> = S extends 'mentions' ? Mention : Interaction;

export function readDateRange<S extends DatedStore>(
  db: VigieDB,
  store: S,
  workspaceId: string,
  from: number,
  to: number,
  chunk = CHUNK,
): Promise<RecordOf<S>[]> {
  return mapDateRange(db, store, workspaceId, from, to, (record) => record, chunk);
}

/**
 * The same, turning each record into what the caller keeps as its chunk
 * arrives: the work is spread between reads, and the worker answers
 * messages in between.
 */
export async function mapDateRange<S extends DatedStore, T>(
  db: VigieDB,
  store: S,
  workspaceId: string,
  from: number,
  to: number,
  map: (record: RecordOf<S>) => T,
  chunk = CHUNK,
): Promise<T[]> {
  const out: T[] = [];
  let lower = from;
  // Records at the chunk's last time already taken (times are not unique).
  let taken = new Set<string>();
  let size = chunk;
  for (;;) {
    const range = IDBKeyRange.bound([workspaceId, lower], [workspaceId, to]);
    const name: DatedStore = store;
    const batch = (
      name === 'mentions'
        ? await db.getAllFromIndex('mentions', 'byWorkspaceFirstSeen', range, size)
        : await db.getAllFromIndex('interactions', 'byWorkspaceCreatedAt', range, size)
    ) as RecordOf<S>[];
    // Interactions carry a firstSeenAt too (their mention's): the index decides.
    const timeOf = (record: RecordOf<S>) =>
      name === 'mentions' ? (record as Mention).firstSeenAt : (record as Interaction).createdAt;
    for (const record of batch) if (!taken.has(record.id)) out.push(map(record));
    if (batch.length < size) return out;
    const last = batch[batch.length - 1] as RecordOf<S>;
    const lastTime = timeOf(last);
    if (timeOf(batch[0] as RecordOf<S>) === lastTime) {
      // A whole chunk at one time: read that time again, wider, skipping what was taken.
      if (lower !== lastTime) taken = new Set();
      for (const record of batch) taken.add(record.id);
      lower = lastTime;
      size *= 2;
      continue;
    }
    lower = lastTime;
    taken = new Set(batch.filter((record) => timeOf(record) === lastTime).map((r) => r.id));
    size = chunk;
  }
}
