/**
 * "See it coming": after new risky mentions and every few minutes, each
 * watchlist's risky mentions per hour are compared with the day's usual rate
 * (lib/incidents/spike.ts). A new spike raises a notification and turns the
 * toolbar badge red until the CM acknowledges it; the same spike never alerts twice.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { detectSpikes, HOUR_MS, hourlyCounts, type Spike } from '../incidents/spike';
import type { VigieDB } from '../store/db';
import { getSettings } from '../store/repos/settings';

const ALERTED_KEY = 'spikes-alerted';
const UNACKNOWLEDGED_KEY = 'spikes-unacknowledged';
export const SPIKE_ALARM = 'vigie-spikes';

/** Spikes alerted and not yet acknowledged: they keep the badge red. */
export async function unacknowledgedSpikes(): Promise<Spike[]> {
  const stored = await browser.storage.local.get(UNACKNOWLEDGED_KEY);
  return (stored[UNACKNOWLEDGED_KEY] as Spike[] | undefined) ?? [];
}

export async function acknowledgeSpikes(): Promise<void> {
  await browser.storage.local.set({ [UNACKNOWLEDGED_KEY]: [] });
}

export async function checkSpikes(db: VigieDB, now = Date.now()): Promise<Spike[]> {
  const settings = await getSettings(db);
  // Two days of mentions: the current hour, the last complete one, and 24 hours before each.
  const since = now - 49 * HOUR_MS;
  const mentions = (
    await db.getAllFromIndex('mentions', 'byFirstSeen', IDBKeyRange.lowerBound(since))
  ).filter((mention) => mention.workspaceId === settings.activeWorkspaceId);
  const stored = await browser.storage.local.get(ALERTED_KEY);
  const alerted = (stored[ALERTED_KEY] as Record<string, number> | undefined) ?? {};
  const spikes = detectSpikes(
    hourlyCounts(mentions, now),
    now,
    { multiple: settings.spikeMultiple, minimum: settings.spikeMinimum },
    alerted,
  );
  if (spikes.length === 0) return [];

  for (const spike of spikes) alerted[spike.watchlistId] = spike.hourStart;
  await browser.storage.local.set({
    [ALERTED_KEY]: alerted,
    [UNACKNOWLEDGED_KEY]: [...(await unacknowledgedSpikes()), ...spikes],
  });
  const names = new Map(
    (await db.getAllFromIndex('watchlists', 'byWorkspace', settings.activeWorkspaceId)).map((w) => [
      w.id,
      w.name,
    ]),
  );
  for (const spike of spikes) {
    await browser.notifications
      .create(`vigie-spike-${spike.watchlistId}-${spike.hourStart}`, {
        type: 'basic',
        // WXT types getURL's path as the public files it knows at build time.
        iconUrl: browser.runtime.getURL('/icon/128.png' as never),
        title: t('spike_title', names.get(spike.watchlistId) ?? spike.watchlistId),
        message: t('spike_message', String(spike.count), spike.mean.toFixed(1)),
        priority: 2,
      })
      .catch(() => undefined);
  }
  return spikes;
}
