/**
 * Who wrote what: repositories announce every committed write of mentions and
 * interactions, so the caches the background builds over those stores stay
 * true — the tables' search index refreshes the records written, the report
 * cache drops the days of records that changed.
 */
export type TrackedStore = 'mentions' | 'interactions';

export interface StoreWrite {
  store: TrackedStore;
  /** The records written; `null` means anything may have changed. */
  ids: readonly string[] | null;
  /**
   * Existing records among them whose reported fields may have changed, with
   * their workspace and time key (`firstSeenAt` of a mention, `createdAt` of an
   * interaction). New records need no entry: they are counted when read.
   */
  updated?: readonly { workspaceId: string; at: number }[];
}

export type WriteListener = (write: StoreWrite) => void;

const listeners = new Set<WriteListener>();

/** Call after the write committed. */
export function noteWrite(write: StoreWrite): void {
  for (const listener of listeners) listener(write);
}

export function onStoreWrite(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
