/**
 * From the records of a date range to the report's tables, in one pass over
 * interactions and one over mentions. Counters are flat typed arrays indexed
 * [series × day]; a record costs a binary search for its day and a Map lookup
 * or two, and allocates nothing (durations go to growable Float64Arrays).
 *
 * Definitions (the CM's, written down in docs/reports.md):
 * - a mention belongs to the range when first seen in it;
 * - a reply is an interaction sent or marked replied; its time is `sentAt`
 *   (seen posted), else `createdAt` (inserted, or marked replied);
 * - time to response runs from the post's publication when the page gave it,
 *   else from when Vigie first saw the mention, to the first reply;
 * - a mention marked replied without any logged reply counts as responded,
 *   with no time; one ignored needs no response.
 */

import { NETWORKS, type Network } from '../sites/types';
import { INCIDENT_CATEGORIES, MENTION_STATUSES, RISK_LEVELS } from '../store/constants';
import { dayGrid, dayIndex } from './days';
import { median, NumberList, percentile } from './stats';
import {
  type DailyTable,
  INCIDENT_DAY_LIMIT,
  type IncidentSeries,
  NO_WATCHLIST,
  type Report,
  type ReportInput,
  type ResponseRow,
  type TemplateRow,
} from './types';

const CATEGORY_INDEX = new Map<string, number>(INCIDENT_CATEGORIES.map((c, i) => [c, i]));
const MINUTE = 60_000;

const SENT = 1;
const MARKED_REPLIED = 2;
const MARKED_IGNORED = 3;
const RISK_MEDIUM = RISK_LEVELS.indexOf('medium');
const STATUS_REPLIED = MENTION_STATUSES.indexOf('replied');
const STATUS_IGNORED = MENTION_STATUSES.indexOf('ignored');

/** Rows of a [series × day] counter, the empty series left out. */
function dailyRows<K extends string>(
  keys: readonly K[],
  counts: Int32Array,
  days: number,
  label?: (key: K) => string | undefined,
): DailyTable<K>['rows'] {
  const rows: DailyTable<K>['rows'] = [];
  keys.forEach((key, series) => {
    const values = Array.from(counts.subarray(series * days, series * days + days));
    const total = values.reduce((sum, value) => sum + value, 0);
    if (total > 0) rows.push({ key, label: label?.(key), values, total });
  });
  return rows;
}

interface TemplateCounter {
  inserted: number;
  sent: number;
  markedReplied: number;
}

function countInteractions(input: ReportInput) {
  const firstReply = new Map<string, number>();
  const ignored = new Set<string>();
  const templates = new Map<string, Map<number, TemplateCounter>>();
  let interactions = 0;
  let replies = 0;
  for (const chunk of input.interactions) {
    for (let i = 0; i < chunk.count; i++) {
      const mentionId = chunk.mentionId[i] ?? '';
      const status = chunk.status[i]!;
      const reply = status === SENT || status === MARKED_REPLIED;
      if (mentionId !== '') {
        if (reply) {
          const at = chunk.replyAt[i]!;
          const known = firstReply.get(mentionId);
          if (known === undefined || at < known) firstReply.set(mentionId, at);
        } else if (status === MARKED_IGNORED) ignored.add(mentionId);
      }
      const createdAt = chunk.createdAt[i]!;
      if (createdAt < input.from || createdAt >= input.to) continue;
      interactions++;
      if (reply) replies++;
      const templateId = chunk.templateId[i] ?? '';
      if (templateId === '' || status === MARKED_IGNORED) continue;
      let versions = templates.get(templateId);
      if (!versions) {
        versions = new Map();
        templates.set(templateId, versions);
      }
      const version = chunk.templateVersion[i]!;
      let counter = versions.get(version);
      if (!counter) {
        counter = { inserted: 0, sent: 0, markedReplied: 0 };
        versions.set(version, counter);
      }
      if (status === SENT) counter.sent++;
      else if (status === MARKED_REPLIED) counter.markedReplied++;
      else counter.inserted++;
    }
  }
  return { firstReply, ignored, templates, interactions, replies };
}

function templateRows(
  templates: Map<string, Map<number, TemplateCounter>>,
  input: ReportInput,
): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const [templateId, versions] of templates) {
    for (const [version, counter] of versions) {
      const v = version === 0 ? undefined : version;
      rows.push({
        templateId,
        version: v ?? null,
        title: input.templateTitle(templateId, v) ?? null,
        ...counter,
        total: counter.inserted + counter.sent + counter.markedReplied,
      });
    }
  }
  // Most used first; ties by title then version, so the table is stable.
  return rows.sort(
    (a, b) =>
      b.total - a.total ||
      (a.title ?? a.templateId).localeCompare(b.title ?? b.templateId) ||
      (a.version ?? 0) - (b.version ?? 0),
  );
}

function incidentSeries(input: ReportInput, starts: readonly number[], days: string[]) {
  const weekly = days.length > INCIDENT_DAY_LIMIT;
  const width = weekly ? 7 : 1;
  const buckets = days.filter((_, i) => i % width === 0);
  const n = buckets.length;
  const byCategory = new Int32Array(INCIDENT_CATEGORIES.length * n);
  const bySeverity = new Int32Array(4 * n);
  let total = 0;
  for (const incident of input.incidents) {
    if (incident.createdAt < input.from || incident.createdAt >= input.to) continue;
    const day = dayIndex(starts, incident.createdAt);
    if (day < 0) continue;
    const bucket = Math.floor(day / width);
    total++;
    const category = CATEGORY_INDEX.get(incident.category) ?? INCIDENT_CATEGORIES.length - 1;
    byCategory[category * n + bucket]!++;
    const severity = Math.min(4, Math.max(1, incident.severity)) - 1;
    bySeverity[severity * n + bucket]!++;
  }
  const series: IncidentSeries = {
    granularity: weekly ? 'week' : 'day',
    buckets,
    byCategory: dailyRows(INCIDENT_CATEGORIES, byCategory, n).map(({ key, values, total }) => ({
      category: key,
      values,
      total,
    })),
    bySeverity: [1, 2, 3, 4].map((severity) => {
      const values = Array.from(bySeverity.subarray((severity - 1) * n, severity * n));
      return { severity, values, total: values.reduce((a, b) => a + b, 0) };
    }),
  };
  return { series, total };
}

export function computeReport(input: ReportInput): Report {
  const { keys: days, starts } = dayGrid(input.from, input.to, input.timeZone);
  const D = days.length;
  const N = NETWORKS.length;
  const { firstReply, ignored, templates, interactions, replies } = countInteractions(input);

  const watchlistIndex = new Map<string, number>();
  const watchlistKeys: string[] = [];
  for (const { id } of input.watchlists) {
    if (!watchlistIndex.has(id)) {
      watchlistIndex.set(id, watchlistKeys.length);
      watchlistKeys.push(id);
    }
  }
  const noWatchlist = watchlistKeys.length;
  watchlistKeys.push(NO_WATCHLIST);
  // Watchlists deleted since get their own series as met (rare: grown on demand).
  let byWatchlist = new Int32Array(watchlistKeys.length * D);
  const byNetwork = new Int32Array(N * D);
  const riskTotal = new Int32Array(D);
  const riskRisky = new Int32Array(D);
  const perNetwork = NETWORKS.map(() => ({
    mentions: 0,
    ignored: 0,
    responded: 0,
    within: 0,
    late: 0,
    durations: new NumberList(),
  }));
  const targets = NETWORKS.map((network) => input.slaMinutes[network] ?? null);
  let mentions = 0;
  let risky = 0;

  for (const chunk of input.mentions) {
    // Watchlist codes of this chunk → series (ids met for the first time get one).
    const seriesOf = chunk.watchlistIds.map((id) => {
      let series = watchlistIndex.get(id);
      if (series === undefined) {
        series = watchlistKeys.length;
        watchlistIndex.set(id, series);
        watchlistKeys.push(id);
        const grown = new Int32Array(watchlistKeys.length * D);
        grown.set(byWatchlist);
        byWatchlist = grown;
      }
      return series;
    });
    for (let i = 0; i < chunk.count; i++) {
      const seen = chunk.seenAt[i]!;
      if (seen < input.from || seen >= input.to) continue;
      const day = dayIndex(starts, seen);
      if (day < 0) continue;
      const network = chunk.network[i]!;
      mentions++;
      byNetwork[network * D + day]!++;
      riskTotal[day]!++;
      if (chunk.risk[i]! >= RISK_MEDIUM) {
        risky++;
        riskRisky[day]!++;
      }
      const first = chunk.watchlistOffsets[i]!;
      const last = chunk.watchlistOffsets[i + 1]!;
      if (first === last) byWatchlist[noWatchlist * D + day]!++;
      for (let w = first; w < last; w++) {
        byWatchlist[seriesOf[chunk.watchlistCodes[w]!]! * D + day]!++;
      }

      const stats = perNetwork[network]!;
      stats.mentions++;
      const start = chunk.startAt[i]!;
      const target = targets[network] ?? null;
      const reply = firstReply.get(chunk.id[i]!);
      const status = chunk.status[i]!;
      if (reply !== undefined) {
        stats.responded++;
        const minutes = Math.max(0, reply - start) / MINUTE;
        stats.durations.push(minutes);
        if (target !== null && minutes <= target) stats.within++;
      } else if (status === STATUS_REPLIED) {
        stats.responded++;
      } else if (status === STATUS_IGNORED || ignored.has(chunk.id[i]!)) {
        stats.ignored++;
      } else if (target !== null && input.now - start > target * MINUTE) {
        stats.late++;
      }
    }
  }

  const names = new Map(input.watchlists.map(({ id, name }) => [id, name]));
  const response: ResponseRow[] = [];
  NETWORKS.forEach((network, i) => {
    const stats = perNetwork[i]!;
    if (stats.mentions === 0) return;
    const sorted = stats.durations.sorted();
    const needing = stats.mentions - stats.ignored;
    const target = targets[i] ?? null;
    const judged = sorted.length + stats.late;
    response.push({
      network,
      mentions: stats.mentions,
      ignored: stats.ignored,
      responded: stats.responded,
      rate: needing > 0 ? stats.responded / needing : null,
      medianMinutes: median(sorted),
      p90Minutes: percentile(sorted, 90),
      targetMinutes: target,
      withinTarget: target !== null && judged > 0 ? stats.within / judged : null,
      late: stats.late,
    });
  });

  const incidents = incidentSeries(input, starts, days);
  return {
    from: input.from,
    to: input.to,
    timeZone: input.timeZone,
    days,
    totals: { mentions, risky, replies, interactions, incidents: incidents.total },
    mentionsByNetwork: { rows: dailyRows(NETWORKS as readonly Network[], byNetwork, D) },
    mentionsByWatchlist: {
      rows: dailyRows(watchlistKeys, byWatchlist, D, (key) => names.get(key)),
    },
    risk: { total: Array.from(riskTotal), risky: Array.from(riskRisky) },
    response,
    templates: templateRows(templates, input),
    incidents: incidents.series,
  };
}
