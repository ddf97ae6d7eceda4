import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { t } from '@/lib/i18n';
import { categoryLabelKey, networkKey } from '@/lib/incidents/labels';
import { formatMinutes, formatShare } from '@/lib/reports/format';
import { rangeDays } from '@/lib/reports/ranges';
import { reportTables, type ReportTable as Table, watchlistLabel } from '@/lib/reports/tables';
import type { Report } from '@/lib/reports/types';
import { Chart, type ChartColors, type ChartOptions } from './Chart';
import { dailyLines, dayAxis, responseBars } from './charts';
import { ReportTable } from './ReportTable';

interface Figure {
  table: Table;
  chart?: { data: uPlot.AlignedData; options: (colors: ChartColors) => ChartOptions };
  note?: string;
}

const minutes = (value: number) => formatMinutes(value, t);

function figuresOf(report: Report): Figure[] {
  const tables = reportTables(report, t);
  const byId = (id: Table['id']) => tables.find((table) => table.id === id)!;
  const x = dayAxis(report.days);
  const day = t('reports_col_day');
  const network = report.mentionsByNetwork.rows;
  const watchlist = report.mentionsByWatchlist.rows;
  const share = report.days.map((_, i) => {
    const total = report.risk.total[i] ?? 0;
    return total > 0 ? (report.risk.risky[i] ?? 0) / total : null;
  });
  const response = report.response;
  const incidents = report.incidents;
  return [
    {
      table: byId('network-daily'),
      chart: {
        data: [x, ...network.map((row) => row.values)],
        options: dailyLines(
          network.map((row) => ({ label: t(networkKey(row.key)), values: row.values })),
          day,
        ),
      },
    },
    {
      table: byId('watchlist-daily'),
      note: t('reports_by_watchlist_note'),
      chart: {
        data: [x, ...watchlist.map((row) => row.values)],
        options: dailyLines(
          watchlist.map((row) => ({
            label: watchlistLabel(row.key, row.label, t),
            values: row.values,
          })),
          day,
        ),
      },
    },
    {
      table: byId('risk-daily'),
      chart: {
        data: [x, share],
        options: dailyLines([{ label: t('reports_col_risky_share'), values: share }], day, true),
      },
    },
    {
      table: byId('response'),
      note: t('reports_response_note'),
      chart: {
        data: [
          response.map((_, i) => i),
          response.map((row) => row.medianMinutes),
          response.map((row) => row.p90Minutes),
          response.map((row) => row.targetMinutes),
        ],
        options: responseBars(
          response.map((row) => t(networkKey(row.network))),
          {
            network: t('reports_col_network'),
            median: t('reports_col_median'),
            p90: t('reports_col_p90'),
            target: t('reports_col_target'),
          },
          minutes,
        ),
      },
    },
    { table: byId('templates') },
    {
      table: byId('incidents'),
      chart: {
        data: [dayAxis(incidents.buckets), ...incidents.byCategory.map((row) => row.values)],
        options: dailyLines(
          incidents.byCategory.map((row) => ({
            label: t(categoryLabelKey(row.category)),
            values: row.values,
          })),
          t(incidents.granularity === 'week' ? 'reports_col_week' : 'reports_col_day'),
        ),
      },
    },
  ];
}

function Total({
  label,
  value,
  testId,
}: {
  label: string;
  value: ComponentChildren;
  testId: string;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** The report: totals, then each chart with its table (what screen readers and exports get). */
export function ReportView({
  report,
  loading,
  theme,
}: {
  report: Report | null;
  loading: boolean;
  theme: number;
}) {
  const figures = useMemo(() => (report ? figuresOf(report) : []), [report]);
  const [painted, setPainted] = useState<Report | null>(null);
  useEffect(() => {
    if (!report) return;
    setPainted(report);
    performance.mark('vigie:report-rendered');
  }, [report]);
  if (!report) return <p class="reports-status muted">{t('reports_loading')}</p>;
  const days = rangeDays(report, report.timeZone);
  const filename = (id: string) => `vigie-${id}-${days.first}_${days.last}`;
  const risky = report.totals.mentions > 0 ? report.totals.risky / report.totals.mentions : null;
  const response = report.response;
  const responded = response.reduce((sum, row) => sum + row.responded, 0);
  const needing = response.reduce((sum, row) => sum + row.mentions - row.ignored, 0);
  return (
    <div
      data-testid="report"
      data-ready={painted === report && !loading ? 'true' : 'false'}
      aria-busy={loading}
    >
      <p class="reports-status muted" role="status">
        {loading
          ? t('reports_loading')
          : t('reports_range_shown', days.first, days.last, report.timeZone)}
      </p>
      <dl class="reports-totals">
        <Total
          label={t('reports_col_mentions')}
          value={report.totals.mentions.toLocaleString()}
          testId="total-mentions"
        />
        <Total
          label={t('reports_col_risky_share')}
          value={formatShare(risky)}
          testId="total-risky"
        />
        <Total
          label={t('reports_col_rate')}
          value={formatShare(needing > 0 ? responded / needing : null)}
          testId="total-rate"
        />
        <Total
          label={t('reports_total_replies')}
          value={report.totals.replies.toLocaleString()}
          testId="total-replies"
        />
        <Total
          label={t('reports_incidents')}
          value={report.totals.incidents.toLocaleString()}
          testId="total-incidents"
        />
      </dl>
      {figures.map(({ table, chart, note }) => (
        <figure key={table.id} data-testid={`figure-${table.id}`}>
          <figcaption>{table.title}</figcaption>
          {note && <p class="muted">{note}</p>}
          {chart && table.rows.length > 0 && (
            <Chart data={chart.data} options={chart.options} theme={theme} />
          )}
          <ReportTable
            table={table}
            filename={filename(table.id)}
            context={report}
            highlight={
              table.id === 'response'
                ? (row, key) => {
                    const entry = response[row];
                    if (!entry || entry.targetMinutes === null) return false;
                    const value =
                      key === 'median'
                        ? entry.medianMinutes
                        : key === 'p90'
                          ? entry.p90Minutes
                          : null;
                    return value !== null && value > entry.targetMinutes;
                  }
                : undefined
            }
          />
        </figure>
      ))}
    </div>
  );
}
