import { describe, expect, it } from 'vitest';
import {
  activeSpikes,
  DEFAULT_SPIKE_SETTINGS,
  detectSpikes,
  HOUR_MS,
  type HourlyCount,
  hourlyCounts,
  hourStartOf,
  type Spike,
  spikeMessage,
} from '@/lib/incidents';
import type { Mention } from '@/lib/store/schema';
import { mention, translator } from './fixtures';

const settings = DEFAULT_SPIKE_SETTINGS; // 3 × the mean, at least 5
/** A UTC hour boundary, far from any edge case. */
const H0 = Date.UTC(2025, 5, 2, 0, 0, 0);
const hour = (n: number) => H0 + n * HOUR_MS;

/** Counts for watchlist `wl` from a list of per-hour values starting at hour `from`. */
function timeline(values: readonly number[], from = 0, watchlistId = 'wl'): HourlyCount[] {
  return values.map((risky, index) => ({ watchlistId, hourStart: hour(from + index), risky }));
}

/** Runs the detector every 10 minutes from `start` to `end`, storing alerts as the caller does. */
function runDetector(counts: HourlyCount[], start: number, end: number): Spike[] {
  const acknowledged: Record<string, number> = {};
  const alerts: Spike[] = [];
  for (let now = start; now < end; now += 10 * 60_000) {
    const visible = counts.filter((count) => count.hourStart <= now);
    for (const spike of detectSpikes(visible, now, settings, acknowledged)) {
      alerts.push(spike);
      acknowledged[spike.watchlistId] = spike.hourStart;
    }
  }
  return alerts;
}

describe('detectSpikes', () => {
  it('does not alert on steady traffic, however busy', () => {
    const steady = timeline(Array.from({ length: 72 }, (_, i) => 20 + (i % 3)));
    expect(runDetector(steady, hour(24), hour(72))).toEqual([]);
  });

  it('alerts on a spike: the hour exceeds 3 × the trailing mean and the minimum', () => {
    const counts = timeline([...Array(24).fill(2), 12]);
    const [spike, ...rest] = detectSpikes(counts, hour(24) + 30 * 60_000, settings, {});
    expect(rest).toEqual([]);
    expect(spike).toEqual({
      watchlistId: 'wl',
      hourStart: hour(24),
      latestHourStart: hour(24),
      count: 12,
      mean: 2,
      ratio: 6,
      partial: true,
    });
  });

  it('needs strictly more than the multiple', () => {
    expect(detectSpikes(timeline([...Array(24).fill(2), 6]), hour(24), settings, {})).toEqual([]);
    expect(detectSpikes(timeline([...Array(24).fill(2), 7]), hour(24), settings, {})).toHaveLength(
      1,
    );
  });

  it('catches a spike of the last complete hour when the current one is still quiet', () => {
    const counts = timeline([...Array(24).fill(1), 9, 0]);
    const [spike] = detectSpikes(counts, hour(25) + 5 * 60_000, settings, {});
    expect(spike).toMatchObject({ hourStart: hour(24), latestHourStart: hour(24), partial: false });
  });

  it('alerts once for a spike that lasts several hours', () => {
    // Quiet day, then 3 hot hours (each still over 3 × its own trailing mean), then calm.
    const counts = timeline([...Array(24).fill(1), 10, 14, 20, 1, 1, 1]);
    const alerts = runDetector(counts, hour(24), hour(30));
    expect(alerts.map((spike) => spike.hourStart)).toEqual([hour(24)]);
    // The badge stays red while it lasts, the alert is not repeated.
    expect(activeSpikes(counts, hour(26) + 1, settings)[0]).toMatchObject({
      hourStart: hour(24),
      latestHourStart: hour(26),
    });
  });

  it('alerts again for a later, separate spike', () => {
    const counts = timeline([...Array(24).fill(1), 10, 1, 1, 1, 12, 1]);
    const alerts = runDetector(counts, hour(24), hour(30));
    expect(alerts.map((spike) => spike.hourStart)).toEqual([hour(24), hour(28)]);
  });

  it('does not alert below the minimum, even from nothing', () => {
    expect(runDetector(timeline([...Array(24).fill(0), 4]), hour(24), hour(26))).toEqual([]);
    const quietThenFive = detectSpikes(timeline([...Array(24).fill(0), 5]), hour(24), settings, {});
    expect(quietThenFive).toMatchObject([{ count: 5, mean: 0, ratio: null }]);
  });

  it("does not alert on a quiet watchlist's first risky mention (mean 0)", () => {
    const first = [{ watchlistId: 'new', hourStart: hour(0), risky: 1 }];
    expect(detectSpikes(first, hour(0) + 1, settings, {})).toEqual([]);
    expect(detectSpikes(first, hour(0) + 1, { multiple: 3, minimum: 1 }, {})).toMatchObject([
      { watchlistId: 'new', mean: 0, ratio: null },
    ]);
  });

  it('keeps watchlists apart', () => {
    const counts = [
      ...timeline([...Array(24).fill(1), 10], 0, 'brand'),
      ...timeline([...Array(24).fill(5), 10], 0, 'competitor'),
    ];
    expect(detectSpikes(counts, hour(24), settings, {}).map((s) => s.watchlistId)).toEqual([
      'brand',
    ]);
    expect(detectSpikes(counts, hour(24), settings, { brand: hour(24) })).toEqual([]);
  });

  it('counts missing hours as zero and ignores the future', () => {
    const counts = [
      { watchlistId: 'wl', hourStart: hour(10), risky: 24 }, // mean 1 over the 24 hours before hour 24
      { watchlistId: 'wl', hourStart: hour(24), risky: 4 },
      { watchlistId: 'wl', hourStart: hour(25), risky: 500 },
    ];
    expect(detectSpikes(counts, hour(24) + 1, { multiple: 3, minimum: 1 }, {})).toMatchObject([
      { mean: 1, count: 4 },
    ]);
  });

  it('rejects settings that would alert on everything or nothing', () => {
    expect(() => detectSpikes([], 0, { multiple: 0, minimum: 5 }, {})).toThrow(RangeError);
    expect(() => detectSpikes([], 0, { multiple: 3, minimum: 0 }, {})).toThrow(RangeError);
  });

  it('does not depend on daylight saving: UTC hours across both 2025 changes', () => {
    // Paris went from UTC+1 to UTC+2 on 30 March 2025 at 01:00 UTC, and back on 26 October.
    for (const night of [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]) {
      const start = night - 30 * HOUR_MS;
      const mentions = Array.from({ length: 60 * 4 }, (_, i) =>
        mention({
          id: `m${i}`,
          firstSeenAt: start + i * 15 * 60_000,
          risk: { level: 'high', score: 1, categories: [] },
        }),
      );
      const now = night + 12 * HOUR_MS;
      const counts = hourlyCounts(mentions, now);
      for (const count of counts) {
        expect(count.hourStart % HOUR_MS).toBe(0);
        if (count.hourStart < hourStartOf(now)) expect(count.risky).toBe(4);
      }
      expect(detectSpikes(counts, now, { multiple: 1.5, minimum: 1 }, {})).toEqual([]);
    }
  });
});

describe('hourlyCounts', () => {
  const now = Date.UTC(2025, 5, 3, 12, 30);
  const risky: Mention['risk'] = { level: 'medium', score: 1, categories: [] };

  it('counts medium and high risk per watchlist and UTC hour of first sight', () => {
    const counts = hourlyCounts(
      [
        mention({ id: 'a', firstSeenAt: now - 5 * 60_000, risk: risky }),
        mention({ id: 'b', firstSeenAt: now - 10 * 60_000, risk: { ...risky, level: 'high' } }),
        mention({ id: 'c', firstSeenAt: now - 10 * 60_000, risk: { ...risky, level: 'low' } }),
        mention({
          id: 'd',
          firstSeenAt: now - 60 * 60_000,
          risk: risky,
          watchlistIds: ['wl-brand', 'wl-topic', 'wl-topic'],
        }),
      ],
      now,
    );
    expect(counts).toEqual([
      { watchlistId: 'wl-brand', hourStart: Date.UTC(2025, 5, 3, 11), risky: 1 },
      { watchlistId: 'wl-brand', hourStart: Date.UTC(2025, 5, 3, 12), risky: 2 },
      { watchlistId: 'wl-topic', hourStart: Date.UTC(2025, 5, 3, 11), risky: 1 },
    ]);
  });

  it('keeps the window asked for (49 hours by default) and nothing from the future', () => {
    const at = (hoursAgo: number) => now - hoursAgo * HOUR_MS;
    const counts = hourlyCounts(
      [48, 49, -1].map((hoursAgo, i) =>
        mention({ id: `m${i}`, firstSeenAt: at(hoursAgo), risk: risky }),
      ),
      now,
    );
    expect(counts.map((count) => count.hourStart)).toEqual([hourStartOf(at(48))]);
    expect(hourlyCounts([mention({ id: 'x', firstSeenAt: at(3), risk: risky })], now, 2)).toEqual(
      [],
    );
  });
});

describe('spikeMessage', () => {
  const spike: Spike = {
    watchlistId: 'wl',
    hourStart: hour(0),
    latestHourStart: hour(0),
    count: 12,
    mean: 1.25,
    ratio: 9.6,
    partial: true,
  };

  it('names the watchlist, the count and the usual rate', () => {
    expect(spikeMessage(spike, 'Acme', translator('en'), 'en')).toEqual({
      title: 'Risky mentions surging: Acme',
      body: '12 risky mentions in the hour, against 1.3 per hour on average over the previous 24 hours.',
    });
    expect(
      spikeMessage({ ...spike, mean: 0, ratio: null }, 'Acme', translator('fr'), 'fr').body,
    ).toBe(
      '12 mentions à risque en une heure, alors qu’il n’y en avait aucune sur les 24 heures précédentes.',
    );
  });
});
