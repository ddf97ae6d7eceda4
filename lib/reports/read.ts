/**
 * Reads what a report needs: the day columns of mentions (first seen in
 * [from, to)) and interactions (created from `from` on: a reply after `to`
 * still answers a mention of the range) from the report cache where valid,
 * the rest from the store through the v3 range indexes (`getAll` per run of
 * missing days, in one readonly transaction with the range's incidents, the
 * watchlist names, template titles and targets); then aggregates.
 */
import type { VigieDB } from '../store/db';
import { SETTINGS_KEY } from '../store/db';
import { defaultSettings } from '../store/schema';
import {
  type CachedDay,
  cacheGeneration,
  DAY,
  type Kind,
  readCachedDays,
  storeDays,
} from './cache';
import {
  type InteractionColumns,
  interactionColumns,
  type MentionColumns,
  mentionColumns,
} from './columns';
import { computeReport } from './compute';
import type { Report, ReportInteraction, ReportMention } from './types';

export interface ReportQuery {
  from: number;
  to: number;
  workspaceId: string;
  timeZone: string;
}

export interface ReportTimings {
  /** Cache and IndexedDB reads, values deserialized, fresh days turned into columns. */
  readMs: number;
  computeMs: number;
  mentions: number;
  interactions: number;
  /** Days served by the cache, and days read from the store. */
  cachedDays: number;
  freshDays: number;
}

/** What is used of the [workspace, time] indexes. */
interface TimeIndex {
  getAll(range: IDBKeyRange): Promise<unknown[]>;
}

const dayOf = (instant: number) => Math.floor(instant / DAY) * DAY;

/** Cached days usable as they are: ended days (today is always read from the store). */
function validDays(cached: ReadonlyMap<number, CachedDay>, days: readonly number[]): Set<number> {
  return new Set(days.filter((day) => cached.has(day)));
}

/** Missing days grouped in runs; the last run of `open` reads on to +∞ (records dated later). */
async function readMissing<T extends { firstSeenAt?: number; createdAt?: number }>(
  index: TimeIndex,
  ws: string,
  days: readonly number[],
  valid: ReadonlySet<number>,
  timeOf: (record: T) => number,
  open: boolean,
): Promise<Map<number, T[]>> {
  const runs: [number, number][] = [];
  for (const day of days) {
    if (valid.has(day)) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === day) run[1] = day + DAY;
    else runs.push([day, day + DAY]);
  }
  const lastDay = days[days.length - 1];
  const results = await Promise.all(
    runs.map(
      ([start, end]) =>
        index.getAll(
          IDBKeyRange.bound(
            [ws, start],
            [ws, open && end === (lastDay ?? 0) + DAY ? Number.POSITIVE_INFINITY : end],
            false,
            true,
          ),
        ) as Promise<T[]>,
    ),
  );
  const byDay = new Map<number, T[]>();
  for (const records of results) {
    for (const record of records) {
      const day = Math.min(dayOf(timeOf(record)), lastDay ?? 0);
      let list = byDay.get(day);
      if (!list) {
        list = [];
        byDay.set(day, list);
      }
      list.push(record);
    }
  }
  return byDay;
}

function dayList(first: number, last: number): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day += DAY) days.push(day);
  return days;
}

/** Reads (cache first) and aggregates; the report plus where the time went. */
export async function buildReport(
  db: VigieDB,
  query: ReportQuery,
  now = Date.now(),
  options: { awaitCache?: boolean } = {},
): Promise<{ report: Report; timings: ReportTimings }> {
  const started = performance.now();
  const since = cacheGeneration();
  const { from, to, workspaceId: ws } = query;
  const settled = dayOf(now);
  const mentionDays = dayList(dayOf(from), dayOf(Math.max(from, to - 1)));
  const interactionDays = dayList(dayOf(from), Math.max(dayOf(from), settled));
  const [cachedM, cachedI] = await Promise.all([
    readCachedDays(ws, 'm', mentionDays[0]!, mentionDays.at(-1)!, db.version),
    readCachedDays(ws, 'i', interactionDays[0]!, interactionDays.at(-1)!, db.version),
  ]).catch(() => [new Map(), new Map()] as const);
  const isSettled = (day: number) => day + DAY <= settled;

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
  const mentionIndex: TimeIndex = tx.objectStore('mentions').index('byWorkspaceFirstSeen');
  const interactionIndex: TimeIndex = tx.objectStore('interactions').index('byWorkspaceCreatedAt');
  const small = Promise.all([
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
  ]);
  const validM = validDays(cachedM, mentionDays.filter(isSettled));
  const validI = validDays(cachedI, interactionDays.filter(isSettled));
  const [freshM, freshI, [incidents, watchlists, templates, versions, settings]] =
    await Promise.all([
      readMissing<ReportMention>(
        mentionIndex,
        ws,
        mentionDays,
        validM,
        (m) => m.firstSeenAt,
        false,
      ),
      readMissing<ReportInteraction>(
        interactionIndex,
        ws,
        interactionDays,
        validI,
        (i) => i.createdAt,
        true,
      ),
      small,
    ]);
  await tx.done;

  const chunks = <K extends Kind, C extends MentionColumns | InteractionColumns, R>(
    kind: K,
    days: readonly number[],
    valid: ReadonlySet<number>,
    cached: ReadonlyMap<number, CachedDay>,
    fresh: ReadonlyMap<number, R[]>,
    toColumns: (records: R[]) => C,
  ) => {
    const out: C[] = [];
    const built = new Map<number, CachedDay>();
    for (const day of days) {
      if (valid.has(day)) {
        out.push(cached.get(day)!.columns as C);
        continue;
      }
      const columns = toColumns(fresh.get(day) ?? []);
      out.push(columns);
      if (isSettled(day)) built.set(day, { count: columns.count, columns });
    }
    return { out, store: () => storeDays(ws, kind, built, since, db.version) };
  };
  const m = chunks('m', mentionDays, validM, cachedM, freshM, mentionColumns);
  const i = chunks('i', interactionDays, validI, cachedI, freshI, interactionColumns);
  const read = performance.now();

  const titles = new Map<string, string>();
  for (const v of versions) titles.set(`${v.templateId}#${v.version}`, v.title);
  const current = new Map(templates.map((template) => [template.id, template.title]));
  const report = computeReport({
    from,
    to,
    timeZone: query.timeZone,
    now,
    mentions: m.out,
    interactions: i.out,
    incidents: incidents.filter((incident) => incident.workspaceId === ws),
    watchlists: watchlists.map(({ id, name }) => ({ id, name })),
    templateTitle: (id, version) =>
      (version !== undefined ? titles.get(`${id}#${version}`) : undefined) ?? current.get(id),
    // The stored targets as the CM left them (a cleared one means no target).
    slaMinutes: settings?.slaMinutes ?? defaultSettings().slaMinutes,
  });
  const timings: ReportTimings = {
    readMs: read - started,
    computeMs: performance.now() - read,
    mentions: m.out.reduce((sum, c) => sum + c.count, 0),
    interactions: i.out.reduce((sum, c) => sum + c.count, 0),
    cachedDays: validM.size + validI.size,
    freshDays: mentionDays.length + interactionDays.length - validM.size - validI.size,
  };
  // The answer does not wait for the cache write.
  const stored = Promise.all([m.store(), i.store()]).catch(() => undefined);
  if (options.awaitCache) await stored;
  return { report, timings };
}
