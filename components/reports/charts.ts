/** uPlot options for the report's charts, from its tables' series and the theme's colours. */
import uPlot from 'uplot';
import type { ChartColors, ChartOptions } from './Chart';

export interface Series {
  label: string;
  values: readonly (number | null)[];
}

/** Day keys as uPlot x values: UTC midnights in seconds, shown in UTC, so `2025-03-01` reads as is. */
export function dayAxis(days: readonly string[]): number[] {
  return days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
}

function axes(colors: ChartColors, yValues?: uPlot.Axis['values']): uPlot.Axis[] {
  const common = {
    stroke: colors.muted,
    grid: { stroke: colors.line, width: 1 },
    ticks: { stroke: colors.line, width: 1 },
  };
  return [common, { ...common, values: yValues }];
}

/** Lines over days, one per series; `percent` formats the y axis as shares (0–1). */
export function dailyLines(series: readonly Series[], xLabel: string, percent = false) {
  return (colors: ChartColors): ChartOptions => ({
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: {
      x: { time: true },
      y: percent
        ? { range: (_, __, max) => [0, Math.min(1, Math.max(0.05, max * 1.2))] }
        : { range: (_, __, max) => [0, Math.max(1, max)] },
    },
    axes: axes(
      colors,
      percent ? (_, ticks) => ticks.map((tick) => `${Math.round(tick * 100)}\u00a0%`) : undefined,
    ),
    series: [
      { label: xLabel },
      ...series.map((entry, i) => ({
        label: entry.label,
        stroke: colors.series[i % colors.series.length],
        width: 2,
        points: { show: series.length <= 3 },
        value: percent
          ? (_: uPlot, v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}\u00a0%`)
          : undefined,
      })),
    ],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
  });
}

/** Response-time ticks a CM reads at a glance: 0, 5 and 15 min, 1 h, 4 h, a day, two, a week. */
const TICKS = [0, 5, 15, 60, 240, 1440, 2880, 10080, 43200];

/**
 * Bars per category (networks): median and p90 side by side, the target as a
 * marker above them. Minutes on the axis, shown in hours past two hours.
 */
export function responseBars(
  categories: readonly string[],
  labels: { network: string; median: string; p90: string; target: string },
  formatMinutes: (minutes: number) => string,
) {
  const bars = uPlot.paths.bars;
  return (colors: ChartColors): ChartOptions => ({
    scales: {
      x: { time: false, range: (_, min, max) => [min - 0.6, max + 0.6] },
      // asinh: near-linear under ten minutes, logarithmic above, so an hour on X and two days
      // on reviews both read (bars start at zero, which a log scale cannot draw).
      y: { distr: 4, asinh: 10, range: (_, __, max) => [0, Math.max(60, max * 1.3)] },
    },
    axes: [
      {
        stroke: colors.muted,
        grid: { show: false },
        ticks: { stroke: colors.line },
        splits: () => categories.map((_, i) => i),
        values: (_, ticks) => ticks.map((tick) => categories[tick] ?? ''),
      },
      {
        stroke: colors.muted,
        grid: { stroke: colors.line, width: 1 },
        ticks: { stroke: colors.line, width: 1 },
        splits: (_, __, min, max) => TICKS.filter((tick) => tick >= min && tick <= max),
        // uPlot's default filter for log-like scales blanks ticks not starting 1, 2, 5…: ours are chosen.
        filter: (_, ticks) => ticks,
        values: (_, ticks) => ticks.map((tick) => (tick === null ? '' : formatMinutes(tick))),
        size: 70,
      },
    ],
    series: [
      { label: labels.network, value: (_, i) => categories[i] ?? '' },
      {
        label: labels.median,
        stroke: colors.series[0],
        fill: colors.series[0],
        paths: bars?.({ size: [0.3, 60], align: -1 }),
        points: { show: false },
        value: (_, v) => (v === null ? '–' : formatMinutes(v)),
      },
      {
        label: labels.p90,
        stroke: colors.series[1],
        fill: colors.series[1],
        paths: bars?.({ size: [0.3, 60], align: 1 }),
        points: { show: false },
        value: (_, v) => (v === null ? '–' : formatMinutes(v)),
      },
      {
        label: labels.target,
        stroke: colors.target,
        width: 0,
        paths: () => null,
        points: { show: true, size: 12, stroke: colors.target, fill: colors.target, width: 2 },
        value: (_, v) => (v === null ? '–' : formatMinutes(v)),
      },
    ],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
  });
}
