/** Stars a CM puts on mentions and interactions to follow them up. */
import { noteWrite, type TrackedStore } from '../changes';
import { abortQuietly, type VigieDB } from '../db';

/**
 * Marks or unmarks records of one workspace in one transaction; ids of
 * another workspace or unknown are left alone. Answers the ids changed.
 */
export async function setMarked(
  db: VigieDB,
  store: TrackedStore,
  workspaceId: string,
  ids: readonly string[],
  marked: boolean,
): Promise<string[]> {
  const tx = db.transaction(store, 'readwrite');
  try {
    const changed: string[] = [];
    for (const id of new Set(ids)) {
      const record = await tx.store.get(id);
      if (!record || record.workspaceId !== workspaceId) continue;
      if ((record.marked === true) === marked) continue;
      // Unmarked records drop the field: the store looks as if they never were marked.
      const { marked: _previous, ...rest } = record;
      await tx.store.put(marked ? { ...rest, marked: true } : rest);
      changed.push(id);
    }
    await tx.done;
    noteWrite({ store, ids: changed });
    return changed;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
