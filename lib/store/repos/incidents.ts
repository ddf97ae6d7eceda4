import type { VigieDB } from '../db';
import { type Incident, incidentSchema } from '../schema';

export async function putIncident(db: VigieDB, incident: Incident): Promise<Incident> {
  const record = incidentSchema.parse(incident);
  await db.put('incidents', record);
  return record;
}

export async function listIncidents(db: VigieDB, workspaceId: string): Promise<Incident[]> {
  return db.getAllFromIndex('incidents', 'byWorkspace', workspaceId);
}
