/**
 * Existing records that changed: the background's derived data (the report
 * cache) listens so it never serves figures older than the store. New records
 * need no notice (they are counted); updates of fields a cache may hold do.
 */
export interface RecordChange {
  store: 'mentions' | 'interactions';
  workspaceId: string;
  /** The record's time key: `firstSeenAt` of a mention, `createdAt` of an interaction. */
  at: number;
}

type Listener = (change: RecordChange) => void;
const listeners = new Set<Listener>();

export function onRecordChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call after the write committed. */
export function recordChanged(change: RecordChange): void {
  for (const listener of listeners) listener(change);
}
