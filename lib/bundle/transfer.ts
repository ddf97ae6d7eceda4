/**
 * Writes a validated bundle into a workspace (all or nothing, one transaction)
 * and reads a workspace back out as a bundle. Import merges by id: an entry
 * whose id exists replaces it, others are added, nothing is deleted.
 */
import { abortQuietly, type VigieDB } from '../store/db';
import { versionOf, wordingChanged } from '../store/repos/templates';
import { type Template, templateSchema, type Watchlist, watchlistSchema } from '../store/schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleTemplate } from './format';

export interface ImportSummary {
  watchlists: { added: number; updated: number };
  templates: { added: number; updated: number };
}

function templateFromBundle(
  entry: BundleTemplate,
  workspaceId: string,
  existing: Template | undefined,
  now: number,
): Template {
  const draft: Template = templateSchema.parse({
    workspaceId,
    id: entry.id,
    title: entry.title,
    body: entry.body,
    language: entry.language,
    status: entry.status,
    tags: entry.tags,
    intent: entry.intent,
    variants: entry.variants,
    version: entry.version ?? existing?.version ?? 1,
    approvedBy: entry.approvedBy,
    approvedAt: entry.approvedAt ? Date.parse(entry.approvedAt) : undefined,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  // New wording without an explicit version is the next version, so the log's
  // references to the old wording stay true.
  if (existing && entry.version === undefined && wordingChanged(existing, draft)) {
    return { ...draft, version: existing.version + 1 };
  }
  return draft;
}

export async function importBundle(
  db: VigieDB,
  workspaceId: string,
  bundle: Bundle,
  now = Date.now(),
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    watchlists: { added: 0, updated: 0 },
    templates: { added: 0, updated: 0 },
  };
  const tx = db.transaction(['watchlists', 'templates', 'templateVersions'], 'readwrite');
  const watchlists = tx.objectStore('watchlists');
  const templates = tx.objectStore('templates');
  const versions = tx.objectStore('templateVersions');
  try {
    for (const entry of bundle.watchlists) {
      const existing = await watchlists.get([workspaceId, entry.id]);
      const record: Watchlist = watchlistSchema.parse({
        ...entry,
        workspaceId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      await watchlists.put(record);
      summary.watchlists[existing ? 'updated' : 'added']++;
    }
    for (const entry of bundle.templates) {
      const existing = await templates.get([workspaceId, entry.id]);
      const record = templateFromBundle(entry, workspaceId, existing, now);
      await templates.put(record);
      await versions.put(versionOf(record));
      summary.templates[existing ? 'updated' : 'added']++;
    }
  } catch (error) {
    // Anything unexpected undoes the whole import.
    abortQuietly(tx);
    throw error;
  }
  await tx.done;
  return summary;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function exportBundle(
  db: VigieDB,
  workspaceId: string,
  now = Date.now(),
): Promise<Bundle> {
  const tx = db.transaction(['workspaces', 'watchlists', 'templates'], 'readonly');
  const workspace = await tx.objectStore('workspaces').get(workspaceId);
  const watchlists = await tx.objectStore('watchlists').index('byWorkspace').getAll(workspaceId);
  const templates = await tx.objectStore('templates').index('byWorkspace').getAll(workspaceId);
  await tx.done;
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...(workspace ? { workspace: { name: workspace.name } } : {}),
    watchlists: watchlists.sort(byId).map((w) => ({
      id: w.id,
      name: w.name,
      kind: w.kind,
      query: w.query,
      enabled: w.enabled,
      ...(w.color ? { color: w.color } : {}),
    })),
    templates: templates.sort(byId).map((t) => ({
      id: t.id,
      title: t.title,
      body: t.body,
      language: t.language,
      status: t.status,
      tags: t.tags,
      ...(t.intent ? { intent: t.intent } : {}),
      ...(t.variants ? { variants: t.variants } : {}),
      version: t.version,
      ...(t.approvedBy ? { approvedBy: t.approvedBy } : {}),
      ...(t.approvedAt !== undefined ? { approvedAt: new Date(t.approvedAt).toISOString() } : {}),
    })),
  };
}
