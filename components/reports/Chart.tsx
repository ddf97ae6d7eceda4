import 'uplot/dist/uPlot.min.css';
import { useLayoutEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

/** Colours read from the theme at draw time, so light and dark both read well. */
export interface ChartColors {
  fg: string;
  muted: string;
  line: string;
  series: string[];
  target: string;
}

export function readColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', '#1f2937'),
    muted: v('--muted', '#6b7280'),
    line: v('--line', '#e5e7eb'),
    series: Array.from({ length: 9 }, (_, i) => v(`--chart-${i + 1}`, '#2563eb')),
    target: v('--chart-target', '#b91c1c'),
  };
}

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

const HEIGHT = 240;

/**
 * One uPlot chart: built after layout, with the container's width, rebuilt
 * when the data or the colour scheme (`theme`) change, resized with its box.
 * Hidden from screen readers: the table under it says the same.
 */
export function Chart({
  data,
  options,
  theme,
}: {
  data: uPlot.AlignedData;
  options: (colors: ChartColors) => ChartOptions;
  theme: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `theme` changes the colours read from CSS.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(200, Math.floor(element.clientWidth));
    const chart = new uPlot(
      { ...options(readColors(element)), width: width(), height: HEIGHT },
      data,
      element,
    );
    let lastWidth = width();
    const observer = new ResizeObserver(() => {
      const next = width();
      if (next !== lastWidth) {
        lastWidth = next;
        chart.setSize({ width: next, height: HEIGHT });
      }
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [data, options, theme]);
  return <div class="chart" ref={box} aria-hidden="true" />;
}
