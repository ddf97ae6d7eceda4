/**
 * Listening on one page: every unit the site adapter finds is matched
 * against the compiled watchlists; matched units get their terms
 * highlighted and are reported as mentions. New and edited units are
 * handled as the page changes; the first pass over a big page is sliced.
 *
 * Two phases per unit. The lean one (text → matcher → highlight ranges) runs
 * at once: that is what the CM sees. The rest (risk scoring and its
 * highlights, the adapter's full extraction, the mention report) follows in
 * background-priority slices of ≤ 8 ms: it costs 2–3× the lean phase
 * (bench/README.md).
 *
 *   page DOM ─▶ adapter (units, bodies) ─▶ text + offsets ─▶ matcher
 *        ▲                                                     │
 *        └──── highlights (CSS Custom Highlight API) ◀─────────┤
 *                                  mentions ─▶ background ◀────┘
 */
import { textHash } from '../hash';
import type { ExtractedUnit, SiteAdapter } from '../sites/types';
import type { Highlighter, UnitRanges } from './annotate';
import { inSlices } from './slices';
import { collectText, type HiddenTextRule, rangeFor, type UnitText } from './text';

/** The matcher as the page listener uses it (lib/listening/index.ts implements it). */
export interface PageMatcher {
  match(
    text: string,
    context: {
      author?: string;
      handle?: string;
      site?: string;
      network?: string;
      language?: string;
    },
  ): {
    watchlists: {
      watchlistId: string;
      kind: 'brand' | 'competitor' | 'topic';
      spans: { start: number; end: number; term: string }[];
    }[];
    risk: { start: number; end: number; category: string; weight: number; term: string }[];
  };
}

export interface RiskAssessment {
  level: 'none' | 'low' | 'medium' | 'high';
  score: number;
  categories: string[];
  /** The risk words that count (negated ones excluded), to highlight. */
  spans: { start: number; end: number }[];
}

export interface FoundMention {
  unit: Element;
  dedupeKey: string;
  extracted: ExtractedUnit;
  watchlistIds: string[];
  terms: string[];
  risk: RiskAssessment;
}

/** What the browser's `requestIdleCallback` hands its callback (so tests and the bench can fake it). */
export interface IdleDeadlineLike {
  didTimeout: boolean;
  timeRemaining(): number;
}

export type IdleScheduler = (work: (deadline: IdleDeadlineLike) => void) => void;

export interface PageListenerOptions {
  adapter: SiteAdapter;
  /** Watchlists (the first pass); its risk hits are used unless `riskMatcher` is given. */
  matcher: PageMatcher;
  /** The risk lexicon alone, run in the deferred phase on matched units only (`compileSplit`). */
  riskMatcher?: PageMatcher;
  assessRisk: (text: string, hits: ReturnType<PageMatcher['match']>['risk']) => RiskAssessment;
  highlighter: Highlighter;
  pageUrl: () => URL;
  /** Nodes of Vigie's own UI, never read… */
  isOwnNode: (element: Element) => boolean;
  /** …and a selector every such node matches (its host element's tag). */
  ownNodeSelector: string;
  /** New or changed mentions, in document order within a batch. */
  onMentions: (found: FoundMention[]) => void;
  /** Units that were mentions and no longer are (edited, or gone from the page). */
  onCleared: (units: Element[]) => void;
  signal: AbortSignal;
  /** Runs the deferred phase's slices (default: `backgroundScheduler(signal)`). */
  idle?: IdleScheduler;
}

/** Longest stretch of deferred work before giving the page back. */
const DEFERRED_BUDGET_MS = 8;
const VISIBLE = /\S/;

/** What a background task gets: the slice budget, as an idle period would give it. */
const SLICE_DEADLINE: IdleDeadlineLike = {
  didTimeout: false,
  timeRemaining: () => DEFERRED_BUDGET_MS,
};

interface PostTaskScheduler {
  postTask(
    callback: () => void,
    options: { priority: 'background'; signal?: AbortSignal },
  ): Promise<unknown>;
}

/**
 * Background-priority tasks (`scheduler.postTask`): each runs once nothing
 * more urgent waits (input, rendering, the page's own tasks). Idle callbacks
 * only run in the idle periods between frames and left a 10,000-post page's
 * mentions ≈ 15 s behind its highlights (bench/README.md). Falls back to
 * `requestIdleCallback`, then to a timer.
 */
export function backgroundScheduler(signal?: AbortSignal): IdleScheduler {
  const { scheduler } = globalThis as { scheduler?: Partial<PostTaskScheduler> };
  if (scheduler?.postTask) {
    const postTask = scheduler.postTask.bind(scheduler);
    return (work) => {
      postTask(() => work(SLICE_DEADLINE), { priority: 'background', signal }).catch(
        () => undefined,
      );
    };
  }
  if (typeof requestIdleCallback === 'function') {
    return (work) => requestIdleCallback(work, { timeout: 200 });
  }
  return (work) => setTimeout(() => work({ didTimeout: true, timeRemaining: () => 0 }), 0);
}

function dedupeKeyOf(unit: ExtractedUnit): string {
  if (unit.permalink) return unit.permalink;
  const who = unit.author.handle ?? unit.author.name ?? '';
  return `${unit.network}:${who}:${textHash(unit.text)}`;
}

type MatchOutcome = ReturnType<PageMatcher['match']>;

/** A matched unit waiting for its deferred phase. */
interface Matched {
  text: UnitText;
  result: MatchOutcome;
}

export class PageListener {
  /** What each matched unit was last reported as, to report only changes. */
  private readonly reported = new Map<Element, { signature: string; mention: FoundMention }>();
  private pending: FoundMention[] = [];
  /**
   * During the first pass, ranges wait here and are registered once at the end:
   * the browser re-renders every highlight when one changes, and doing that
   * after each slice made the pass 8× longer on big pages (bench/README.md).
   */
  private staged: Map<Element, UnitRanges> | null = null;
  /** Matched units whose risk, extraction and report are still to do, oldest first. */
  private readonly deferred = new Map<Element, Matched>();
  /** Risk ranges found by the deferred phase, added to the page in one go when it ends (same reason). */
  private readonly riskRanges = new Map<Element, AbstractRange[]>();
  private idleScheduled = false;
  private settledWaiters: (() => void)[] = [];
  private readonly hiddenRule: HiddenTextRule;
  private context: { site: string; network: string } = { site: '', network: '' };
  private readonly idle: IdleScheduler;
  private url: URL | null = null;

  constructor(private readonly options: PageListenerOptions) {
    const { adapter, isOwnNode, ownNodeSelector } = options;
    this.idle = options.idle ?? backgroundScheduler(options.signal);
    this.hiddenRule = {
      candidates: `${adapter.hiddenTextCandidates ?? '*'},${ownNodeSelector}`,
      confirm: (element) => adapter.isHiddenText(element) || isOwnNode(element),
    };
  }

  /**
   * The first pass over the page, sliced so no task holds the main thread
   * long. Resolves when every unit is matched and highlighted; risk, extraction
   * and mentions follow in idle time (`settled()`).
   */
  async scan(root: ParentNode): Promise<void> {
    const units = this.options.adapter.findUnits(root);
    this.staged = new Map();
    this.beginBatch();
    await inSlices(units, (unit) => this.evaluate(unit), {
      signal: this.options.signal,
      budgetMs: 8,
      yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    });
    const staged = this.staged;
    this.staged = null;
    if (this.options.signal.aborted) return;
    for (const [unit, ranges] of staged) {
      if (unit.isConnected) this.options.highlighter.setUnit(unit, ranges);
    }
    this.scheduleDeferred();
  }

  /** Units that appeared or changed (from the observer). */
  update(units: readonly Element[]): void {
    this.beginBatch();
    for (const unit of units) this.evaluate(unit);
    this.scheduleDeferred();
  }

  /** Resolves once the deferred phase has caught up (every matched unit reported). */
  settled(): Promise<void> {
    if (this.deferred.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Runs the deferred phase to the end now (tests, teardown). */
  finishDeferred(): void {
    this.runDeferred({ didTimeout: true, timeRemaining: () => Number.POSITIVE_INFINITY }, true);
  }

  /** Forgets units that left the page. */
  dropDisconnected(): void {
    this.options.highlighter.dropDisconnected();
    for (const unit of [...this.deferred.keys()]) if (!unit.isConnected) this.deferred.delete(unit);
    for (const unit of [...this.riskRanges.keys()]) {
      if (!unit.isConnected) this.riskRanges.delete(unit);
    }
    const gone = [...this.reported.keys()].filter((unit) => !unit.isConnected);
    for (const unit of gone) this.reported.delete(unit);
    if (gone.length > 0) this.options.onCleared(gone);
  }

  /** The unit of a reported mention, to scroll to it. */
  unitFor(dedupeKey: string): Element | null {
    for (const { mention } of this.reported.values()) {
      if (mention.dedupeKey === dedupeKey && mention.unit.isConnected) return mention.unit;
    }
    return null;
  }

  mentions(): FoundMention[] {
    return [...this.reported.values()].map((entry) => entry.mention);
  }

  /** The page URL and match context, read once per batch rather than once per unit. */
  private beginBatch(): void {
    const url = this.options.pageUrl();
    this.url = url;
    this.context = { site: url.hostname, network: this.options.adapter.network };
  }

  /** The lean phase: text, match, highlight ranges. */
  private evaluate(unit: Element): void {
    if (this.options.signal.aborted || !unit.isConnected) return;
    const { adapter, matcher, highlighter } = this.options;
    const text = collectText(adapter.bodyOf(unit), this.hiddenRule);
    const result = VISIBLE.test(text.text) ? matcher.match(text.text, this.context) : null;
    // Most units match nothing and were never matched: the size tests spare
    // the first pass four map look-ups per unit.
    if (this.riskRanges.size > 0) this.riskRanges.delete(unit);
    if (!result || result.watchlists.length === 0) {
      if (this.staged !== null && this.staged.size > 0) this.staged.delete(unit);
      if (this.deferred.size > 0) this.deferred.delete(unit);
      if (highlighter.unitCount > 0) highlighter.removeUnit(unit);
      if (this.reported.size > 0 && this.reported.delete(unit)) this.options.onCleared([unit]);
      return;
    }
    const ranges: UnitRanges = {};
    for (const match of result.watchlists) {
      const key = highlighter.keyFor(match);
      const list = ranges[key] ?? [];
      ranges[key] = list;
      for (const span of match.spans) {
        const range = rangeFor(text, span.start, span.end);
        if (range) list.push(range);
      }
    }
    if (this.staged) this.staged.set(unit, ranges);
    else highlighter.setUnit(unit, ranges);
    // Re-queued at the end: a unit edited again waits behind the others.
    this.deferred.delete(unit);
    this.deferred.set(unit, { text, result });
  }

  private scheduleDeferred(): void {
    if (this.idleScheduled || this.options.signal.aborted) return;
    if (this.deferred.size === 0) {
      this.settle();
      return;
    }
    this.idleScheduled = true;
    this.idle((deadline) => {
      this.idleScheduled = false;
      this.runDeferred(deadline, false);
    });
  }

  /** One slice of the deferred phase (all of it with `toEnd`). */
  private runDeferred(deadline: IdleDeadlineLike, toEnd: boolean): void {
    if (this.options.signal.aborted) return;
    const start = performance.now();
    const budget = toEnd
      ? Number.POSITIVE_INFINITY
      : deadline.didTimeout
        ? DEFERRED_BUDGET_MS
        : Math.min(DEFERRED_BUDGET_MS, deadline.timeRemaining());
    const url = this.url ?? this.options.pageUrl();
    for (const [unit, matched] of this.deferred) {
      this.deferred.delete(unit);
      if (unit.isConnected) this.complete(unit, matched, url);
      if (performance.now() - start >= budget) break;
    }
    this.flush();
    if (this.deferred.size > 0) this.scheduleDeferred();
    else {
      this.applyRiskRanges();
      this.settle();
    }
  }

  /** The deferred phase of one unit: risk, extraction, report. */
  private complete(unit: Element, { text, result }: Matched, url: URL): void {
    const { adapter } = this.options;
    const { riskMatcher } = this.options;
    const riskHits = riskMatcher ? riskMatcher.match(text.text, this.context).risk : result.risk;
    const risk = this.options.assessRisk(text.text, riskHits);
    if (risk.spans.length > 0) {
      const ranges: AbstractRange[] = [];
      for (const span of risk.spans) {
        const range = rangeFor(text, span.start, span.end);
        if (range) ranges.push(range);
      }
      this.riskRanges.set(unit, ranges);
    }
    const terms = new Set<string>();
    for (const match of result.watchlists) for (const span of match.spans) terms.add(span.term);
    const extracted = adapter.extract(unit, url);
    const mention: FoundMention = {
      unit,
      dedupeKey: dedupeKeyOf(extracted),
      extracted,
      watchlistIds: result.watchlists.map((match) => match.watchlistId),
      terms: [...terms],
      risk,
    };
    const signature = JSON.stringify([
      mention.dedupeKey,
      extracted.text,
      extracted.engagement,
      mention.watchlistIds,
      risk.level,
    ]);
    if (this.reported.get(unit)?.signature === signature) return;
    this.reported.set(unit, { signature, mention });
    this.pending.push(mention);
  }

  private applyRiskRanges(): void {
    if (this.riskRanges.size === 0) return;
    const { highlighter } = this.options;
    for (const [unit, ranges] of this.riskRanges) {
      if (unit.isConnected) highlighter.setKind(unit, 'risk', ranges);
    }
    this.riskRanges.clear();
  }

  private settle(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.options.onMentions(batch);
  }
}
