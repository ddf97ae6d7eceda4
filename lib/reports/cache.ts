/**
 * The report cache: per workspace and UTC day, the day's mentions and
 * interactions as columns (columns.ts), in a database of its own
 * (`vigie-report-cache`). Reading 150,000 full records costs seconds (their
 * texts and every field are deserialized); reading 90 days of columns costs
 * tens of milliseconds. It is derived data: dropping it loses nothing.
 *
 * An entry is used only if
 * - its day has ended (today is always read from the store: new mentions are
 *   first seen now, new interactions created now);
 * - no change to one of its records was announced since it was built
 *   (lib/store/changes.ts: the repositories announce updates after commit; a
 *   changed record drops its day's entry, and a build that overlapped a
 *   change is not stored).
 * Counting the store's records to check entries was measured and dropped:
 * IndexedDB's `count` on an index walks the range (seconds for 100,000).
 * So any code that changes or deletes stored mentions or interactions must
 * announce it with `noteWrite` (lib/store/changes.ts).
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { onStoreWrite } from '../store/changes';
import type { InteractionColumns, MentionColumns } from './columns';

export const CACHE_DB = 'vigie-report-cache';
export const DAY = 86_400_000;

export type Kind = 'm' | 'i';
type Columns<K extends Kind> = K extends 'm' ? MentionColumns : InteractionColumns;

export interface CachedDay {
  /** The store's schema version when built: a migration may rewrite records, so it voids entries. */
  dbVersion?: number;
  count: number;
  columns: MentionColumns | InteractionColumns;
}

interface CacheSchema extends DBSchema {
  days: { key: [string, Kind, number]; value: CachedDay };
}

let opening: Promise<IDBPDatabase<CacheSchema>> | null = null;
let generation = 0;
let watching = false;

export function cacheDb(): Promise<IDBPDatabase<CacheSchema>> {
  opening ??= openDB<CacheSchema>(CACHE_DB, 1, {
    upgrade(db) {
      db.createObjectStore('days');
    },
  });
  return opening;
}

/** Changes so far: a build stores its entries only if none happened while it read. */
export function cacheGeneration(): number {
  return generation;
}

/** Start dropping entries of changed records (the background calls this at start-up). */
export function watchRecordChanges(): void {
  if (watching) return;
  watching = true;
  onStoreWrite(({ store, updated }) => {
    if (!updated?.length) return;
    generation++;
    const kind: Kind = store === 'mentions' ? 'm' : 'i';
    for (const { workspaceId, at } of updated) {
      void cacheDb()
        .then((db) => db.delete('days', [workspaceId, kind, Math.floor(at / DAY) * DAY]))
        .catch(() => undefined);
    }
  });
}

/** Cached entries of `days` (UTC day starts), by day. */
export async function readCachedDays<K extends Kind>(
  workspaceId: string,
  kind: K,
  first: number,
  last: number,
  dbVersion: number,
): Promise<Map<number, { count: number; columns: Columns<K> }>> {
  const db = await cacheDb();
  const range = IDBKeyRange.bound([workspaceId, kind, first], [workspaceId, kind, last]);
  const [keys, values] = await Promise.all([
    db.getAllKeys('days', range),
    db.getAll('days', range),
  ]);
  const out = new Map<number, { count: number; columns: Columns<K> }>();
  keys.forEach((key, i) => {
    const value = values[i];
    if (value && value.dbVersion === dbVersion) {
      out.set(key[2], value as { count: number; columns: Columns<K> });
    }
  });
  return out;
}

/** Stores built entries, unless a record changed since `since` (the build may hold old values). */
export async function storeDays(
  workspaceId: string,
  kind: Kind,
  entries: ReadonlyMap<number, CachedDay>,
  since: number,
  dbVersion: number,
): Promise<void> {
  if (entries.size === 0 || generation !== since) return;
  const db = await cacheDb();
  if (generation !== since) return;
  const tx = db.transaction('days', 'readwrite');
  for (const [day, entry] of entries) {
    void tx.store.put({ ...entry, dbVersion }, [workspaceId, kind, day]);
  }
  await tx.done;
}

/** Forget everything (tests; a CM clearing data). */
export async function clearReportCache(): Promise<void> {
  await (await cacheDb()).clear('days');
}
