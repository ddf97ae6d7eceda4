import { beforeEach, describe, expect, it } from 'vitest';
import { warmReportCache } from '@/lib/background/report-warmup';
import { clearReportCache, watchRecordChanges } from '@/lib/reports/cache';
import { buildReport } from '@/lib/reports/read';
import { DEFAULT_WORKSPACE_ID } from '@/lib/store/schema';
import { freshDb } from '../store/helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 15, 12);

beforeEach(async () => {
  watchRecordChanges();
  await clearReportCache();
});

describe('report cache warm-up', () => {
  it('leaves only today to read when the CM opens a 30-day report', async () => {
    const db = await freshDb();
    for (let day = 1; day <= 40; day++) {
      await db.put('mentions', {
        id: `m${day}`,
        workspaceId: DEFAULT_WORKSPACE_ID,
        dedupeKey: `m${day}`,
        url: 'https://x.com/home',
        network: 'x',
        kind: 'post',
        author: {},
        text: 'acme',
        engagement: {},
        watchlistIds: [],
        terms: [],
        risk: { level: 'none', score: 0, categories: [] },
        status: 'new',
        firstSeenAt: NOW - day * DAY,
        lastSeenAt: NOW - day * DAY,
      });
    }
    const query = {
      from: NOW - 30 * DAY,
      to: NOW,
      workspaceId: DEFAULT_WORKSPACE_ID,
      timeZone: 'UTC',
    };
    const cold = await buildReport(db, query, NOW);
    expect(cold.timings.cachedDays).toBe(0);
    await clearReportCache();

    await warmReportCache(db, NOW);
    const warm = await buildReport(db, query, NOW);
    // Every ended day of both stores comes from the cache; today is always read.
    expect(warm.timings.freshDays).toBeLessThanOrEqual(2);
    expect(warm.timings.cachedDays).toBeGreaterThanOrEqual(2 * 30);
    expect(warm.report).toEqual(cold.report);
    db.close();
  });
});
