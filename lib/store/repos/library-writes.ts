/**
 * Writes of the editors: each reads what is stored and writes the result in
 * the same transaction, so two pages saving at once cannot interleave, and a
 * refusal (the `decide` callback throws) leaves everything as it was.
 * `decide` must be synchronous: an IndexedDB transaction closes as soon as
 * it waits on anything else.
 */
import { abortQuietly, type VigieDB } from '../db';
import {
  type Template,
  type TemplateVersion,
  templateSchema,
  templateVersionSchema,
  type Watchlist,
  watchlistSchema,
} from '../schema';

export async function writeWatchlist(
  db: VigieDB,
  workspaceId: string,
  id: string,
  decide: (existing: Watchlist | undefined) => Watchlist,
): Promise<Watchlist> {
  const tx = db.transaction('watchlists', 'readwrite');
  try {
    const existing = await tx.store.get([workspaceId, id]);
    const record = watchlistSchema.parse(decide(existing));
    await tx.store.put(record);
    await tx.done;
    return record;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export async function removeWatchlist(
  db: VigieDB,
  workspaceId: string,
  id: string,
): Promise<boolean> {
  const tx = db.transaction('watchlists', 'readwrite');
  const existing = await tx.store.get([workspaceId, id]);
  if (existing) await tx.store.delete([workspaceId, id]);
  await tx.done;
  return existing !== undefined;
}

export interface TemplateWrite {
  template: Template;
  /** The version record to put (new wording, or the current one with its approval). */
  version: TemplateVersion;
}

export async function writeTemplate(
  db: VigieDB,
  workspaceId: string,
  id: string,
  decide: (existing: Template | undefined, current: TemplateVersion | undefined) => TemplateWrite,
): Promise<TemplateWrite> {
  const tx = db.transaction(['templates', 'templateVersions'], 'readwrite');
  try {
    const templates = tx.objectStore('templates');
    const versions = tx.objectStore('templateVersions');
    const existing = await templates.get([workspaceId, id]);
    const current = existing ? await versions.get([workspaceId, id, existing.version]) : undefined;
    const decided = decide(existing, current);
    const template = templateSchema.parse(decided.template);
    const version = templateVersionSchema.parse(decided.version);
    await templates.put(template);
    await versions.put(version);
    await tx.done;
    return { template, version };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/**
 * Deletes a template and its versions when `allowed` says so and no logged
 * interaction used it (the log must keep pointing at real wording).
 * Returns 'refused' when `allowed` is false, 'in_use' when the log references
 * it, 'missing' when there is none.
 */
export async function removeTemplate(
  db: VigieDB,
  workspaceId: string,
  id: string,
  allowed: (template: Template) => boolean,
): Promise<'deleted' | 'in_use' | 'missing' | 'refused'> {
  const tx = db.transaction(['templates', 'templateVersions', 'interactions'], 'readwrite');
  try {
    const existing = await tx.objectStore('templates').get([workspaceId, id]);
    if (!existing) {
      await tx.done;
      return 'missing';
    }
    if (!allowed(existing)) {
      await tx.done;
      return 'refused';
    }
    let cursor = await tx.objectStore('interactions').index('byWorkspace').openCursor(workspaceId);
    while (cursor) {
      if (cursor.value.templateId === id) {
        await tx.done;
        return 'in_use';
      }
      cursor = await cursor.continue();
    }
    await tx.objectStore('templates').delete([workspaceId, id]);
    const versions = tx.objectStore('templateVersions');
    let version = await versions.index('byTemplate').openKeyCursor([workspaceId, id]);
    while (version) {
      await versions.delete(version.primaryKey);
      version = await version.continue();
    }
    await tx.done;
    return 'deleted';
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
