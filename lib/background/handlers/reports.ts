/** Management reports: aggregated in the background, only the small tables cross to the page. */
import { watchRecordChanges } from '../../reports/cache';
import { buildReport } from '../../reports/read';
import { activeWorkspace, type BackgroundDeps, type HandlerGroup } from './context';

export function reportHandlers(deps: BackgroundDeps): HandlerGroup<'reports.compute'> {
  // From start-up on: an update to a stored record drops its day from the report cache.
  watchRecordChanges();
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
