/**
 * Keeps the report cache warm. A report over months of 100,000 interactions
 * takes seconds to read from the store the first time and a fraction of a
 * second once its ended days are cached (bench/REPORTS.md): the background
 * reads them while the CM works, so opening Reports never waits for the store.
 */
import { browser } from 'wxt/browser';
import { buildReport } from '../reports/read';
import type { VigieDB } from '../store/db';
import { activeWorkspace } from './handlers/context';

export const REPORT_WARMUP_ALARM = 'vigie-report-warmup';

/** The longest preset range the reports page offers, plus a margin. */
const WARM_DAYS = 92;
const DAY = 86_400_000;

export async function warmReportCache(db: VigieDB, now = Date.now()): Promise<void> {
  await buildReport(
    db,
    {
      from: now - WARM_DAYS * DAY,
      to: now,
      workspaceId: await activeWorkspace(db),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    now,
    { awaitCache: true },
  );
}

/** A first pass a few minutes after start-up, then a few times a day (days end, caches fill). */
export function scheduleReportWarmup(db: () => Promise<VigieDB>): void {
  void browser.alarms.create(REPORT_WARMUP_ALARM, { delayInMinutes: 2, periodInMinutes: 240 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REPORT_WARMUP_ALARM) return;
    void db()
      .then((opened) => warmReportCache(opened))
      .catch(() => undefined);
  });
}
