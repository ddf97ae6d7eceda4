import './reports.css';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { customRange, presetRange, rangeDays } from '@/lib/reports/ranges';
import type { Report } from '@/lib/reports/types';
import type { Network } from '@/lib/sites/types';
import type { Workspace } from '@/lib/store/schema';
import { type RangeChoice, RangePicker } from './RangePicker';
import { ReportView } from './ReportView';
import { TargetsForm } from './TargetsForm';

export interface ReportQuery {
  from: number;
  to: number;
  workspaceId: string;
  timeZone: string;
}

/** The CM's zone: days start at their midnight. */
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function queryOf(choice: RangeChoice, timeZone: string): ReportQuery | null {
  const range =
    choice.preset === 'custom'
      ? customRange(choice.first, choice.last, timeZone)
      : presetRange(choice.preset, Date.now(), timeZone);
  return range && { ...range, workspaceId: choice.workspaceId, timeZone };
}

/** Redraws charts when the colour scheme flips (their colours come from the theme). */
function useColorScheme(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const bump = () => setVersion((v) => v + 1);
    media.addEventListener('change', bump);
    return () => media.removeEventListener('change', bump);
  }, []);
  return version;
}

/** Management reports: pick a range and a workspace, read the charts, export the tables. */
export function ReportsPage({
  initialDays,
  activeWorkspaceId,
  targets,
  listWorkspaces,
  load,
  saveTargets,
}: {
  /** A custom range to open on (first and last day, `YYYY-MM-DD`), e.g. from the address. */
  initialDays?: { first: string; last: string } | null;
  activeWorkspaceId: string;
  targets: Partial<Record<Network, number>>;
  listWorkspaces: () => Promise<Workspace[]>;
  load: (query: ReportQuery) => Promise<Report>;
  saveTargets: (targets: Partial<Record<Network, number>>) => Promise<string | null>;
}) {
  const theme = useColorScheme();
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const [choice, setChoice] = useState<RangeChoice>(() => {
    if (initialDays) return { preset: 'custom', ...initialDays, workspaceId: activeWorkspaceId };
    const days = rangeDays(presetRange('last30', Date.now(), zone()), zone());
    return { preset: 'last30', ...days, workspaceId: activeWorkspaceId };
  });
  const [report, setReport] = useState<Report | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    listWorkspaces().then(setWorkspaces, () => undefined);
  }, [listWorkspaces]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` and `targets` ask for a new report.
  useEffect(() => {
    const query = queryOf(choice, zone());
    if (!query) {
      setError(t('reports_range_invalid'));
      return;
    }
    let current = true;
    setLoading(true);
    setError(null);
    load(query).then(
      (next) => {
        if (!current) return;
        setReport(next);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure instanceof Error ? failure.message : String(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [choice, load, refresh, targets]);

  const onChange = (next: RangeChoice) => {
    // Leaving a preset for "custom" starts from the range on screen.
    if (next.preset === 'custom' && choice.preset !== 'custom' && report) {
      setChoice({ ...next, ...rangeDays(report, report.timeZone) });
    } else setChoice(next);
  };

  return (
    <section class="reports" aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports_title')}</h1>
      <RangePicker choice={choice} workspaces={workspaces} onChange={onChange} />
      <p>
        <button
          type="button"
          data-testid="reports-refresh"
          onClick={() => setRefresh((n) => n + 1)}
        >
          {t('reports_refresh')}
        </button>
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <TargetsForm targets={targets} onSave={saveTargets} />
      <ReportView report={report} loading={loading} theme={theme} />
    </section>
  );
}
