/**
 * Reads what a report needs in one readonly transaction, through the v3 range
 * indexes: mentions first seen in [from, to), interactions created from
 * `from` on (a reply after `to` still answers a mention of the range), the
 * range's incidents, and the workspace's watchlist names and template titles.
 * `getAll` on an index range: one round trip per store, values deserialized in
 * bulk (a cursor pays a round trip per record, several times slower here).
 */
import type { VigieDB } from '../store/db';
import { SETTINGS_KEY } from '../store/db';
import { defaultSettings, type Settings } from '../store/schema';
import { computeReport } from './compute';
import type { Report, ReportInput } from './types';

export interface ReportQuery {
  from: number;
  to: number;
  workspaceId: string;
  timeZone: string;
}

export interface ReportTimings {
  /** IndexedDB: the transaction's reads, values deserialized. */
  readMs: number;
  computeMs: number;
  mentions: number;
  interactions: number;
}

export async function readReportInput(
  db: VigieDB,
  query: ReportQuery,
  now: number,
): Promise<Omit<ReportInput, 'slaMinutes'> & { settings: Partial<Settings> | undefined }> {
  const { from, to, workspaceId: ws } = query;
  const tx = db.transaction(
    [
      'mentions',
      'interactions',
      'incidents',
      'watchlists',
      'templates',
      'templateVersions',
      'settings',
    ],
    'readonly',
  );
  const [mentions, interactions, incidents, watchlists, templates, versions, settings] =
    await Promise.all([
      tx
        .objectStore('mentions')
        .index('byWorkspaceFirstSeen')
        .getAll(IDBKeyRange.bound([ws, from], [ws, to], false, true)),
      tx
        .objectStore('interactions')
        .index('byWorkspaceCreatedAt')
        .getAll(IDBKeyRange.bound([ws, from], [ws, Number.POSITIVE_INFINITY])),
      tx
        .objectStore('incidents')
        .index('byCreatedAt')
        .getAll(IDBKeyRange.bound(from, to, false, true)),
      tx.objectStore('watchlists').index('byWorkspace').getAll(ws),
      tx.objectStore('templates').index('byWorkspace').getAll(ws),
      // Keys [workspace, template]: every array [ws, …] sorts between [ws] and [ws, []].
      tx
        .objectStore('templateVersions')
        .index('byTemplate')
        .getAll(IDBKeyRange.bound([ws], [ws, []])),
      tx.objectStore('settings').get(SETTINGS_KEY),
      tx.done,
    ]);
  const titles = new Map<string, string>();
  for (const version of versions)
    titles.set(`${version.templateId}#${version.version}`, version.title);
  const current = new Map(templates.map((template) => [template.id, template.title]));
  return {
    from,
    to,
    timeZone: query.timeZone,
    now,
    mentions,
    interactions,
    incidents: incidents.filter((incident) => incident.workspaceId === ws),
    watchlists: watchlists.map(({ id, name }) => ({ id, name })),
    templateTitle: (id, version) =>
      (version !== undefined ? titles.get(`${id}#${version}`) : undefined) ?? current.get(id),
    settings,
  };
}

/** Reads and aggregates; the report plus where the time went. */
export async function buildReport(
  db: VigieDB,
  query: ReportQuery,
  now = Date.now(),
): Promise<{ report: Report; timings: ReportTimings }> {
  const started = performance.now();
  const { settings, ...input } = await readReportInput(db, query, now);
  const read = performance.now();
  // The stored targets as the CM left them (a cleared one means no target); defaults before any.
  const slaMinutes = settings?.slaMinutes ?? defaultSettings().slaMinutes;
  const report = computeReport({ ...input, slaMinutes });
  const timings: ReportTimings = {
    readMs: read - started,
    computeMs: performance.now() - read,
    mentions: input.mentions.length,
    interactions: input.interactions.length,
  };
  return { report, timings };
}
