/** The date ranges a CM picks, as [from, to) instants of local midnights. */
import { dayKey, localMidnight } from './days';

export type RangePreset = 'last7' | 'last30' | 'month' | 'custom';
export const RANGE_PRESETS: readonly RangePreset[] = ['last7', 'last30', 'month', 'custom'];

export interface DateRange {
  from: number;
  to: number;
}

function parts(key: string): [number, number, number] {
  const [y, m, d] = key.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** Local midnight starting the day `key` (`YYYY-MM-DD`) plus `days` days. */
export function midnightOf(key: string, timeZone: string, days = 0): number {
  const [y, m, d] = parts(key);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return localMidnight(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), timeZone);
}

/** A preset's range, ending with today (whole days). */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now: number, timeZone: string) {
  const today = dayKey(now, timeZone);
  const to = midnightOf(today, timeZone, 1);
  if (preset === 'month') return { from: midnightOf(`${today.slice(0, 8)}01`, timeZone), to };
  return { from: midnightOf(today, timeZone, preset === 'last7' ? -6 : -29), to };
}

/** The days `first`…`last` (both included, `YYYY-MM-DD`); null when not a range. */
export function customRange(first: string, last: string, timeZone: string): DateRange | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  if (!valid.test(first) || !valid.test(last) || last < first) return null;
  return { from: midnightOf(first, timeZone), to: midnightOf(last, timeZone, 1) };
}

/** The first and last day of a range, as the date inputs show them. */
export function rangeDays(range: DateRange, timeZone: string): { first: string; last: string } {
  return {
    first: dayKey(range.from, timeZone),
    last: dayKey(Math.max(range.from, range.to - 1), timeZone),
  };
}
