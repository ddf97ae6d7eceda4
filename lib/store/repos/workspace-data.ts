/**
 * Whole-workspace operations: what a workspace holds (counted before a
 * deletion is confirmed), its deletion, and the first-run setup. Each is one
 * transaction: a failure leaves every store as it was.
 */
import { noteWrite, type TrackedStore } from '../changes';
import { abortQuietly, SETTINGS_KEY, type VigieDB } from '../db';
import {
  defaultSettings,
  type Settings,
  settingsSchema,
  type Template,
  templateSchema,
  type Watchlist,
  type Workspace,
  watchlistSchema,
  workspaceSchema,
} from '../schema';
import { versionOf } from './templates';

export interface WorkspaceCounts {
  watchlists: number;
  templates: number;
  mentions: number;
  interactions: number;
  incidents: number;
  /** Screenshots kept as incident evidence. */
  screenshots: number;
}

/** Every key of `workspaceId` in stores keyed `[workspaceId, …]`. */
function workspaceRange(workspaceId: string): IDBKeyRange {
  // Arrays sort after strings: [id, []] is above every [id, '…'] and [id, '…', n].
  return IDBKeyRange.bound([workspaceId], [workspaceId, []]);
}

export async function countWorkspaceData(
  db: VigieDB,
  workspaceId: string,
): Promise<WorkspaceCounts> {
  const tx = db.transaction(
    ['watchlists', 'templates', 'mentions', 'interactions', 'incidents', 'blobs'],
    'readonly',
  );
  const count = (store: 'watchlists' | 'templates' | 'mentions' | 'interactions' | 'incidents') =>
    tx.objectStore(store).index('byWorkspace').count(workspaceId);
  const [watchlists, templates, mentions, interactions, incidents, screenshots] = await Promise.all(
    [
      count('watchlists'),
      count('templates'),
      count('mentions'),
      count('interactions'),
      count('incidents'),
      tx.objectStore('blobs').index('byWorkspace').count(workspaceId),
    ],
  );
  await tx.done;
  return { watchlists, templates, mentions, interactions, incidents, screenshots };
}

export class LastWorkspaceError extends Error {
  constructor() {
    super('The last workspace cannot be deleted');
    this.name = 'LastWorkspaceError';
  }
}

/**
 * Deletes a workspace and everything it holds. When it was the active one,
 * the first remaining workspace (by name) becomes active. Returns the settings
 * after the deletion, or null when there was no such workspace.
 */
export async function deleteWorkspace(db: VigieDB, workspaceId: string): Promise<Settings | null> {
  const tx = db.transaction(
    [
      'workspaces',
      'settings',
      'watchlists',
      'templates',
      'templateVersions',
      'mentions',
      'interactions',
      'incidents',
      'blobs',
    ],
    'readwrite',
  );
  try {
    const workspaces = await tx.objectStore('workspaces').getAll();
    if (!workspaces.some((w) => w.id === workspaceId)) {
      await tx.done;
      return null;
    }
    const remaining = workspaces
      .filter((w) => w.id !== workspaceId)
      .sort((a, b) => a.name.localeCompare(b.name));
    const next = remaining[0];
    if (!next) throw new LastWorkspaceError();
    const settings = settingsSchema.parse({
      ...defaultSettings(),
      ...(await tx.objectStore('settings').get(SETTINGS_KEY)),
    });
    const after =
      settings.activeWorkspaceId === workspaceId
        ? { ...settings, activeWorkspaceId: next.id }
        : settings;

    const range = workspaceRange(workspaceId);
    const removed: Record<TrackedStore, string[]> = { mentions: [], interactions: [] };
    await tx.objectStore('watchlists').delete(range);
    await tx.objectStore('templates').delete(range);
    await tx.objectStore('templateVersions').delete(range);
    for (const store of ['mentions', 'interactions', 'incidents', 'blobs'] as const) {
      const keys = await tx.objectStore(store).index('byWorkspace').getAllKeys(workspaceId);
      for (const key of keys) await tx.objectStore(store).delete(key);
      if (store === 'mentions' || store === 'interactions') removed[store] = keys;
    }
    await tx.objectStore('workspaces').delete(workspaceId);
    await tx.objectStore('settings').put(after, SETTINGS_KEY);
    await tx.done;
    // The tables' search index drops the removed rows.
    noteWrite({ store: 'mentions', ids: removed.mentions });
    noteWrite({ store: 'interactions', ids: removed.interactions });
    return after;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export interface WorkspaceSetup {
  workspace: Workspace;
  watchlists: Watchlist[];
  /** Added only when the workspace has no template with the same id (the CM's edits stay). */
  templates: Template[];
  settings: Partial<Settings>;
}

export interface SetupSummary {
  watchlists: { added: number; updated: number };
  templates: { added: number; kept: number };
}

/**
 * The first-run setup in one transaction: the workspace's names, its
 * watchlists (replaced by id: running the wizard again updates them), the
 * starter templates (added once: an existing one is kept as the CM left it),
 * and the settings patch (onboarded, active workspace).
 */
export async function applyWorkspaceSetup(
  db: VigieDB,
  setup: WorkspaceSetup,
): Promise<SetupSummary> {
  // Everything validated before the first write.
  const workspace = workspaceSchema.parse(setup.workspace);
  const watchlists = setup.watchlists.map((w) => watchlistSchema.parse(w));
  const templates = setup.templates.map((t) => templateSchema.parse(t));
  const summary: SetupSummary = {
    watchlists: { added: 0, updated: 0 },
    templates: { added: 0, kept: 0 },
  };
  const tx = db.transaction(
    ['workspaces', 'settings', 'watchlists', 'templates', 'templateVersions'],
    'readwrite',
  );
  try {
    const existing = await tx.objectStore('workspaces').get(workspace.id);
    await tx
      .objectStore('workspaces')
      .put({ ...workspace, createdAt: existing?.createdAt ?? workspace.createdAt });
    for (const watchlist of watchlists) {
      const before = await tx.objectStore('watchlists').get([watchlist.workspaceId, watchlist.id]);
      await tx
        .objectStore('watchlists')
        .put({ ...watchlist, createdAt: before?.createdAt ?? watchlist.createdAt });
      summary.watchlists[before ? 'updated' : 'added']++;
    }
    for (const template of templates) {
      const before = await tx.objectStore('templates').get([template.workspaceId, template.id]);
      if (before) {
        summary.templates.kept++;
        continue;
      }
      await tx.objectStore('templates').put(template);
      await tx.objectStore('templateVersions').put(versionOf(template));
      summary.templates.added++;
    }
    const settings = settingsSchema.parse({
      ...defaultSettings(),
      ...(await tx.objectStore('settings').get(SETTINGS_KEY)),
      ...setup.settings,
    });
    await tx.objectStore('settings').put(settings, SETTINGS_KEY);
    await tx.done;
    return summary;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
