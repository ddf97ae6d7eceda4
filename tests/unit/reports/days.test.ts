import { describe, expect, it } from 'vitest';
import { dayGrid, dayIndex, dayKey, localMidnight, zoneOffsetMinutes } from '@/lib/reports/days';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

describe('days in a time zone', () => {
  it('knows the zone offset, DST included', () => {
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 15), PARIS)).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 15), PARIS)).toBe(120);
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 15), NEW_YORK)).toBe(-240);
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 15), 'UTC')).toBe(0);
  });

  it('finds local midnight', () => {
    // 2025-07-15 00:00 in Paris is 2025-07-14 22:00 UTC.
    expect(localMidnight(2025, 7, 15, PARIS)).toBe(Date.UTC(2025, 6, 14, 22));
    expect(localMidnight(2025, 1, 15, NEW_YORK)).toBe(Date.UTC(2025, 0, 15, 5));
  });

  it('names the local day of an instant', () => {
    // 23:30 UTC on the 14th is already the 15th in Paris, still the 14th in New York.
    const instant = Date.UTC(2025, 6, 14, 23, 30);
    expect(dayKey(instant, PARIS)).toBe('2025-07-15');
    expect(dayKey(instant, NEW_YORK)).toBe('2025-07-14');
  });

  it('lists every day of a range, with 23- and 25-hour days at DST changes', () => {
    // Paris springs forward on 2025-03-30 and falls back on 2025-10-26.
    const spring = dayGrid(
      localMidnight(2025, 3, 29, PARIS),
      localMidnight(2025, 4, 1, PARIS),
      PARIS,
    );
    expect(spring.keys).toEqual(['2025-03-29', '2025-03-30', '2025-03-31']);
    expect(spring.starts[2]! - spring.starts[1]!).toBe(23 * 3_600_000);
    const autumn = dayGrid(
      localMidnight(2025, 10, 26, PARIS),
      localMidnight(2025, 10, 27, PARIS),
      PARIS,
    );
    expect(autumn.keys).toEqual(['2025-10-26']);
    expect(autumn.starts[1]! - autumn.starts[0]!).toBe(25 * 3_600_000);
  });

  it('crosses month and year ends', () => {
    const grid = dayGrid(Date.UTC(2024, 11, 30), Date.UTC(2025, 0, 2), 'UTC');
    expect(grid.keys).toEqual(['2024-12-30', '2024-12-31', '2025-01-01']);
    expect(dayGrid(Date.UTC(2024, 1, 28), Date.UTC(2024, 2, 1), 'UTC').keys).toEqual([
      '2024-02-28',
      '2024-02-29',
    ]);
  });

  it('has no day in an empty range', () => {
    expect(dayGrid(1000, 1000, 'UTC').keys).toEqual([]);
    expect(dayIndex(dayGrid(1000, 1000, 'UTC').starts, 1000)).toBe(-1);
  });

  it('finds the day of an instant, -1 outside', () => {
    const { starts } = dayGrid(Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 4), 'UTC');
    expect(dayIndex(starts, Date.UTC(2025, 0, 1))).toBe(0);
    expect(dayIndex(starts, Date.UTC(2025, 0, 2) - 1)).toBe(0);
    expect(dayIndex(starts, Date.UTC(2025, 0, 3, 12))).toBe(2);
    expect(dayIndex(starts, Date.UTC(2025, 0, 4))).toBe(-1);
    expect(dayIndex(starts, Date.UTC(2024, 11, 31))).toBe(-1);
  });
});
