import { useCallback } from 'preact/hooks';
import { type ReportQuery, ReportsPage } from '@/components/reports/ReportsPage';
import { send } from '@/lib/messages/client';
import type { Network } from '@/lib/sites/types';
import type { SectionContext } from './types';

/** `#reports/2025-03-01/2025-03-31` opens on that range (a report can be bookmarked). */
function daysFromHash(): { first: string; last: string } | null {
  const [, first, last] = location.hash.slice(1).split('/');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return first && last && day.test(first) && day.test(last) ? { first, last } : null;
}

/** Reports, wired to the background; marks let the benchmark split the time. */
export function ReportsSection({ settings, setSettings }: SectionContext) {
  const load = useCallback(async (query: ReportQuery) => {
    performance.mark('vigie:report-request');
    const { report, timings } = await send('reports.compute', query);
    performance.mark('vigie:report-response', { detail: timings });
    return report;
  }, []);
  const listWorkspaces = useCallback(() => send('workspaces.list', null), []);
  const saveTargets = useCallback(
    async (slaMinutes: Partial<Record<Network, number>>) => {
      try {
        setSettings(await send('settings.update', { slaMinutes }));
        return null;
      } catch (failure) {
        return failure instanceof Error ? failure.message : String(failure);
      }
    },
    [setSettings],
  );
  return (
    <ReportsPage
      initialDays={daysFromHash()}
      activeWorkspaceId={settings.activeWorkspaceId}
      targets={settings.slaMinutes}
      listWorkspaces={listWorkspaces}
      load={load}
      saveTargets={saveTargets}
    />
  );
}
