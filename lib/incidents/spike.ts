/**
 * "See it coming": per watchlist, risky mentions per hour, and an alert when
 * an hour runs far above the day's usual rate.
 *
 * The rule, for one watchlist and one hour h (UTC hour buckets, so daylight
 * saving never makes an hour of 0 or 120 minutes):
 *
 *   hot(h) ⇔ count(h) ≥ minimum  AND  count(h) > multiple × mean(h−24 … h−1)
 *
 * where the mean is over the 24 hours before h, hours without a count being 0.
 * A quiet watchlist has a mean of 0: any count beats 0 × multiple, so the
 * minimum alone decides and its first mention does not alert.
 *
 * Hours looked at, at time `now`: the current hour as it stands (a partial
 * count only grows, so crossing the bar early is a real signal and a crisis
 * does not wait up to 59 minutes) and the last complete hour (a spike late in
 * the hour, or while the browser slept, is still caught). A spike is a run of
 * consecutive hot hours; it is identified by the start of its first hour.
 * While the run lasts it is the same spike: no new alert once acknowledged.
 * When an hour falls back under the bar the run ends, and a later hot hour is
 * a new spike.
 */
import type { Mention } from '../store/schema';

export const HOUR_MS = 3_600_000;
const TRAILING_HOURS = 24;

export interface HourlyCount {
  watchlistId: string;
  /** Start of the UTC hour, ms since the epoch. */
  hourStart: number;
  risky: number;
}

export interface SpikeSettings {
  /** The hour must exceed this many times the trailing hourly mean, e.g. 3. */
  multiple: number;
  /** …and hold at least this many risky mentions, e.g. 5. */
  minimum: number;
}

export const DEFAULT_SPIKE_SETTINGS: SpikeSettings = { multiple: 3, minimum: 5 };

export interface Spike {
  watchlistId: string;
  /** Start of the spike's first hot hour: its identity, what the caller stores once alerted. */
  hourStart: number;
  /** Start of the latest hot hour (the current one, or the last complete one). */
  latestHourStart: number;
  /** Risky mentions in the latest hot hour (so far, when it is the current hour). */
  count: number;
  /** The trailing 24-hour hourly mean before the latest hot hour. */
  mean: number;
  /** count ÷ mean; null when the mean is 0 (nothing to divide by). */
  ratio: number | null;
  /** The latest hot hour is the current, unfinished one. */
  partial: boolean;
}

/** Start of the UTC hour holding `time`. */
export function hourStartOf(time: number): number {
  return Math.floor(time / HOUR_MS) * HOUR_MS;
}

/** Medium and high risk count; none and low do not make a crisis. */
export function isRisky(mention: Pick<Mention, 'risk'>): boolean {
  return mention.risk.level === 'medium' || mention.risk.level === 'high';
}

/**
 * Risky mentions per watchlist and UTC hour of first sight, over the `hours`
 * hours up to and including the current one (default 49: the current hour,
 * a day of baseline for it and a day for a spike that lasts). Hours with no
 * risky mention are left out. A mention matched by two watchlists counts in
 * both. Pass one workspace's mentions: watchlist ids are per workspace.
 */
export function hourlyCounts(
  mentions: readonly Mention[],
  now: number,
  hours = 2 * TRAILING_HOURS + 1,
): HourlyCount[] {
  const current = hourStartOf(now);
  const earliest = current - (hours - 1) * HOUR_MS;
  const counts = new Map<string, Map<number, number>>();
  for (const mention of mentions) {
    if (!isRisky(mention)) continue;
    const hour = hourStartOf(mention.firstSeenAt);
    if (hour < earliest || hour > current) continue;
    for (const watchlistId of new Set(mention.watchlistIds)) {
      const perHour = counts.get(watchlistId) ?? new Map<number, number>();
      perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
      counts.set(watchlistId, perHour);
    }
  }
  const rows: HourlyCount[] = [];
  for (const [watchlistId, perHour] of counts) {
    for (const [hourStart, risky] of perHour) rows.push({ watchlistId, hourStart, risky });
  }
  return rows.sort(
    (a, b) => a.watchlistId.localeCompare(b.watchlistId) || a.hourStart - b.hourStart,
  );
}

/**
 * Every watchlist's spike in progress at `now`, acknowledged or not: what
 * keeps the badge red. Counts of future hours are ignored.
 */
export function activeSpikes(
  counts: readonly HourlyCount[],
  now: number,
  settings: SpikeSettings,
): Spike[] {
  checkSettings(settings);
  const current = hourStartOf(now);
  const byWatchlist = new Map<string, Map<number, number>>();
  for (const { watchlistId, hourStart, risky } of counts) {
    const hour = hourStartOf(hourStart);
    if (hour > current) continue;
    const perHour = byWatchlist.get(watchlistId) ?? new Map<number, number>();
    perHour.set(hour, (perHour.get(hour) ?? 0) + risky);
    byWatchlist.set(watchlistId, perHour);
  }
  const spikes: Spike[] = [];
  for (const [watchlistId, perHour] of byWatchlist) {
    const spike = spikeAt(watchlistId, perHour, current, settings);
    if (spike) spikes.push(spike);
  }
  return spikes.sort((a, b) => a.watchlistId.localeCompare(b.watchlistId));
}

/**
 * The spikes to alert now: active ones whose watchlist has not been alerted
 * for this spike yet. `acknowledged[watchlistId]` is the `hourStart` of the
 * last spike alerted; a spike that started at or before it is that one.
 */
export function detectSpikes(
  counts: readonly HourlyCount[],
  now: number,
  settings: SpikeSettings,
  acknowledged: Readonly<Record<string, number>> = {},
): Spike[] {
  return activeSpikes(counts, now, settings).filter((spike) => {
    const alerted = acknowledged[spike.watchlistId];
    return alerted === undefined || alerted < spike.hourStart;
  });
}

function checkSettings({ multiple, minimum }: SpikeSettings): void {
  if (!(Number.isFinite(multiple) && multiple > 0)) {
    throw new RangeError(`Spike multiple must be a positive number, not ${multiple}`);
  }
  if (!(Number.isFinite(minimum) && minimum >= 1)) {
    throw new RangeError(`Spike minimum must be at least 1, not ${minimum}`);
  }
}

interface HourState {
  hot: boolean;
  count: number;
  mean: number;
}

function hourState(perHour: ReadonlyMap<number, number>, hour: number, settings: SpikeSettings) {
  const count = perHour.get(hour) ?? 0;
  let sum = 0;
  for (let back = 1; back <= TRAILING_HOURS; back++) sum += perHour.get(hour - back * HOUR_MS) ?? 0;
  const mean = sum / TRAILING_HOURS;
  const hot = count >= settings.minimum && count > settings.multiple * mean;
  return { hot, count, mean } satisfies HourState;
}

function spikeAt(
  watchlistId: string,
  perHour: ReadonlyMap<number, number>,
  current: number,
  settings: SpikeSettings,
): Spike | null {
  const now = hourState(perHour, current, settings);
  const previous = current - HOUR_MS;
  const latest = now.hot ? current : previous;
  const state = now.hot ? now : hourState(perHour, previous, settings);
  if (!state.hot) return null;
  // Walk back over the run of hot hours to its first one. The run stops at
  // the first hour under the minimum at the latest, so at the oldest count.
  const oldest = Math.min(...perHour.keys());
  let start = latest;
  while (start - HOUR_MS >= oldest && hourState(perHour, start - HOUR_MS, settings).hot) {
    start -= HOUR_MS;
  }
  return {
    watchlistId,
    hourStart: start,
    latestHourStart: latest,
    count: state.count,
    mean: state.mean,
    ratio: state.mean === 0 ? null : state.count / state.mean,
    partial: latest === current,
  };
}

/** The notification's words for a spike: the watchlist's name, the count and the usual rate. */
export function spikeMessage(
  spike: Spike,
  watchlistName: string,
  t: (key: string, ...substitutions: string[]) => string,
  locale?: string,
): { title: string; body: string } {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    title: t('incident_spike_title', watchlistName),
    body:
      spike.mean === 0
        ? t('incident_spike_body_quiet', number.format(spike.count))
        : t('incident_spike_body', number.format(spike.count), number.format(spike.mean)),
  };
}
