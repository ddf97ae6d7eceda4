import { describe, expect, it } from 'vitest';
import { watchUnits } from '@/lib/listening/observer';
import { inSlices } from '@/lib/listening/slices';

const UNIT = 'article';

function setup() {
  document.body.innerHTML = '<main id="feed"><article><p>one</p></article></main>';
  const controller = new AbortController();
  const batches: string[][] = [];
  let removals = 0;
  let pending: (() => void) | null = null;
  const watcher = watchUnits({
    root: document.body,
    findUnits: (root) => [...root.querySelectorAll(UNIT)],
    unitOf: (node) => (node instanceof Element ? node : node.parentElement)?.closest(UNIT) ?? null,
    onUnits: (units) => batches.push(units.map((u) => u.textContent ?? '')),
    onRemoved: () => {
      removals++;
    },
    ignore: (node) => node instanceof Element && node.id === 'vigie-host',
    signal: controller.signal,
    schedule: (callback) => {
      pending = callback;
    },
  });
  const frame = async () => {
    await new Promise((r) => setTimeout(r, 0));
    const run = pending;
    pending = null;
    run?.();
  };
  return { controller, batches, watcher, frame, removals: () => removals, pending: () => pending };
}

describe('watchUnits', () => {
  it('collects in the callback and works once per frame, on added units only', async () => {
    const { batches, frame } = setup();
    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', '<article><p>two</p></article>');
    feed.insertAdjacentHTML('beforeend', '<article><p>three</p></article>');
    expect(batches).toEqual([]);
    await frame();
    expect(batches).toEqual([['two', 'three']]);
  });

  it('re-evaluates a unit whose text changed', async () => {
    const { batches, frame } = setup();
    (document.querySelector('article p')!.firstChild as Text).data = 'one edited';
    await frame();
    expect(batches).toEqual([['one edited']]);
  });

  it('reports removals and ignores Vigie’s own nodes', async () => {
    const { batches, frame, removals } = setup();
    document.querySelector('article')!.remove();
    const host = document.createElement('div');
    host.id = 'vigie-host';
    host.innerHTML = '<article>ours</article>';
    document.body.append(host);
    await frame();
    expect(removals()).toBe(1);
    expect(batches).toEqual([]);
  });

  it('stops when its signal aborts', async () => {
    const { controller, batches, frame } = setup();
    controller.abort();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<article>late</article>');
    await frame();
    expect(batches).toEqual([]);
  });
});

describe('inSlices', () => {
  it('yields to the page between slices and processes every item once', async () => {
    const seen: number[] = [];
    let yields = 0;
    await inSlices(
      Array.from({ length: 50 }, (_, i) => i),
      (i) => {
        seen.push(i);
        const until = performance.now() + 1;
        while (performance.now() < until) {
          // Busy work standing in for matching a post.
        }
      },
      {
        budgetMs: 5,
        yieldToPage: async () => {
          yields++;
        },
      },
    );
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(yields).toBeGreaterThanOrEqual(5);
  });
});
