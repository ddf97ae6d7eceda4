/**
 * The worker's in-memory index of one workspace's mentions or interactions:
 * a compact row per record (folded text, filter fields), in time order, read
 * once through the per-workspace date index and kept fresh from the writes
 * repositories report (lib/store/changes.ts; every writer of these stores
 * announces its writes, so the index never polls the store: a count of
 * 100,000 records costs 0.3–0.5 s). Only the records of the page shown are
 * read whole.
 */

import { onStoreWrite, type TrackedStore } from '../store/changes';
import { mapDateRange } from '../store/chunked';
import type { VigieDB } from '../store/db';
import type { Interaction, Mention } from '../store/schema';
import { lowerBound } from './query';
import { interactionRow, mentionRow } from './rows';
import type { IndexRow } from './types';

type RecordOf<S extends TrackedStore> = S extends 'mentions' ? Mention : Interaction;

export class TableIndex<S extends TrackedStore> {
  private workspaceId: string | null = null;
  private rows: IndexRow[] = [];
  private byId = new Map<string, IndexRow>();
  private dirty: Set<string> | 'all' = 'all';
  /** Bumped whenever the rows change, for values derived from them. */
  version = 0;

  constructor(
    private readonly store: S,
    private readonly toRow: (record: RecordOf<S>) => IndexRow,
  ) {}

  /** Forget `ids` (or everything) so the next read takes them from the store. */
  invalidate(ids: readonly string[] | null): void {
    if (this.dirty === 'all') return;
    if (ids === null) this.dirty = 'all';
    else for (const id of ids) this.dirty.add(id);
  }

  /** Reads run one after the other: pages asked together must not build the index twice. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Whether a read would answer from memory (no full build needed). */
  ready(workspaceId: string): boolean {
    return this.workspaceId === workspaceId && this.dirty !== 'all';
  }

  /** The workspace's rows, oldest first. */
  read(db: VigieDB, workspaceId: string): Promise<readonly IndexRow[]> {
    const next = this.queue.then(() => this.readNow(db, workspaceId));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readNow(db: VigieDB, workspaceId: string): Promise<readonly IndexRow[]> {
    if (this.workspaceId !== workspaceId) this.dirty = 'all';
    if (this.dirty !== 'all' && this.dirty.size > 0) await this.refresh(db, workspaceId);
    if (this.dirty === 'all') await this.rebuild(db, workspaceId);
    return this.rows;
  }

  /** Full records by id, in the order given (missing ones left out). */
  async records(db: VigieDB, ids: readonly string[]): Promise<RecordOf<S>[]> {
    const tx = db.transaction(this.store, 'readonly');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return found.filter((record) => record !== undefined) as RecordOf<S>[];
  }

  private async rebuild(db: VigieDB, workspaceId: string): Promise<void> {
    // Writes reported while the store is read are refreshed on the next read;
    // a failed read leaves the index unbuilt.
    this.dirty = new Set();
    this.workspaceId = null;
    // Both v3 indexes are [workspaceId, time]: the range is one workspace, in time order.
    this.rows = await mapDateRange(
      db,
      this.store,
      workspaceId,
      0,
      Number.MAX_SAFE_INTEGER,
      (record) => this.toRow(record as RecordOf<S>),
    );
    this.byId = new Map(this.rows.map((row) => [row.id, row]));
    this.workspaceId = workspaceId;
    this.version += 1;
  }

  private async refresh(db: VigieDB, workspaceId: string): Promise<void> {
    const ids = [...(this.dirty as Set<string>)];
    this.dirty = new Set();
    const records = await Promise.all(
      ids.map((id) => db.get(this.store, id) as Promise<RecordOf<S> | undefined>),
    );
    let removed = false;
    ids.forEach((id, at) => {
      const record = records[at];
      const current = this.byId.get(id);
      if (!record || record.workspaceId !== workspaceId) {
        if (current) {
          this.byId.delete(id);
          removed = true;
        }
        return;
      }
      const row = this.toRow(record);
      if (current && current.time === row.time) {
        Object.assign(current, row);
      } else {
        if (current) {
          this.byId.delete(id);
          removed = true;
        }
        this.byId.set(id, row);
        this.rows.splice(upperBound(this.rows, row.time), 0, row);
      }
    });
    if (removed) this.rows = this.rows.filter((row) => this.byId.get(row.id) === row);
    this.version += 1;
  }
}

/** First index whose time is > `time`: new rows go after those of the same time. */
function upperBound(rows: readonly IndexRow[], time: number): number {
  return lowerBound(rows, time + 1);
}

export interface TableIndexes {
  mentions: TableIndex<'mentions'>;
  interactions: TableIndex<'interactions'>;
  /** Mention ids some interaction points at, for the rows of `interactions` given. */
  answered(rows: readonly IndexRow[]): ReadonlySet<string>;
}

/** One index per store, refreshed by every repository write from now on. */
export function createTableIndexes(): TableIndexes {
  const mentions = new TableIndex('mentions', mentionRow);
  const interactions = new TableIndex('interactions', interactionRow);
  onStoreWrite(({ store, ids }) =>
    (store === 'mentions' ? mentions : interactions).invalidate(ids),
  );
  let answeredVersion = -1;
  let answered: Set<string> = new Set();
  return {
    mentions,
    interactions,
    answered(rows) {
      if (answeredVersion !== interactions.version) {
        answered = new Set();
        for (const row of rows) if (row.mentionId !== undefined) answered.add(row.mentionId);
        answeredVersion = interactions.version;
      }
      return answered;
    },
  };
}
