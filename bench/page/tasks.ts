/**
 * How the bench watches the main thread: the scan's own slices, the browser's
 * long tasks and long animation frames, timers run as microtasks, frames.
 */
import { frame, now } from './clock';

/**
 * Times the slices of the real, sliced `PageListener.scan()`: it yields with
 * `setTimeout(…, 0)`, so a slice ends when it calls `setTimeout` and the next
 * one starts when that timer fires. Installed only around the scan.
 */
export function traceSlices(): { stop(): number[] } {
  const original = window.setTimeout;
  const schedule = original as unknown as (handler: () => void, timeout?: number) => number;
  const slices: number[] = [];
  let start = now();
  const patched = (handler: TimerHandler, timeout?: number, ...rest: unknown[]): number => {
    slices.push(now() - start);
    return schedule.call(
      window,
      () => {
        start = now();
        if (typeof handler === 'function') handler(...rest);
      },
      timeout,
    );
  };
  window.setTimeout = patched as typeof window.setTimeout;
  return {
    stop: () => {
      slices.push(now() - start);
      window.setTimeout = original;
      return slices;
    },
  };
}

/** What a long-animation-frame entry says (Chromium 123+). */
interface AnimationFrameEntry extends PerformanceEntry {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: readonly { duration: number; invoker: string }[];
}

export interface TaskReport {
  /** `longtask` entries (> 50 ms): whole tasks, script and rendering alike. */
  longTasks: number[];
  /** Long animation frames (> 50 ms): their rendering part (style, layout, pre-paint, paint). */
  frameRender: number[];
  /** …and their script part. */
  frameScript: number[];
  /** Every entry: kind, start (ms after the window opened), duration, render part. */
  entries: [string, number, number, number][];
}

/** Long tasks and long animation frames reported by the browser (> 50 ms, Chromium's threshold). */
export function watchLongTasks(): { stop(): TaskReport } {
  const report: TaskReport = { longTasks: [], frameRender: [], frameScript: [], entries: [] };
  const opened = now();
  const take = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      // Entries that began before the window opened (a settle()'s gc(), the copy's first paint) are not ours.
      if (entry.startTime < opened) continue;
      const start = Math.round(entry.startTime - opened);
      if (entry.entryType === 'longtask') {
        report.longTasks.push(entry.duration);
        report.entries.push(['task', start, Math.round(entry.duration), 0]);
      } else {
        const frameEntry = entry as AnimationFrameEntry;
        const end = frameEntry.startTime + frameEntry.duration;
        const render = frameEntry.renderStart ? end - frameEntry.renderStart : 0;
        report.frameRender.push(render);
        report.frameScript.push(
          frameEntry.scripts.reduce((sum, script) => sum + script.duration, 0),
        );
        report.entries.push(['frame', start, Math.round(entry.duration), Math.round(render)]);
      }
    }
  };
  const tasks = new PerformanceObserver((list) => take(list.getEntries()));
  tasks.observe({ type: 'longtask', buffered: false });
  const frames = new PerformanceObserver((list) => take(list.getEntries()));
  const loaf = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
  if (loaf) frames.observe({ type: 'long-animation-frame', buffered: false });
  return {
    stop: () => {
      take(tasks.takeRecords());
      tasks.disconnect();
      if (loaf) take(frames.takeRecords());
      frames.disconnect();
      return report;
    },
  };
}

/** Proves the long-task observer works here: one deliberate 80 ms task must show up. */
export async function calibrateLongTasks(): Promise<number[]> {
  const tasks = watchLongTasks();
  await new Promise<void>((resolve) =>
    setTimeout(() => {
      const end = now() + 80;
      while (now() < end) {
        // busy on purpose
      }
      resolve();
    }, 0),
  );
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return tasks.stop().longTasks;
}

/**
 * `scan()` yields with `setTimeout(…, 0)`; here those timers run as
 * microtasks, so the real scan (slicing bookkeeping included) runs start to
 * end without the page rendering in between: its pure main-thread cost.
 */
export function immediateTimers(): { stop(): number } {
  const original = window.setTimeout;
  let yields = 0;
  const patched = (handler: TimerHandler, _timeout?: number, ...rest: unknown[]): number => {
    yields++;
    queueMicrotask(() => {
      if (typeof handler === 'function') handler(...rest);
    });
    return 0;
  };
  window.setTimeout = patched as typeof window.setTimeout;
  return {
    stop: () => {
      window.setTimeout = original;
      return yields;
    },
  };
}

/** Frames until the page has rendered what the scan changed. */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await frame();
}
