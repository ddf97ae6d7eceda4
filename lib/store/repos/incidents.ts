/**
 * Incidents and their screenshots. An incident and the blob it references
 * are written in one transaction: a capture lands whole or not at all.
 */
import { newId } from '../../ids';
import { abortQuietly, type StoredBlob, type VigieDB } from '../db';
import { type Incident, incidentSchema, type Mention } from '../schema';

/** Adds to a link change in its own transaction (the timeline event that says who and when). */
export type LinkAnnotation = (next: Incident, mention: Mention | undefined) => Incident;

/** Creates or replaces an incident, validated first. */
export async function putIncident(db: VigieDB, incident: Incident): Promise<Incident> {
  const record = incidentSchema.parse(incident);
  await db.put('incidents', record);
  return record;
}

export interface ScreenshotInput {
  blob: Blob;
  /** MIME type, e.g. image/png. */
  type: string;
}

/**
 * Saves a new incident and, when given, its screenshot in the `blobs` store,
 * in one transaction; the incident's `screenshotId` names the blob. Fails
 * (and writes nothing) when the incident is invalid or its id is taken.
 */
export async function createIncidentRecord(
  db: VigieDB,
  incident: Incident,
  screenshot?: ScreenshotInput,
): Promise<Incident> {
  const blob: StoredBlob | undefined = screenshot && {
    id: newId(),
    workspaceId: incident.workspaceId,
    type: screenshot.type || screenshot.blob.type || 'application/octet-stream',
    blob: screenshot.blob,
    createdAt: incident.createdAt,
  };
  // Validated before the transaction opens: a bad record never starts a write.
  const record = incidentSchema.parse(blob ? { ...incident, screenshotId: blob.id } : incident);
  const tx = db.transaction(['incidents', 'blobs'], 'readwrite');
  try {
    if (blob) await tx.objectStore('blobs').add(blob);
    await tx.objectStore('incidents').add(record);
    await tx.done;
    return record;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export async function getIncident(db: VigieDB, id: string): Promise<Incident | undefined> {
  return db.get('incidents', id);
}

/**
 * Applies `change` (a workflow move, an edit) to one incident: read,
 * validate, write in one transaction. Undefined when it does not exist. The
 * id and workspace cannot change.
 */
export async function updateIncident(
  db: VigieDB,
  id: string,
  change: (current: Incident) => Incident,
): Promise<Incident | undefined> {
  const tx = db.transaction('incidents', 'readwrite');
  try {
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    const next = incidentSchema.parse({
      ...change(current),
      id: current.id,
      workspaceId: current.workspaceId,
    });
    await tx.store.put(next);
    await tx.done;
    return next;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export class LinkMentionError extends Error {
  constructor(
    readonly code: 'mention_not_found' | 'other_workspace',
    readonly mentionId: string,
  ) {
    super(
      code === 'mention_not_found'
        ? `No mention ${mentionId} to link.`
        : `Mention ${mentionId} belongs to another workspace.`,
    );
    this.name = 'LinkMentionError';
  }
}

/**
 * Attaches a stored mention of the same workspace to an incident (once: a
 * second link changes nothing). Undefined when the incident does not exist;
 * LinkMentionError when the mention does not or is another workspace's.
 */
export async function linkMention(
  db: VigieDB,
  incidentId: string,
  mentionId: string,
  now = Date.now(),
  annotate?: LinkAnnotation,
): Promise<Incident | undefined> {
  const tx = db.transaction(['incidents', 'mentions'], 'readwrite');
  try {
    const incident = await tx.objectStore('incidents').get(incidentId);
    if (!incident) {
      await tx.done;
      return undefined;
    }
    const mention = await tx.objectStore('mentions').get(mentionId);
    if (!mention) throw new LinkMentionError('mention_not_found', mentionId);
    if (mention.workspaceId !== incident.workspaceId) {
      throw new LinkMentionError('other_workspace', mentionId);
    }
    if (incident.mentionIds.includes(mentionId)) {
      await tx.done;
      return incident;
    }
    const linked: Incident = {
      ...incident,
      mentionIds: [...incident.mentionIds, mentionId],
      updatedAt: now,
    };
    const next = incidentSchema.parse(annotate ? annotate(linked, mention) : linked);
    await tx.objectStore('incidents').put(next);
    await tx.done;
    return next;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/**
 * Detaches a mention attached by mistake (the mention may since have been
 * deleted). Undefined when the incident does not exist.
 */
export async function unlinkMention(
  db: VigieDB,
  incidentId: string,
  mentionId: string,
  now = Date.now(),
  annotate?: LinkAnnotation,
): Promise<Incident | undefined> {
  const tx = db.transaction(['incidents', 'mentions'], 'readwrite');
  try {
    const incident = await tx.objectStore('incidents').get(incidentId);
    if (!incident?.mentionIds.includes(mentionId)) {
      await tx.done;
      return incident;
    }
    const mention = await tx.objectStore('mentions').get(mentionId);
    const unlinked: Incident = {
      ...incident,
      mentionIds: incident.mentionIds.filter((id) => id !== mentionId),
      updatedAt: now,
    };
    const next = incidentSchema.parse(annotate ? annotate(unlinked, mention) : unlinked);
    await tx.objectStore('incidents').put(next);
    await tx.done;
    return next;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/**
 * A workspace's incidents, newest first; with a period, only those created
 * within it (bounds included, ms).
 */
export async function listIncidents(
  db: VigieDB,
  workspaceId: string,
  period?: { from: number; to: number },
): Promise<Incident[]> {
  const all = await db.getAllFromIndex('incidents', 'byWorkspace', workspaceId);
  return all
    .filter(
      (incident) =>
        !period || (incident.createdAt >= period.from && incident.createdAt <= period.to),
    )
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/**
 * Deletes an incident and its screenshot in one transaction (a capture the
 * CM discards). False when there was no such incident.
 */
export async function deleteIncident(db: VigieDB, id: string): Promise<boolean> {
  const tx = db.transaction(['incidents', 'blobs'], 'readwrite');
  try {
    const incident = await tx.objectStore('incidents').get(id);
    if (!incident) {
      await tx.done;
      return false;
    }
    if (incident.screenshotId) await tx.objectStore('blobs').delete(incident.screenshotId);
    await tx.objectStore('incidents').delete(id);
    await tx.done;
    return true;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export async function getBlob(db: VigieDB, id: string): Promise<StoredBlob | undefined> {
  return db.get('blobs', id);
}

/** A stored image as a `data:` URL, for a report that must stand alone. */
export async function blobToDataUrl(stored: Pick<StoredBlob, 'blob' | 'type'>): Promise<string> {
  const bytes = new Uint8Array(await stored.blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode under the engines' argument limits.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return `data:${stored.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

/** The screenshots of `incidents` as data URLs by blob id, for `crisisReportHtml`; missing blobs are left out. */
export async function screenshotDataUrls(
  db: VigieDB,
  incidents: readonly Incident[],
): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const { screenshotId } of incidents) {
    if (!screenshotId || screenshotId in urls) continue;
    const stored = await getBlob(db, screenshotId);
    if (stored) urls[screenshotId] = await blobToDataUrl(stored);
  }
  return urls;
}
