import { useCallback } from 'preact/hooks';
import { type ReportQuery, ReportsPage } from '@/components/reports/ReportsPage';
import { send } from '@/lib/messages/client';
import type { Network } from '@/lib/sites/types';
import type { SectionContext } from './types';

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
      activeWorkspaceId={settings.activeWorkspaceId}
      targets={settings.slaMinutes}
      listWorkspaces={listWorkspaces}
      load={load}
      saveTargets={saveTargets}
    />
  );
}
