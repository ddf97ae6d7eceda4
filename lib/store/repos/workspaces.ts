import type { VigieDB } from '../db';
import { type Workspace, workspaceSchema } from '../schema';

export async function listWorkspaces(db: VigieDB): Promise<Workspace[]> {
  return db.getAll('workspaces');
}

export async function getWorkspace(db: VigieDB, id: string): Promise<Workspace | undefined> {
  return db.get('workspaces', id);
}

export async function putWorkspace(db: VigieDB, workspace: Workspace): Promise<Workspace> {
  const record = workspaceSchema.parse(workspace);
  await db.put('workspaces', record);
  return record;
}
