import { noteWrite } from '../changes';
import type { VigieDB } from '../db';
import { type Interaction, interactionSchema } from '../schema';

export async function addInteraction(db: VigieDB, interaction: Interaction): Promise<Interaction> {
  const record = interactionSchema.parse(interaction);
  await db.add('interactions', record);
  noteWrite({ store: 'interactions', ids: [record.id] });
  return record;
}

export async function listInteractions(db: VigieDB, workspaceId: string): Promise<Interaction[]> {
  return db.getAllFromIndex('interactions', 'byWorkspace', workspaceId);
}

/** Interactions of a workspace created since `since` (ms), oldest first. */
export async function listInteractionsSince(
  db: VigieDB,
  workspaceId: string,
  since: number,
): Promise<Interaction[]> {
  const recent = await db.getAllFromIndex(
    'interactions',
    'byCreatedAt',
    IDBKeyRange.lowerBound(since),
  );
  return recent.filter((interaction) => interaction.workspaceId === workspaceId);
}

/** Applies `change` to one interaction in one transaction; undefined when it does not exist. */
export async function updateInteraction(
  db: VigieDB,
  id: string,
  change: (current: Interaction) => Interaction,
): Promise<Interaction | undefined> {
  const tx = db.transaction('interactions', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) return undefined;
  const next = interactionSchema.parse(change(current));
  await tx.store.put(next);
  await tx.done;
  noteWrite({
    store: 'interactions',
    ids: [id],
    updated: [{ workspaceId: next.workspaceId, at: next.createdAt }],
  });
  return next;
}
