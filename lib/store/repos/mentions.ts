import { newId } from '../../ids';
import { noteWrite } from '../changes';
import { abortQuietly, type VigieDB } from '../db';
import { type Mention, mentionSchema } from '../schema';

/** A mention as the content script reports it: what the store adds is id, status and times. */
export type SeenMention = Omit<Mention, 'id' | 'status' | 'firstSeenAt' | 'lastSeenAt'>;

/**
 * Stores mentions seen on a page, once each: a mention already stored (same
 * dedupe key in the workspace) keeps its id, status and first-seen time and
 * takes the fresh text, counts and matches. One transaction for the batch.
 */
export async function recordMentions(
  db: VigieDB,
  seen: readonly SeenMention[],
  now = Date.now(),
): Promise<Mention[]> {
  const tx = db.transaction('mentions', 'readwrite');
  const byKey = tx.store.index('byDedupeKey');
  try {
    // Every record is built and validated before the first write: a bad one
    // leaves the store as it was.
    const records: Mention[] = [];
    const updated: Mention[] = [];
    for (const mention of seen) {
      const existing = await byKey.get([mention.workspaceId, mention.dedupeKey]);
      records.push(
        mentionSchema.parse({
          ...mention,
          id: existing?.id ?? newId(),
          status: existing?.status ?? 'new',
          firstSeenAt: existing?.firstSeenAt ?? now,
          lastSeenAt: now,
          marked: existing?.marked,
        }),
      );
      if (existing) updated.push(existing);
    }
    for (const record of records) await tx.store.put(record);
    await tx.done;
    noteWrite({
      store: 'mentions',
      ids: records.map((record) => record.id),
      updated: updated.map(({ workspaceId, firstSeenAt }) => ({ workspaceId, at: firstSeenAt })),
    });
    return records;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export async function listMentions(db: VigieDB, workspaceId: string): Promise<Mention[]> {
  return db.getAllFromIndex('mentions', 'byWorkspace', workspaceId);
}

export async function getMention(db: VigieDB, id: string): Promise<Mention | undefined> {
  return db.get('mentions', id);
}

export async function setMentionStatus(
  db: VigieDB,
  id: string,
  status: Mention['status'],
): Promise<Mention | undefined> {
  const tx = db.transaction('mentions', 'readwrite');
  const mention = await tx.store.get(id);
  if (!mention) return undefined;
  const next = { ...mention, status };
  await tx.store.put(next);
  await tx.done;
  noteWrite({
    store: 'mentions',
    ids: [id],
    updated: [{ workspaceId: next.workspaceId, at: next.firstSeenAt }],
  });
  return next;
}
