/**
 * The report as tables: what the page shows under each chart, what screen
 * readers get, and what CSV / JSON exports carry. Values stay raw (counts,
 * shares 0–1, minutes); the view formats them, the CSV rounds them.
 */
import { categoryLabelKey, networkKey, severityLabelKey } from '../incidents/labels';
import type { Report } from './types';
import { NO_WATCHLIST } from './types';

export type ColumnType = 'text' | 'day' | 'count' | 'share' | 'minutes';
export type Cell = string | number | null;

export interface Column {
  key: string;
  label: string;
  type: ColumnType;
}

export interface ReportTable {
  id: 'network-daily' | 'watchlist-daily' | 'risk-daily' | 'response' | 'templates' | 'incidents';
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
}

export type Translate = (key: string, ...substitutions: string[]) => string;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function dailyTable(
  report: Report,
  id: ReportTable['id'],
  title: string,
  series: { key: string; label: string; values: readonly number[] }[],
  t: Translate,
): ReportTable {
  const columns: Column[] = [
    { key: 'day', label: t('reports_col_day'), type: 'day' },
    ...series.map(({ key, label }) => ({ key, label, type: 'count' as const })),
    { key: 'total', label: t('reports_col_total'), type: 'count' },
  ];
  const rows = report.days.map((day, i) => {
    const row: Record<string, Cell> = { day };
    let total = 0;
    for (const { key, values } of series) {
      row[key] = values[i] ?? 0;
      total += values[i] ?? 0;
    }
    row.total = total;
    return row;
  });
  return { id, title, columns, rows };
}

export function watchlistLabel(key: string, label: string | undefined, t: Translate): string {
  if (key === NO_WATCHLIST) return t('reports_watchlist_none');
  return label ?? t('reports_watchlist_deleted', key);
}

export function reportTables(report: Report, t: Translate): ReportTable[] {
  const byNetwork = report.mentionsByNetwork.rows.map(({ key, values }) => ({
    key,
    label: t(networkKey(key)),
    values,
  }));
  const byWatchlist = report.mentionsByWatchlist.rows.map(({ key, label, values }) => ({
    key: `w:${key}`,
    label: watchlistLabel(key, label, t),
    values,
  }));
  // A mention in two watchlists counts twice here: the total is of mentions, not of the columns.
  const watchlists = dailyTable(
    report,
    'watchlist-daily',
    t('reports_by_watchlist'),
    byWatchlist,
    t,
  );
  watchlists.rows.forEach((row, i) => {
    row.total = report.risk.total[i] ?? 0;
  });
  watchlists.columns[watchlists.columns.length - 1] = {
    key: 'total',
    label: t('reports_col_mentions'),
    type: 'count',
  };

  const inc = report.incidents;
  const incidentColumns: Column[] = [
    {
      key: 'day',
      label: t(inc.granularity === 'week' ? 'reports_col_week' : 'reports_col_day'),
      type: 'day',
    },
    ...inc.byCategory.map(({ category }) => ({
      key: category,
      label: t(categoryLabelKey(category)),
      type: 'count' as const,
    })),
    ...inc.bySeverity.map(({ severity }) => ({
      key: `severity-${severity}`,
      label: t(severityLabelKey(severity)),
      type: 'count' as const,
    })),
    { key: 'total', label: t('reports_col_total'), type: 'count' },
  ];
  const incidentRows = inc.buckets.map((day, i) => {
    const row: Record<string, Cell> = { day };
    for (const { category, values } of inc.byCategory) row[category] = values[i] ?? 0;
    for (const { severity, values } of inc.bySeverity) row[`severity-${severity}`] = values[i] ?? 0;
    row.total = sum(inc.bySeverity.map(({ values }) => values[i] ?? 0));
    return row;
  });

  return [
    dailyTable(report, 'network-daily', t('reports_by_network'), byNetwork, t),
    watchlists,
    {
      id: 'risk-daily',
      title: t('reports_risky_share'),
      columns: [
        { key: 'day', label: t('reports_col_day'), type: 'day' },
        { key: 'mentions', label: t('reports_col_mentions'), type: 'count' },
        { key: 'risky', label: t('reports_col_risky'), type: 'count' },
        { key: 'share', label: t('reports_col_risky_share'), type: 'share' },
      ],
      rows: report.days.map((day, i) => {
        const total = report.risk.total[i] ?? 0;
        const risky = report.risk.risky[i] ?? 0;
        return { day, mentions: total, risky, share: total > 0 ? risky / total : null };
      }),
    },
    {
      id: 'response',
      title: t('reports_response'),
      columns: [
        { key: 'network', label: t('reports_col_network'), type: 'text' },
        { key: 'mentions', label: t('reports_col_mentions'), type: 'count' },
        { key: 'ignored', label: t('reports_col_ignored'), type: 'count' },
        { key: 'responded', label: t('reports_col_responded'), type: 'count' },
        { key: 'rate', label: t('reports_col_rate'), type: 'share' },
        { key: 'median', label: t('reports_col_median'), type: 'minutes' },
        { key: 'p90', label: t('reports_col_p90'), type: 'minutes' },
        { key: 'target', label: t('reports_col_target'), type: 'minutes' },
        { key: 'within', label: t('reports_col_within'), type: 'share' },
        { key: 'late', label: t('reports_col_late'), type: 'count' },
      ],
      rows: report.response.map((row) => ({
        network: t(networkKey(row.network)),
        mentions: row.mentions,
        ignored: row.ignored,
        responded: row.responded,
        rate: row.rate,
        median: row.medianMinutes,
        p90: row.p90Minutes,
        target: row.targetMinutes,
        within: row.withinTarget,
        late: row.late,
      })),
    },
    {
      id: 'templates',
      title: t('reports_templates'),
      columns: [
        { key: 'template', label: t('reports_col_template'), type: 'text' },
        { key: 'version', label: t('reports_col_version'), type: 'text' },
        { key: 'inserted', label: t('reports_col_inserted'), type: 'count' },
        { key: 'sent', label: t('reports_col_sent'), type: 'count' },
        { key: 'markedReplied', label: t('reports_col_marked_replied'), type: 'count' },
        { key: 'total', label: t('reports_col_total'), type: 'count' },
      ],
      rows: report.templates.map((row) => ({
        template: row.title ?? t('reports_template_deleted', row.templateId),
        version: row.version === null ? '' : `v${row.version}`,
        inserted: row.inserted,
        sent: row.sent,
        markedReplied: row.markedReplied,
        total: row.total,
      })),
    },
    {
      id: 'incidents',
      title: t('reports_incidents'),
      columns: incidentColumns,
      rows: incidentRows,
    },
  ];
}

/** A value as a spreadsheet wants it: shares in %, minutes to 0.1, empty for unknown. */
export function exportValue(cell: Cell, type: ColumnType): string | number {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (type === 'share') return Math.round(cell * 1000) / 10;
  if (type === 'minutes') return Math.round(cell * 10) / 10;
  return cell;
}

/** Rows for CSV: the header row of labels (units said), then values. */
export function csvRows(table: ReportTable, t: Translate): (string | number)[][] {
  const header = table.columns.map(({ label, type }) =>
    type === 'share'
      ? t('reports_unit_percent', label)
      : type === 'minutes'
        ? t('reports_unit_minutes', label)
        : label,
  );
  return [
    header,
    ...table.rows.map((row) =>
      table.columns.map(({ key, type }) => exportValue(row[key] ?? null, type)),
    ),
  ];
}
