/**
 * Who wrote what: repositories report the records they change so caches
 * built over a store (the tables' search index) refresh only those. `null`
 * ids mean "anything may have changed".
 */
export type TrackedStore = 'mentions' | 'interactions';
export type WriteListener = (store: TrackedStore, ids: readonly string[] | null) => void;

const listeners = new Set<WriteListener>();

export function noteWrite(store: TrackedStore, ids: readonly string[] | null): void {
  for (const listener of listeners) listener(store, ids);
}

export function onStoreWrite(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
