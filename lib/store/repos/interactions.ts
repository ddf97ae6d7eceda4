import type { VigieDB } from '../db';
import { type Interaction, interactionSchema } from '../schema';

export async function addInteraction(db: VigieDB, interaction: Interaction): Promise<Interaction> {
  const record = interactionSchema.parse(interaction);
  await db.add('interactions', record);
  return record;
}

export async function listInteractions(db: VigieDB, workspaceId: string): Promise<Interaction[]> {
  return db.getAllFromIndex('interactions', 'byWorkspace', workspaceId);
}
