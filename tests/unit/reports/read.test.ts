import { beforeEach, describe, expect, it } from 'vitest';
import { clearReportCache, watchRecordChanges } from '@/lib/reports/cache';
import { buildReport } from '@/lib/reports/read';
import { SETTINGS_KEY } from '@/lib/store/db';
import { updateInteraction } from '@/lib/store/repos/interactions';
import { recordMentions, setMentionStatus } from '@/lib/store/repos/mentions';
import { defaultSettings, type Interaction, type Mention } from '@/lib/store/schema';
import { freshDb } from '../store/helpers';

const DAY = 86_400_000;
const FROM = Date.UTC(2025, 4, 1);

function mention(id: string, workspaceId: string, firstSeenAt: number): Mention {
  return {
    id,
    workspaceId,
    dedupeKey: id,
    url: `https://x.com/a/status/${id}`,
    network: 'x',
    kind: 'post',
    author: {},
    text: 'hello',
    engagement: {},
    watchlistIds: ['w1'],
    terms: [],
    risk: { level: 'none', score: 0, categories: [] },
    status: 'new',
    firstSeenAt,
    lastSeenAt: firstSeenAt,
  };
}

function interaction(
  id: string,
  workspaceId: string,
  mentionId: string,
  createdAt: number,
): Interaction {
  return {
    id,
    workspaceId,
    mentionId,
    templateId: 't1',
    templateVersion: 1,
    network: 'x',
    url: 'https://x.com',
    text: 'thanks',
    status: 'sent',
    createdAt,
    sentAt: createdAt,
  };
}

beforeEach(async () => {
  watchRecordChanges();
  await clearReportCache();
});

describe('buildReport', () => {
  it('reads the workspace’s range through the indexes, with titles and targets', async () => {
    const db = await freshDb();
    await db.put('settings', { ...defaultSettings(), slaMinutes: { x: 15 } }, SETTINGS_KEY);
    await db.put('watchlists', {
      workspaceId: 'a',
      id: 'w1',
      name: 'Acme',
      kind: 'brand',
      query: 'acme',
      enabled: true,
      createdAt: 0,
      updatedAt: 0,
    });
    await db.put('templateVersions', {
      workspaceId: 'a',
      templateId: 't1',
      version: 1,
      title: 'Thanks (first wording)',
      body: 'Thanks!',
      variants: undefined,
      savedAt: 0,
    });
    await db.put('mentions', mention('in', 'a', FROM + 3_600_000));
    await db.put('mentions', mention('before', 'a', FROM - 1));
    await db.put('mentions', mention('after', 'a', FROM + 2 * DAY));
    await db.put('mentions', mention('other', 'b', FROM + 3_600_000));
    // Answered 10 minutes after it was seen; a reply in workspace b is not counted.
    await db.put('interactions', interaction('i1', 'a', 'in', FROM + 3_600_000 + 10 * 60_000));
    await db.put('interactions', interaction('i2', 'b', 'other', FROM + 3_600_000 + 60_000));

    const { report, timings } = await buildReport(
      db,
      { from: FROM, to: FROM + 2 * DAY, workspaceId: 'a', timeZone: 'UTC' },
      FROM + 3 * DAY,
    );
    expect(timings.mentions).toBe(1);
    expect(timings.interactions).toBe(1);
    expect(report.days).toEqual(['2025-05-01', '2025-05-02']);
    expect(report.totals.mentions).toBe(1);
    expect(report.mentionsByWatchlist.rows[0]).toMatchObject({
      key: 'w1',
      label: 'Acme',
      total: 1,
    });
    expect(report.response[0]).toMatchObject({
      network: 'x',
      rate: 1,
      medianMinutes: 10,
      targetMinutes: 15,
      withinTarget: 1,
    });
    expect(report.templates[0]).toMatchObject({ title: 'Thanks (first wording)', sent: 1 });
    db.close();
  });

  it('gives an empty report for an empty store', async () => {
    const db = await freshDb();
    const { report } = await buildReport(db, {
      from: FROM,
      to: FROM + 7 * DAY,
      workspaceId: 'default',
      timeZone: 'Europe/Paris',
    });
    expect(report.days).toHaveLength(8);
    expect(report.totals.mentions).toBe(0);
    expect(report.response).toEqual([]);
    db.close();
  });

  it('serves past days from the cache, and drops a day when one of its records changes', async () => {
    const db = await freshDb();
    for (let i = 0; i < 6; i++)
      await db.put('mentions', mention(`m${i}`, 'a', FROM + i * 3_600_000));
    await db.put('interactions', interaction('i1', 'a', 'm0', FROM + 3_700_000));
    const query = { from: FROM, to: FROM + 2 * DAY, workspaceId: 'a', timeZone: 'UTC' };
    const now = FROM + 10 * DAY;
    const cold = await buildReport(db, query, now, { awaitCache: true });
    expect(cold.timings.cachedDays).toBe(0);
    const warm = await buildReport(db, query, now);
    // Two mention days, and interaction days up to now (today is never cached).
    expect(warm.timings.cachedDays).toBe(2 + 10);
    expect(warm.report).toEqual(cold.report);

    // A status change (through the repository) drops the day: the report follows.
    await setMentionStatus(db, 'm1', 'ignored');
    const afterStatus = await buildReport(db, query, now, { awaitCache: true });
    expect(afterStatus.report.response[0]?.ignored).toBe(1);
    // An interaction seen sent later changes its day too.
    await db.put('interactions', {
      ...interaction('i2', 'a', 'm2', FROM + 4 * 3_600_000),
      status: 'inserted',
      sentAt: undefined,
    });
    const before = await buildReport(db, query, now, { awaitCache: true });
    expect(before.report.response[0]?.responded).toBe(1);
    await updateInteraction(db, 'i2', (current) => ({
      ...current,
      status: 'sent',
      sentAt: current.createdAt,
    }));
    const after = await buildReport(db, query, now);
    expect(after.report.response[0]?.responded).toBe(2);

    // Seen again with a new risk level: the mention's day is dropped too.
    const {
      id: _,
      status: __,
      firstSeenAt: ___,
      lastSeenAt: ____,
      ...seen
    } = mention('m3', 'a', 0);
    await recordMentions(db, [{ ...seen, risk: { level: 'high', score: 9, categories: [] } }], now);
    const resighted = await buildReport(db, query, now);
    expect(resighted.report.totals.risky).toBe(1);
    db.close();
  });
});
