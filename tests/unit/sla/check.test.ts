import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSla, findLateMentions, resetSlaCache } from '@/lib/background/sla';
import { updateSettings } from '@/lib/store/repos/settings';
import { defaultSettings } from '@/lib/store/schema';
import { freshDb } from '../store/helpers';
import { MIN, makeInteraction, makeMention, T0 } from '../tables/fixtures';

const NOW = T0 + 3 * 60 * MIN;

describe('the SLA check', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    resetSlaCache();
    // Messages by their key: what is asserted here is when notifications go out.
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  it('counts unanswered mentions past their target, not answered or other workspaces', async () => {
    const db = await freshDb();
    await db.put('mentions', makeMention('late-x', { firstSeenAt: NOW - 90 * MIN }));
    await db.put('mentions', makeMention('fresh-x', { firstSeenAt: NOW - 30 * MIN }));
    // Seen recently but posted long ago: the post's own time counts.
    await db.put(
      'mentions',
      makeMention('posted-x', { firstSeenAt: NOW - 5 * MIN, postedAt: NOW - 2 * 60 * MIN }),
    );
    await db.put(
      'mentions',
      makeMention('replied-x', { firstSeenAt: NOW - 90 * MIN, status: 'replied' }),
    );
    await db.put(
      'mentions',
      makeMention('answered-x', { firstSeenAt: NOW - 90 * MIN, status: 'seen' }),
    );
    await db.put('interactions', makeInteraction('i1', { mentionId: 'answered-x' }));
    await db.put(
      'mentions',
      makeMention('fb', { network: 'facebook', firstSeenAt: NOW - 90 * MIN }),
    );
    await db.put(
      'mentions',
      makeMention('other-ws', { workspaceId: 'other', firstSeenAt: NOW - 90 * MIN }),
    );
    const late = await findLateMentions(db, defaultSettings(), NOW);
    expect(late.map((m) => m.id)).toEqual(['posted-x', 'late-x']);
    // A reply logged after the last check answers its mention at the next.
    await db.put('interactions', makeInteraction('i2', { mentionId: 'late-x', createdAt: NOW }));
    const later = await findLateMentions(db, defaultSettings(), NOW + MIN);
    expect(later.map((m) => m.id)).toEqual(['posted-x']);
  });

  it('notifies once per mention that goes late, only when asked, never for the backlog', async () => {
    const db = await freshDb();
    const create = vi
      .spyOn(browser.notifications, 'create')
      .mockImplementation((() => Promise.resolve('id')) as never);
    await db.put('mentions', makeMention('backlog', { firstSeenAt: NOW - 90 * MIN }));
    // Notifications off: the backlog is remembered, nothing shown.
    expect(await checkSla(db, NOW)).toEqual({ late: 1, fresh: ['backlog'] });
    expect(create).not.toHaveBeenCalled();

    await updateSettings(db, { slaNotify: true });
    await db.put('mentions', makeMention('soon', { firstSeenAt: NOW - 50 * MIN }));
    expect(await checkSla(db, NOW)).toEqual({ late: 1, fresh: [] });
    // Ten minutes later "soon" goes late: one notification, for it alone.
    expect(await checkSla(db, NOW + 11 * MIN)).toEqual({ late: 2, fresh: ['soon'] });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]).toEqual([
      'vigie-sla-soon',
      expect.objectContaining({ type: 'basic', message: 'Mention soon' }),
    ]);
    // Still late a minute later: no second notification.
    await checkSla(db, NOW + 12 * MIN);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('sums up many mentions going late at once in one notification', async () => {
    const db = await freshDb();
    await updateSettings(db, { slaNotify: true });
    const create = vi
      .spyOn(browser.notifications, 'create')
      .mockImplementation((() => Promise.resolve('id')) as never);
    await checkSla(db, NOW);
    for (let i = 0; i < 5; i++) {
      await db.put('mentions', makeMention(`m${i}`, { firstSeenAt: NOW - 61 * MIN }));
    }
    expect((await checkSla(db, NOW)).fresh).toHaveLength(5);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toMatch(/^vigie-sla-batch-/);
  });
});
