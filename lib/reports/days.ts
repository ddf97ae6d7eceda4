/**
 * Calendar days in the CM's time zone. A report counts "per day" the way the CM
 * lives them: local midnights, 23- and 25-hour days at DST changes included.
 * The day boundaries of a range are computed once (a few Intl calls per day),
 * then every record finds its day by binary search on plain numbers: no Intl
 * and no Date per record.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at `instant` (Paris in summer: 120). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - (instant - (instant % 1000))) / 60_000);
}

/** The instant of local midnight starting the calendar day `year-month-day` (month 1–12). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Two rounds: the offset at the guess may differ from the offset at midnight (DST day).
  let guess = utcMidnight - zoneOffsetMinutes(utcMidnight, timeZone) * 60_000;
  guess = utcMidnight - zoneOffsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

/** `YYYY-MM-DD` of the local day holding `instant`. */
export function dayKey(instant: number, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return isoDate(p.year, p.month, p.day);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local days a range covers, each with the instant it starts. */
export interface DayGrid {
  /** `YYYY-MM-DD`, oldest first. */
  keys: string[];
  /** starts[i] is the instant day i begins; starts[keys.length] is the end of the last day. */
  starts: number[];
}

/** A report never spans more than this (a year and a bit: the store keeps no more). */
export const MAX_DAYS = 400;

/**
 * Every local day that overlaps [from, to), the empty ones included. `to` is
 * exclusive: a range ending at a local midnight does not add the next day.
 */
export function dayGrid(from: number, to: number, timeZone: string): DayGrid {
  const keys: string[] = [];
  const starts: number[] = [];
  if (!(to > from)) return { keys, starts };
  const first = localParts(from, timeZone);
  // Walk calendar dates with Date.UTC arithmetic (it handles month ends and leap years).
  for (let offset = 0; offset <= MAX_DAYS; offset++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const start = localMidnight(y, m, d, timeZone);
    if (start >= to) {
      starts.push(start);
      return { keys, starts };
    }
    keys.push(isoDate(y, m, d));
    starts.push(start);
  }
  throw new RangeError(`A report covers at most ${MAX_DAYS} days`);
}

/** The index of the day holding `instant`, or -1 outside the grid. */
export function dayIndex(starts: readonly number[], instant: number): number {
  let low = 0;
  let high = starts.length - 1;
  if (high < 1 || instant < (starts[0] ?? 0) || instant >= (starts[high] ?? 0)) return -1;
  // Invariant: starts[low] <= instant < starts[high].
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) <= instant) low = middle;
    else high = middle;
  }
  return low;
}
