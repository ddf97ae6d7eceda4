import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, type HighlightHost } from '@/lib/listening/annotate';
import { compileSplit } from '@/lib/listening/compile';
import {
  type FoundMention,
  type IdleDeadlineLike,
  PageListener,
  type RiskAssessment,
} from '@/lib/listening/page-listener';
import { prepareMatcher } from '@/lib/listening/prepare';
import type { SiteAdapter } from '@/lib/sites/types';

function fakeHost(): HighlightHost & { highlights: Map<string, Set<AbstractRange>> } {
  const highlights = new Map<string, Set<AbstractRange> & { priority: number }>();
  return {
    highlights: highlights as never,
    createHighlight: () => Object.assign(new Set<AbstractRange>(), { priority: 0 }) as never,
  };
}

const adapter: SiteAdapter = {
  id: 'test',
  network: 'web',
  matches: [],
  handles: () => true,
  findUnits: (root) => Array.from(root.querySelectorAll('article')),
  unitOf: (node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('article') ?? null,
  bodyOf: (unit) => Array.from(unit.querySelectorAll('.text')),
  isHiddenText: (el) => el.classList.contains('sr'),
  hiddenTextCandidates: '.sr',
  extract: (unit) => ({
    network: 'web',
    kind: 'post',
    author: {},
    permalink: `https://example.test/${unit.id}`,
    text: unit.querySelector('.text')?.textContent ?? '',
    engagement: {},
  }),
  replyTarget: () => ({ editor: null, opener: null }),
};

const assessRisk = (_text: string, hits: { start: number; end: number }[]): RiskAssessment => ({
  level: hits.length > 0 ? 'medium' : 'none',
  score: hits.length,
  categories: hits.length > 0 ? ['service'] : [],
  spans: hits,
});

function setup() {
  const { watch, risk } = compileSplit(
    prepareMatcher({
      watchlists: [{ id: 'w1', name: 'Acme', kind: 'brand', enabled: true, query: 'acme' }],
      riskTerms: [{ term: 'arnaque', category: 'fraud', weight: 3 }],
    }),
  );
  const host = fakeHost();
  const highlighter = new Highlighter(host);
  const idle: ((deadline: IdleDeadlineLike) => void)[] = [];
  const found: FoundMention[] = [];
  const cleared: Element[] = [];
  const listener = new PageListener({
    adapter,
    matcher: watch.matcher,
    riskMatcher: risk.matcher,
    assessRisk,
    highlighter,
    pageUrl: () => new URL('https://example.test/feed'),
    isOwnNode: (el) => el.localName === 'vigie-overlay',
    ownNodeSelector: 'vigie-overlay',
    onMentions: (batch) => found.push(...batch),
    onCleared: (units) => cleared.push(...units),
    signal: new AbortController().signal,
    idle: (work) => idle.push(work),
  });
  const runIdle = () => {
    for (let work = idle.shift(); work; work = idle.shift()) {
      work({ didTimeout: false, timeRemaining: () => 8 });
    }
  };
  const sizes = () =>
    Object.fromEntries([...host.highlights].map(([name, set]) => [name, set.size]));
  return { listener, found, cleared, runIdle, sizes, idle };
}

describe('PageListener: lean first pass, deferred report', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <article id="p1"><div class="text">Acme est une arnaque</div></article>
      <article id="p2"><div class="text">Rien à voir <span class="sr">acme</span></div></article>
      <article id="p3"><div class="text">J'aime Acme</div></article>`;
  });

  it('highlights watch terms when the scan resolves, and reports in idle time', async () => {
    const { listener, found, runIdle, sizes, idle } = setup();
    await listener.scan(document.body);
    expect(sizes()['vigie-brand']).toBe(2);
    expect(sizes()['vigie-risk']).toBe(0);
    expect(found).toHaveLength(0);
    expect(idle.length).toBe(1);
    const settled = listener.settled();
    runIdle();
    await settled;
    expect(found.map((m) => m.unit.id)).toEqual(['p1', 'p3']);
    expect(found[0]!.risk.level).toBe('medium');
    expect(found[1]!.risk.level).toBe('none');
    // Risk words appear with the deferred phase, in one go.
    expect(sizes()['vigie-risk']).toBe(1);
    expect(listener.unitFor('https://example.test/p3')?.id).toBe('p3');
  });

  it('re-evaluates edited units and clears those that stop matching', async () => {
    const { listener, found, cleared, runIdle, sizes } = setup();
    await listener.scan(document.body);
    runIdle();
    const p3 = document.getElementById('p3')!;
    p3.querySelector('.text')!.textContent = 'Plus rien';
    listener.update([p3]);
    expect(cleared).toEqual([p3]);
    expect(sizes()['vigie-brand']).toBe(1);
    const p2 = document.getElementById('p2')!;
    p2.querySelector('.text')!.textContent = 'Acme, enfin';
    listener.update([p2]);
    expect(found.map((m) => m.unit.id)).toEqual(['p1', 'p3']);
    runIdle();
    expect(found.map((m) => m.unit.id)).toEqual(['p1', 'p3', 'p2']);
    expect(listener.mentions().map((m) => m.unit.id)).toEqual(['p1', 'p2']);
  });

  it('drops a queued unit that leaves the page before its deferred phase', async () => {
    const { listener, found, runIdle } = setup();
    await listener.scan(document.body);
    document.getElementById('p1')!.remove();
    listener.dropDisconnected();
    runIdle();
    expect(found.map((m) => m.unit.id)).toEqual(['p3']);
  });

  it('finishDeferred runs the rest at once', async () => {
    const { listener, found } = setup();
    await listener.scan(document.body);
    listener.finishDeferred();
    expect(found).toHaveLength(2);
    await listener.settled();
  });
});
