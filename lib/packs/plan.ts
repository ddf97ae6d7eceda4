/**
 * What importing a pack changes, worked out before anything is written (pure:
 * the current records in, the records to write and the counts out). Only the
 * workspace, its watchlists and its templates are ever touched: the junior's
 * log, mentions and incidents are not even read.
 */
import { versionOf, wordingChanged } from '../store/repos/templates';
import {
  type Template,
  type TemplateVersion,
  templateSchema,
  type Watchlist,
  type Workspace,
  watchlistSchema,
  workspaceSchema,
} from '../store/schema';
import type { Pack, PackApprovedTemplate } from './format';

export interface PackImportCounts {
  templates: { added: number; updated: number; retired: number; unchanged: number };
  watchlists: { added: number; updated: number; unchanged: number };
}

export interface ImportPlan {
  workspace: Workspace | null;
  workspaceCreated: boolean;
  watchlists: Watchlist[];
  templates: Template[];
  versions: TemplateVersion[];
  counts: PackImportCounts;
}

export interface CurrentRecords {
  workspace: Workspace | undefined;
  watchlists: ReadonlyMap<string, Watchlist>;
  templates: ReadonlyMap<string, Template>;
}

/** The fields of a template a pack sets, to tell an unchanged copy from a stale one. */
function sameAsPack(local: Template, next: Template): boolean {
  return (
    !wordingChanged(local, next) &&
    local.status === next.status &&
    local.language === next.language &&
    local.intent === next.intent &&
    JSON.stringify(local.tags) === JSON.stringify(next.tags) &&
    local.approvedBy === next.approvedBy &&
    local.approvedAt === next.approvedAt
  );
}

function approvedRecord(
  entry: PackApprovedTemplate,
  workspaceId: string,
  local: Template | undefined,
  now: number,
): Template {
  return templateSchema.parse({
    workspaceId,
    id: entry.id,
    title: entry.title,
    body: entry.body,
    language: entry.language,
    status: 'approved',
    tags: entry.tags,
    intent: entry.intent,
    variants: entry.variants,
    version: entry.version,
    approvedBy: entry.approvedBy,
    approvedAt: entry.approvedAt ? Date.parse(entry.approvedAt) : undefined,
    createdAt: local?.createdAt ?? now,
    updatedAt: now,
  });
}

function sameWatchlist(a: Watchlist, b: Watchlist): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.query === b.query &&
    a.enabled === b.enabled &&
    a.color === b.color
  );
}

export function planImport(pack: Pack, current: CurrentRecords, now: number): ImportPlan {
  const workspaceId = pack.workspace.id;
  const counts: PackImportCounts = {
    templates: { added: 0, updated: 0, retired: 0, unchanged: 0 },
    watchlists: { added: 0, updated: 0, unchanged: 0 },
  };
  let workspace: Workspace | null = null;
  if (!current.workspace) {
    workspace = workspaceSchema.parse({
      id: workspaceId,
      name: pack.workspace.name,
      createdAt: now,
      updatedAt: now,
    });
  } else if (current.workspace.name !== pack.workspace.name) {
    workspace = { ...current.workspace, name: pack.workspace.name, updatedAt: now };
  }

  const watchlists: Watchlist[] = [];
  for (const entry of pack.watchlists) {
    const local = current.watchlists.get(entry.id);
    const record = watchlistSchema.parse({
      ...entry,
      workspaceId,
      createdAt: local?.createdAt ?? now,
      updatedAt: now,
    });
    if (local && sameWatchlist(local, record)) {
      counts.watchlists.unchanged++;
      continue;
    }
    watchlists.push(record);
    counts.watchlists[local ? 'updated' : 'added']++;
  }

  const templates: Template[] = [];
  const versions: TemplateVersion[] = [];
  for (const entry of pack.templates) {
    const local = current.templates.get(entry.id);
    if (entry.status === 'retired') {
      if (!local || local.status === 'retired') {
        counts.templates.unchanged++;
      } else {
        templates.push({ ...local, status: 'retired', updatedAt: now });
        counts.templates.retired++;
      }
      continue;
    }
    const next = approvedRecord(entry, workspaceId, local, now);
    if (!local) {
      templates.push(next);
      versions.push(versionOf(next));
      counts.templates.added++;
    } else if (next.version > local.version) {
      // A newer version: the old wording stays in templateVersions for the log.
      templates.push(next);
      versions.push(versionOf(next));
      counts.templates.updated++;
    } else if (sameAsPack(local, next)) {
      counts.templates.unchanged++;
    } else if (wordingChanged(local, next)) {
      // The local copy says something else under the same number (it was
      // edited here): the senior's wording wins under a new local version, so
      // interactions that used the local wording still point at it.
      const bumped = { ...next, version: local.version + 1 };
      templates.push(bumped);
      versions.push(versionOf(bumped));
      counts.templates.updated++;
    } else {
      // Same wording, new status or metadata (e.g. retired, then approved again).
      templates.push({ ...next, version: local.version });
      counts.templates.updated++;
    }
  }
  return {
    workspace,
    workspaceCreated: !current.workspace,
    watchlists,
    templates,
    versions,
    counts,
  };
}
