/**
 * In-page side of `npm run bench`: bundled by bench/run.mjs with esbuild from
 * the real sources and injected into a blank page. Every measurement runs
 * here; bench/run.mjs only orchestrates, computes medians and prints.
 *
 * Exposes `globalThis.vigieBench` (see `BenchApi`). Times are
 * `performance.now()` differences in ms; the page is cross-origin isolated,
 * so the clock has 5 µs resolution.
 */
import { isOwnNode, OVERLAY_HOST_TAG } from '../../lib/content/overlay-host';
import { compileSplit, getFoldTables, type Matcher, prepareMatcher } from '../../lib/listening';
import {
  browserHighlightHost,
  HIGHLIGHT_NAMES,
  Highlighter,
  type HighlightHost,
  type HighlightKind,
} from '../../lib/listening/annotate';
import { watchUnits } from '../../lib/listening/observer';
import {
  backgroundScheduler,
  type FoundMention,
  type IdleDeadlineLike,
  type IdleScheduler,
  PageListener,
  type PageMatcher,
  type RiskAssessment,
} from '../../lib/listening/page-listener';
import {
  collectText,
  collectUnitText,
  type HiddenTextRule,
  rangeFor,
  type UnitText,
} from '../../lib/listening/text';
import { RISK_LEXICON } from '../../lib/risk/lexicon';
import { scoreRisk } from '../../lib/risk/score';
import type { ExtractedUnit } from '../../lib/sites/types';
import { benchAdapter } from './adapter';
import { frame, gc, now } from './clock';
import { feedHtml, type TermSet, termSet } from './generate';
import { markConstructor, markRegExpFor } from './markjs';
import {
  calibrateLongTasks,
  frames,
  immediateTimers,
  type TaskReport,
  traceSlices,
  watchLongTasks,
} from './tasks';
import { bodyOfBefore, collectTextByNodes, collectTextPerElement } from './variants';

const SEED = 20_250_901;
const adapter = benchAdapter;
const riskTerms = RISK_LEXICON.map(({ term, category, weight }) => ({ term, category, weight }));

/** Outside every timed section: collect garbage, let the page render, start clean. */
async function settle(): Promise<void> {
  gc();
  await frame();
  await frame();
}

function feedRoot(): HTMLElement {
  const feed = document.getElementById('feed');
  if (!feed) throw new Error('no #feed in the bench page');
  return feed;
}

function host(): HighlightHost {
  const found = browserHighlightHost();
  if (!found) throw new Error('CSS Custom Highlight API unavailable');
  return found;
}

/** The content script's risk assessment (lib/content/listen.ts), verbatim. */
const assessRisk = (
  text: string,
  hits: ReturnType<PageMatcher['match']>['risk'],
): RiskAssessment => {
  const assessment = scoreRisk(text, hits);
  return {
    level: assessment.level,
    score: assessment.score,
    categories: assessment.categories,
    spans: assessment.hits.filter((hit) => !hit.negated),
  };
};
const pageUrl = () => new URL(location.href);

// ---------------------------------------------------------------- state

let feedSize = 0;
let appendedSoFar = 0;
const termSets = new Map<number, TermSet>();
/** Watchlists alone (the first pass) and the risk lexicon alone (the deferred phase), as listen.ts compiles them. */
interface Matchers {
  watch: Matcher;
  risk: Matcher;
}
const matchers = new Map<number, Matchers>();

interface Session {
  controller: AbortController;
  highlighter: Highlighter;
  listener: PageListener;
  found: FoundMention[];
  idle: IdleQueue;
}

/**
 * The deferred phase's idle callbacks wait here and the bench runs them
 * itself (each one timed), with an 8 ms deadline like an idle period's.
 */
class IdleQueue {
  private queue: ((deadline: IdleDeadlineLike) => void)[] = [];
  readonly scheduler: IdleScheduler = (work) => {
    this.queue.push(work);
  };
  get size(): number {
    return this.queue.length;
  }
  /** Runs every queued slice, and the ones they queue; the ms of each. */
  drain(): number[] {
    const times: number[] = [];
    const deadline = { didTimeout: false, timeRemaining: () => 8 };
    for (let work = this.queue.shift(); work; work = this.queue.shift()) {
      const start = now();
      work(deadline);
      times.push(now() - start);
    }
    return times;
  }
}

/** The content script's scheduler (background-priority tasks), each slice timed. */
function timedIdle(times: number[]): IdleScheduler {
  const background = backgroundScheduler();
  return (work) => {
    background((deadline) => {
      const start = now();
      work(deadline);
      times.push(now() - start);
    });
  };
}
let session: Session | null = null;

function endSession(): void {
  if (!session) return;
  session.controller.abort();
  session.highlighter.dispose();
  session = null;
}

function newSession(matcher: Matchers, scheduler?: IdleScheduler): Session {
  endSession();
  const controller = new AbortController();
  const highlighter = new Highlighter(host());
  const found: FoundMention[] = [];
  const idle = new IdleQueue();
  const listener = new PageListener({
    adapter,
    matcher: matcher.watch,
    riskMatcher: matcher.risk,
    assessRisk,
    highlighter,
    pageUrl,
    isOwnNode,
    ownNodeSelector: OVERLAY_HOST_TAG,
    onMentions: (batch) => {
      for (const mention of batch) found.push(mention);
    },
    onCleared: () => undefined,
    signal: controller.signal,
    idle: scheduler ?? idle.scheduler,
  });
  session = { controller, highlighter, listener, found, idle };
  return session;
}

function matcherFor(terms: number): Matchers {
  const matcher = matchers.get(terms);
  if (!matcher) throw new Error(`compile(${terms}) first`);
  return matcher;
}

function termsFor(count: number): TermSet {
  let set = termSets.get(count);
  if (!set) {
    set = termSet(count);
    termSets.set(count, set);
  }
  return set;
}

// ---------------------------------------------------------------- feed

export interface FeedStats {
  posts: number;
  textNodes: number;
  chars: number;
  elements: number;
  bodyChars: number;
}

let template: HTMLTemplateElement | null = null;

/**
 * A fresh copy of the feed: nodes no script has touched yet, as when the
 * content script's first pass meets a page (its isolated world has no wrapper
 * for any node). Every timed run of a, b and c starts from a rendered one.
 *
 * `render: false` keeps the copy out of rendering (`display: none`), for the
 * diagnostics only (phase breakdown, text-phase variants): laying out 10,000
 * posts costs ≈ 2 s per copy here, and DOM work on nodes that are not
 * rendered is ≈ 5 % cheaper, so a, b and c never use it.
 */
function freshFeed(render: boolean): HTMLElement {
  if (!template) throw new Error('setup first');
  const feed = feedRoot();
  feed.style.display = render ? '' : 'none';
  feed.replaceChildren(template.content.cloneNode(true));
  if (render) void document.body.offsetHeight;
  return feed;
}

function setup(size: number): FeedStats {
  template = document.createElement('template');
  template.innerHTML = feedHtml(SEED, 0, size);
  feedSize = size;
  appendedSoFar = 0;
  const feed = freshFeed(true);
  let textNodes = 0;
  let chars = 0;
  const walker = document.createTreeWalker(feed, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    chars += (node as Text).data.length;
  }
  let bodyChars = 0;
  for (const body of feed.querySelectorAll('.post__text')) bodyChars += body.textContent.length;
  return {
    posts: adapter.findUnits(feed).length,
    textNodes,
    chars,
    elements: feed.getElementsByTagName('*').length,
    bodyChars,
  };
}

// ---------------------------------------------------------------- (a) floor

/** Reads every text node's data under the feed, nothing else. */
function readAllText(root: Node): number {
  let total = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as Text).data.length;
  }
  return total;
}

/** `cold`: on a fresh copy each run (the headline a); `warm`: the same copy read again right after. */
async function floor(runs: number, warmup: number): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  let sink = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const feed = freshFeed(true);
    await settle();
    let start = now();
    sink += readAllText(feed);
    const coldMs = now() - start;
    start = now();
    sink += readAllText(feed);
    const warmMs = now() - start;
    if (i >= warmup) {
      cold.push(coldMs);
      warm.push(warmMs);
    }
  }
  if (sink < 0) console.log(sink);
  return { cold, warm };
}

// ---------------------------------------------------------------- compile

interface CompileStats {
  /** First `getFoldTables()` in this page (built once per page, shared by every matcher). */
  foldTablesMs: number;
  times: number[];
  termCount: number;
  watchTerms: number;
  watchlists: number;
  riskTerms: number;
}

let foldTablesMs = -1;

function compile(terms: number, runs: number): CompileStats {
  if (foldTablesMs < 0) {
    const start = now();
    getFoldTables();
    foldTablesMs = now() - start;
  }
  const set = termsFor(terms);
  const times: number[] = [];
  let matcher: Matchers | null = null;
  for (let i = 0; i < runs; i++) {
    gc();
    const start = now();
    const { watch, risk } = compileSplit(prepareMatcher({ watchlists: set.watchlists, riskTerms }));
    times.push(now() - start);
    if (watch.errors.length > 0 || risk.riskTermErrors.length > 0) {
      throw new Error(`compile errors: ${JSON.stringify(watch.errors).slice(0, 2000)}`);
    }
    matcher = { watch: watch.matcher, risk: risk.matcher };
  }
  if (!matcher) throw new Error('compile: runs must be ≥ 1');
  matchers.set(terms, matcher);
  return {
    foldTablesMs,
    times,
    termCount: matcher.watch.termCount + matcher.risk.termCount,
    watchTerms: set.terms.length,
    watchlists: set.watchlists.length,
    riskTerms: riskTerms.length,
  };
}

// ---------------------------------------------------------------- (c) first pass

function highlightSizes(): Record<string, number> {
  const ranges: Record<string, number> = {};
  const registry = CSS.highlights as unknown as Map<string, Highlight>;
  for (const [kind, name] of Object.entries(HIGHLIGHT_NAMES)) {
    ranges[kind] = registry.get(name)?.size ?? 0;
  }
  return ranges;
}

interface ScanStats {
  /** The real scan() with its yields run as microtasks (ms, per run). */
  work: number[];
  /**
   * The floor measured in the same iteration, just before, on its own fresh
   * copy: a and c then share the machine's load of the moment (other
   * processes on this 2-core box move absolute times by tens of %).
   */
  floor: number[];
  /** Its deferred phase (risk, extraction, reports), every idle slice run at once (Σ ms, per run). */
  deferred: number[];
  /** Idle slices of the deferred phase, and the longest one (last run). */
  deferredSlices: number;
  deferredMaxSlice: number;
  /** Slices it was cut into (yields + 1). */
  slices: number;
  mentions: number;
  ranges: Record<string, number>;
  units: number;
}

/** (c): the real first pass, on a fresh copy of the feed each run, highlights registered for real. */
async function vigie(terms: number, runs: number, warmup: number): Promise<ScanStats> {
  const matcher = matcherFor(terms);
  const work: number[] = [];
  const floorTimes: number[] = [];
  const deferred: number[] = [];
  let deferredTimes: number[] = [];
  let slices = 0;
  let last: Session | null = null;
  for (let i = 0; i < warmup + runs; i++) {
    endSession();
    const floorCopy = freshFeed(true);
    await settle();
    const floorStart = now();
    const chars = readAllText(floorCopy);
    const floorMs = now() - floorStart;
    if (chars < 0) console.log(chars);
    freshFeed(true);
    await settle();
    last = newSession(matcher);
    const timers = immediateTimers();
    const start = now();
    await last.listener.scan(document.body);
    const ms = now() - start;
    slices = timers.stop() + 1;
    // The deferred phase, timed apart (in the content script it runs in idle periods).
    deferredTimes = last.idle.drain();
    if (i >= warmup) {
      work.push(ms);
      floorTimes.push(floorMs);
      deferred.push(deferredTimes.reduce((sum, t) => sum + t, 0));
    }
  }
  return {
    work,
    floor: floorTimes,
    deferred,
    deferredSlices: deferredTimes.length,
    deferredMaxSlice: Math.max(0, ...deferredTimes),
    slices,
    mentions: last?.found.length ?? 0,
    ranges: highlightSizes(),
    units: adapter.findUnits(document.body).length,
  };
}

interface SlicedRun {
  /** Σ slice durations: the scan's own main-thread time. */
  work: number;
  /** From calling scan() to its promise resolving: yields, timer clamping and rendering included. */
  wall: number;
  slices: number;
  maxSlice: number;
  /** The deferred phase in the browser's idle callbacks: Σ, count, longest, scan start → settled. */
  deferredWork: number;
  deferredSlices: number;
  deferredMaxSlice: number;
  settledWall: number;
  /** From scan start to 3 frames after the deferred phase ends. */
  tasks: TaskReport;
}

/** (c) as the content script runs it: stock `setTimeout` yields, the page renders between slices. */
async function vigieSliced(terms: number, runs: number): Promise<SlicedRun[]> {
  const matcher = matcherFor(terms);
  const out: SlicedRun[] = [];
  for (let i = 0; i < runs; i++) {
    endSession();
    freshFeed(true);
    await settle();
    const idleTimes: number[] = [];
    const current = newSession(matcher, timedIdle(idleTimes));
    const tasks = watchLongTasks();
    const trace = traceSlices();
    const start = now();
    await current.listener.scan(document.body);
    const wall = now() - start;
    const slices = trace.stop();
    await current.listener.settled();
    const settledWall = now() - start;
    await frames(3);
    out.push({
      work: slices.reduce((sum, ms) => sum + ms, 0),
      wall,
      slices: slices.length,
      maxSlice: Math.max(...slices),
      deferredWork: idleTimes.reduce((sum, ms) => sum + ms, 0),
      deferredSlices: idleTimes.length,
      deferredMaxSlice: Math.max(0, ...idleTimes),
      settledWall,
      tasks: tasks.stop(),
    });
  }
  return out;
}

// ---------------------------------------------------------------- (d) incremental

interface AppendRun {
  /** watchUnits' MutationObserver callback (collecting), measured between two bracketing observers. */
  observer: number;
  /** The scheduled flush: units of the added subtrees found, then PageListener.update. */
  flush: number;
  /** From the append to the end of processing, frame wait included. */
  latency: number;
  /** The deferred phase that follows (risk, extraction, report), in idle callbacks: Σ ms, count. */
  deferred: number;
  deferredSlices: number;
  mentions: number;
}

/**
 * Appends `count` new posts `appends` times to the feed that the last `vigie()`
 * run scanned, through the real `watchUnits` → `PageListener.update` path.
 */
async function incremental(
  terms: number,
  count: number,
  appends: number,
  warmup: number,
): Promise<{ runs: AppendRun[]; tasks: TaskReport }> {
  // A rendered copy, scanned (yields as microtasks), highlights painted: then the appends.
  endSession();
  const feed = freshFeed(true);
  await settle();
  const idleTimes: number[] = [];
  const current = newSession(matcherFor(terms), timedIdle(idleTimes));
  const timers = immediateTimers();
  await current.listener.scan(document.body);
  timers.stop();
  await current.listener.settled();
  await settle();
  const options = { childList: true, subtree: true, characterData: true };
  const stop = new AbortController();
  let observerStart = 0;
  let observerEnd = 0;
  let flushStart = 0;
  let flushEnd = 0;
  let flushed: (() => void) | null = null;
  const before = new MutationObserver(() => {
    observerStart = now();
  });
  before.observe(document.body, options);
  watchUnits({
    root: document.body,
    findUnits: (root) => adapter.findUnits(root),
    unitOf: (node) => adapter.unitOf(node),
    onUnits: (units) => current.listener.update(units),
    onRemoved: () => current.listener.dropDisconnected(),
    ignore: (node) => node instanceof Element && isOwnNode(node),
    signal: stop.signal,
    schedule: (callback) =>
      requestAnimationFrame(() => {
        flushStart = now();
        callback();
        flushEnd = now();
        flushed?.();
      }),
  });
  const after = new MutationObserver(() => {
    observerEnd = now();
  });
  after.observe(document.body, options);

  const out: AppendRun[] = [];
  let tasks: ReturnType<typeof watchLongTasks> | null = null;
  for (let i = 0; i < warmup + appends; i++) {
    const posts = document.createElement('template');
    posts.innerHTML = feedHtml(SEED, feedSize + appendedSoFar, count);
    appendedSoFar += count;
    const fragment = posts.content;
    // No gc() inside the observed window (it would be a long task of its own). One frame is
    // enough: the next requestAnimationFrame runs after the previous append has rendered.
    if (i <= warmup) await settle();
    else await frame();
    if (i === warmup) tasks = watchLongTasks();
    const mentionsBefore = current.found.length;
    const done = new Promise<void>((resolve) => {
      flushed = resolve;
    });
    idleTimes.length = 0;
    const start = now();
    feed.append(fragment);
    await done;
    flushed = null;
    await current.listener.settled();
    if (i >= warmup) {
      out.push({
        observer: observerEnd - observerStart,
        flush: flushEnd - flushStart,
        latency: flushEnd - start,
        mentions: current.found.length - mentionsBefore,
        deferred: idleTimes.reduce((sum, ms) => sum + ms, 0),
        deferredSlices: idleTimes.length,
      });
    }
  }
  await frames(3);
  const report = tasks?.stop() ?? { longTasks: [], frameRender: [], frameScript: [], entries: [] };
  stop.abort();
  before.disconnect();
  after.disconnect();
  // Back to the scanned feed for what follows.
  while (feed.children.length > feedSize) feed.lastElementChild?.remove();
  current.listener.dropDisconnected();
  appendedSoFar = 0;
  return { runs: out, tasks: report };
}

/** The page's own cost of appending posts, Vigie not running (no observer, no highlights). */
async function appendBaseline(count: number, appends: number): Promise<TaskReport> {
  endSession();
  const feed = freshFeed(true);
  await settle();
  const tasks = watchLongTasks();
  for (let i = 0; i < appends; i++) {
    const posts = document.createElement('template');
    posts.innerHTML = feedHtml(SEED, feedSize + appendedSoFar, count);
    appendedSoFar += count;
    feed.append(posts.content);
    await frames(2);
  }
  const report = tasks.stop();
  while (feed.children.length > feedSize) feed.lastElementChild?.remove();
  appendedSoFar = 0;
  return report;
}

// ---------------------------------------------------------------- profile

type Phase =
  | 'findUnits'
  | 'bodyOf'
  | 'collectText'
  | 'match'
  | 'ranges'
  | 'risk'
  | 'highlight'
  | 'extract'
  | 'report'
  | 'total';

/**
 * The first pass cut into the phases of `PageListener.evaluate`, each timed
 * over all units on its own (same functions, same order of work), plus the
 * real `PageListener.update()` over every unit, unsliced (`total`).
 */
function profileOnce(matcher: Matchers): Record<Phase, number> {
  const t = {} as Record<Phase, number>;
  let start = now();
  const units = adapter.findUnits(document.body);
  t.findUnits = now() - start;

  start = now();
  const bodies = units.map((unit) => adapter.bodyOf(unit));
  t.bodyOf = now() - start;

  start = now();
  const texts: UnitText[] = bodies.map((body) => collectText(body, listenerRule));
  t.collectText = now() - start;

  start = now();
  const context = { site: pageUrl().hostname, network: adapter.network };
  const results = texts.map((text) =>
    /\S/.test(text.text) ? matcher.watch.match(text.text, context) : null,
  );
  t.match = now() - start;

  const matched: number[] = [];
  results.forEach((result, i) => {
    if (result && result.watchlists.length > 0) matched.push(i);
  });

  start = now();
  const rangesOf: Partial<Record<HighlightKind, AbstractRange[]>>[] = [];
  const termsOf: Set<string>[] = [];
  for (const i of matched) {
    const text = texts[i]!;
    const ranges: Partial<Record<HighlightKind, AbstractRange[]>> = {};
    const terms = new Set<string>();
    for (const match of results[i]!.watchlists) {
      const list = ranges[match.kind] ?? [];
      ranges[match.kind] = list;
      for (const span of match.spans) {
        const range = rangeFor(text, span.start, span.end);
        if (range) list.push(range);
        terms.add(span.term);
      }
    }
    rangesOf.push(ranges);
    termsOf.push(terms);
  }
  t.ranges = now() - start;

  start = now();
  const risks: RiskAssessment[] = [];
  matched.forEach((i, k) => {
    const risk = assessRisk(texts[i]!.text, matcher.risk.match(texts[i]!.text, context).risk);
    rangesOf[k]!.risk = risk.spans
      .map((span) => rangeFor(texts[i]!, span.start, span.end))
      .filter((range): range is StaticRange => range !== null);
    risks.push(risk);
  });
  t.risk = now() - start;

  endSession();
  const highlighter = new Highlighter(host());
  start = now();
  matched.forEach((i, k) => {
    highlighter.setUnit(units[i]!, rangesOf[k]!);
  });
  t.highlight = now() - start;

  start = now();
  const extracted: ExtractedUnit[] = matched.map((i) => adapter.extract(units[i]!, pageUrl()));
  t.extract = now() - start;

  start = now();
  const reported = new Map<Element, string>();
  matched.forEach((i, k) => {
    const unit = extracted[k]!;
    const dedupeKey = unit.permalink ?? '';
    const signature = JSON.stringify([
      dedupeKey,
      unit.text,
      unit.engagement,
      results[i]!.watchlists.map((match) => match.watchlistId),
      risks[k]!.level,
    ]);
    const mention = { dedupeKey, terms: [...termsOf[k]!], signature };
    reported.set(units[i]!, mention.signature);
  });
  t.report = now() - start;
  highlighter.dispose();
  if (reported.size < 0) console.log(reported);

  freshFeed(false);
  const full = newSession(matcher);
  gc();
  start = now();
  full.listener.update(adapter.findUnits(document.body));
  t.total = now() - start;
  endSession();
  return t;
}

async function profile(
  terms: number,
  runs: number,
  warmup: number,
): Promise<Record<Phase, number>[]> {
  const matcher = matcherFor(terms);
  const out: Record<Phase, number>[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    endSession();
    freshFeed(false);
    await settle();
    const result = profileOnce(matcher);
    if (i >= warmup) out.push(result);
  }
  return out;
}

// ---------------------------------------------------------------- speed-up experiments

/**
 * The text phase alone (every unit's bodies, the adapter's `bodyOf` done
 * beforehand), on fresh copies, variants interleaved run by run:
 * - `textElements`: the per-element walk (`collectUnitText`) with one
 *   prebuilt `matches(hiddenTextCandidates)` per element, the adapter's check
 *   on candidates only (what `collectText` was until the second round);
 * - `textNoSkip`: the same walk, no callback (a lower bound for that walk);
 * - `textNodes`: what the listener runs now, `collectText`: a `TreeWalker`
 *   over each body's text nodes, skipped subtrees and block boundaries found
 *   by one `querySelectorAll` per body;
 * - `textFloor`: a `TreeWalker` over each body's text nodes reading `data`
 *   (the floor, restricted to the bodies: a lower bound for any text phase).
 */
type Variant =
  | 'textElements'
  | 'textNoSkip'
  | 'textNodes'
  | 'textFloor'
  | 'textByNodes'
  | 'bodyOfNow'
  | 'bodyOfBefore';

/** The hidden-text rule `PageListener` builds from the adapter and Vigie's own node. */
const listenerRule: HiddenTextRule = {
  candidates: `${adapter.hiddenTextCandidates ?? '*'},${OVERLAY_HOST_TAG}`,
  confirm: (element) => adapter.isHiddenText(element) || isOwnNode(element),
};

function runVariant(variant: Variant): number {
  if (variant === 'bodyOfNow' || variant === 'bodyOfBefore') {
    const units = adapter.findUnits(document.body);
    const bodyOf = variant === 'bodyOfNow' ? adapter.bodyOf : bodyOfBefore;
    const start = now();
    let sink = 0;
    for (const unit of units) sink += bodyOf(unit).length;
    const ms = now() - start;
    if (sink < 0) console.log(sink);
    return ms;
  }
  const bodies = adapter.findUnits(document.body).map((unit) => adapter.bodyOf(unit));
  const start = now();
  let sink = 0;
  if (variant === 'textNodes') {
    for (const body of bodies) sink += collectText(body, listenerRule).text.length;
  } else if (variant === 'textElements') {
    for (const body of bodies) sink += collectTextPerElement(body, listenerRule).text.length;
  } else if (variant === 'textByNodes') {
    for (const body of bodies) sink += collectTextByNodes(body, listenerRule).text.length;
  } else if (variant === 'textNoSkip') {
    for (const body of bodies) sink += collectUnitText(body, () => false).text.length;
  } else {
    for (const body of bodies) {
      for (const part of body) {
        const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          sink += (node as Text).data.length;
        }
      }
    }
  }
  const ms = now() - start;
  if (sink < 0) console.log(sink);
  return ms;
}

async function experiments(runs: number): Promise<Record<Variant, number[]>> {
  endSession();
  const variants: Variant[] = [
    'textElements',
    'textNoSkip',
    'textNodes',
    'textFloor',
    'textByNodes',
    'bodyOfNow',
    'bodyOfBefore',
  ];
  const out = Object.fromEntries(variants.map((v) => [v, [] as number[]])) as Record<
    Variant,
    number[]
  >;
  for (let i = 0; i < runs + 1; i++) {
    // Rotate the order so no variant always runs first after a copy.
    const order = variants.map((_, k) => variants[(k + i) % variants.length]!);
    for (const variant of order) {
      freshFeed(false);
      await settle();
      const ms = runVariant(variant);
      if (i > 0) out[variant].push(ms);
    }
  }
  return out;
}

// ---------------------------------------------------------------- (b) mark.js

interface MarkRun {
  /** markRegExp until its `done` callback. */
  ms: number;
  marks: number;
}

async function markjs(
  terms: number,
  runs: number,
  warmup: number,
): Promise<{ runs: MarkRun[]; regexLength: number }> {
  const Mark = markConstructor();
  const regexp = markRegExpFor(termsFor(terms).terms);
  const feed = feedRoot();
  endSession();
  const out: MarkRun[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // A fresh copy of the feed every run (mark.js wraps matches in <mark>).
    freshFeed(true);
    await settle();
    regexp.lastIndex = 0;
    const start = now();
    const marks = await new Promise<number>((resolve) => {
      new Mark(feed).markRegExp(regexp, { done: resolve });
    });
    const ms = now() - start;
    if (i >= warmup) out.push({ ms, marks });
  }
  return { runs: out, regexLength: regexp.source.length };
}

// ---------------------------------------------------------------- API

function describeTerms(count: number): { terms: string[]; queries: string[] } {
  const set = termsFor(count);
  return { terms: set.terms, queries: set.watchlists.map((w) => w.query) };
}

const api = {
  setup,
  floor,
  compile,
  vigie,
  vigieSliced,
  incremental,
  appendBaseline,
  profile,
  experiments,
  markjs,
  calibrateLongTasks,
  describeTerms,
  crossOriginIsolated: () => globalThis.crossOriginIsolated,
  hasGc: () => typeof (globalThis as { gc?: () => void }).gc === 'function',
};

export type BenchApi = typeof api;
(globalThis as unknown as { vigieBench: BenchApi }).vigieBench = api;
