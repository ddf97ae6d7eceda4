/** Management reports: aggregated in the background, only the small tables cross to the page. */
import { buildReport } from '../../reports/read';
import { activeWorkspace, type BackgroundDeps, type HandlerGroup } from './context';

export function reportHandlers(deps: BackgroundDeps): HandlerGroup<'reports.compute'> {
  return {
    'reports.compute': async ({ from, to, workspaceId, timeZone }) => {
      const db = await deps.db();
      return buildReport(db, {
        from,
        to,
        workspaceId: workspaceId ?? (await activeWorkspace(db)),
        timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
    },
  };
}
