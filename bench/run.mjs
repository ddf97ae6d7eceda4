// `npm run bench` (after `npm run build`): Vigie's highlighting pipeline against
// the floor and mark.js in headless Chromium, on generated feeds. Prints the
// table and the targets check, and rewrites bench/README.md with them.
//
// Environment: BENCH_QUICK=1 runs only the 200- and 2,000-post feeds with few
// repetitions (for working on the bench itself; README.md is not rewritten).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.BENCH_QUICK === '1';
const ORIGIN = 'https://bench.vigie.test';

const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : QUICK
    ? [200, 2_000]
    : [200, 2_000, 10_000];
/** Only a full default run rewrites bench/README.md. */
const OFFICIAL = !QUICK && !process.env.BENCH_SIZES;
const TERM_COUNTS = [10, 100, 1_000];
/** Repetitions per cell (medians over `runs`, `warmup` runs before them discarded). */
// sliced: runs of the stock, sliced scan (slow at 10k: the page repaints between slices).
const PLAN = QUICK
  ? {
      200: { runs: 5, warmup: 1, mark: 5, markWarmup: 1, sliced: 2, appends: 20 },
      2000: { runs: 5, warmup: 1, mark: 5, markWarmup: 1, sliced: 1, appends: 20 },
    }
  : {
      200: { runs: 11, warmup: 2, mark: 9, markWarmup: 2, sliced: 3, appends: 20 },
      2000: { runs: 7, warmup: 1, mark: 7, markWarmup: 1, sliced: 2, appends: 20 },
      // Every fresh 10,000-post copy costs ≈ 1.5 s (clone + gc) and a rendered one ≈ 4 s, and
      // the sliced scan takes 15–60 s here (the page re-renders highlights between slices).
      // So: the target cell (1,000 terms) in full and first (it warms the JIT up), the sliced
      // and staged scans only there, and 3 runs without warm-up at 10 and 100 terms.
      10000: {
        runs: 5,
        warmup: 1,
        mark: 5,
        markWarmup: 1,
        sliced: 1,
        first: 1000,
        slicedTerms: [1000],
        appends: 20,
        trim: { terms: [10, 100], runs: 3, warmup: 0, mark: 3, markWarmup: 0, appends: 6 },
      },
    };

/** The plan for one cell: the size's plan, trimmed for some term counts. */
function planFor(size, terms) {
  const plan = PLAN[size];
  return plan.trim?.terms.includes(terms) ? { ...plan, ...plan.trim } : plan;
}

/** Term counts in the order they are measured (the size's `first` one first). */
function measureOrder(size) {
  const first = PLAN[size].first;
  return first ? [first, ...TERM_COUNTS.filter((terms) => terms !== first)] : TERM_COUNTS;
}
const COMPILE_RUNS = QUICK ? 3 : 5;
const APPEND_POSTS = 50;
const APPEND_WARMUP = 2;
const PROFILE_RUNS = 3;
const EXPERIMENT_SIZE = 2_000;
const EXPERIMENT_TERMS = 1_000;
const EXPERIMENT_RUNS = 7;
/** The phase breakdown: at 1,000 terms, 2,000 and 10,000 posts (per-unit costs grow with the heap). */
const PROFILE_TERMS = 1_000;
const PROFILE_SIZES = [2_000, 10_000];

const TARGET = { cOverA: 1.5, bOverC: 10, dMs: 1, taskMs: 50, bundleKiB: 40 };

// ---------------------------------------------------------------- helpers

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v, digits) => {
  if (!Number.isFinite(v)) return '—';
  const d = digits ?? (v < 10 ? 2 : v < 100 ? 1 : 0);
  return v.toFixed(d);
};
const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : 1)}×` : '—');
const int = (v) => v.toLocaleString('en-US');
const pct = (v) => `${(v * 100).toFixed(0)} %`;
const log = (...args) => console.error(...args);
const VERBOSE = process.env.BENCH_VERBOSE === '1';
/** page.evaluate with the step's duration logged (BENCH_VERBOSE=1). */
async function step(label, page, fn, ...args) {
  const t = Date.now();
  const result = await page.evaluate(fn, ...args);
  if (VERBOSE) log(`    ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return result;
}

/** A Markdown table, columns padded (as Biome formats Markdown); right-aligned unless `align[i]` is 'l'. */
function table(headers, rows, align) {
  const left = (i) => align?.[i] === 'l';
  const widths = headers.map((header, i) =>
    Math.max(3, header.length, ...rows.map((row) => String(row[i] ?? '').length)),
  );
  const pad = (cell, i) =>
    left(i) ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]);
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const sep = `| ${widths.map((w, i) => (left(i) ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(headers), sep, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- page bundle

/** `@/…` → the repo root, as in the extension's own build. */
const aliasAt = {
  name: 'alias-at',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (args) =>
      b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind }),
    );
  },
};

async function bundlePage() {
  const result = await build({
    entryPoints: [join(ROOT, 'bench/page/bench-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    plugins: [aliasAt],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function pageHtml() {
  const highlights = readFileSync(join(ROOT, 'lib/content/highlights.css'), 'utf8');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vigie bench feed</title>
<style>
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: #0f1419; background: #fff; }
#feed { max-width: 600px; margin: 0 auto; }
.post { display: block; padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
.post__inner { display: flex; gap: 12px; }
.post__avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #cfd9de; }
.post__main { flex: 1; min-width: 0; }
.post__header { display: flex; gap: 4px; color: #536471; }
.post__name { font-weight: 700; color: #0f1419; }
.post__text { white-space: pre-wrap; overflow-wrap: anywhere; }
.post__text a { color: #1d9bf0; text-decoration: none; }
.invisible { font-size: 0; line-height: 0; display: inline-block; width: 0; height: 0; position: absolute; }
.post__actions { display: flex; justify-content: space-between; max-width: 420px; margin-top: 8px; }
.action { border: 0; background: none; color: #536471; }
mark { background: #fde68a; }
${highlights}
</style>
<script src="/mark.min.js"></script>
<script src="/bench.js"></script>
</head><body><main id="feed"></main></body></html>`;
}

// ---------------------------------------------------------------- browser

async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    protocolTimeout: 600_000,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // gc() between runs, outside every timed section: fewer collections inside them.
      '--js-flags=--expose-gc',
    ],
  });
}

async function openPage(browser, files) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (!file) {
      request.respond({ status: 404, body: '' });
      return;
    }
    request.respond({
      status: 200,
      contentType: file.type,
      // Cross-origin isolated: performance.now() at 5 µs instead of 100 µs.
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
      body: file.body,
    });
  });
  page.on('pageerror', (error) => log('page error:', error.message));
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  await page.bringToFront();
  const ok = await page.evaluate(() => ({
    api: typeof globalThis.vigieBench === 'object',
    isolated: globalThis.vigieBench?.crossOriginIsolated(),
    gc: globalThis.vigieBench?.hasGc(),
    mark: typeof globalThis.Mark === 'function',
    highlights: typeof CSS !== 'undefined' && 'highlights' in CSS,
  }));
  if (!ok.api || !ok.mark || !ok.highlights) {
    throw new Error(`bench page not ready: ${JSON.stringify(ok)}`);
  }
  return { page, env: ok };
}

// ---------------------------------------------------------------- measure

function cellFor(results, size, terms) {
  const key = `${size}x${terms}`;
  if (!results[key]) results[key] = { size, terms };
  return results[key];
}

async function measureVigie(browser, files, size, results, meta) {
  const plan = PLAN[size];
  const { page, env } = await openPage(browser, files);
  meta.env = env;
  if (meta.calibration === undefined) {
    meta.calibration = await page.evaluate(() => globalThis.vigieBench.calibrateLongTasks());
  }
  const stats = await step('setup', page, (n) => globalThis.vigieBench.setup(n), size);
  meta.feeds[size] = stats;
  log(
    `feed ${int(size)} posts: ${int(stats.chars)} chars in ${int(stats.textNodes)} text nodes, ${int(stats.elements)} elements`,
  );
  const floor = await step(
    'floor',
    page,
    (runs, warmup) => globalThis.vigieBench.floor(runs, warmup),
    plan.runs,
    plan.warmup,
  );
  meta.baseline[size] = await step(
    'baseline',
    page,
    (count, appends) => globalThis.vigieBench.appendBaseline(count, appends),
    APPEND_POSTS,
    5,
  );
  for (const terms of measureOrder(size)) {
    const plan = planFor(size, terms);
    const cell = cellFor(results, size, terms);
    cell.a = floor.cold;
    cell.aWarm = floor.warm;
    cell.compile = await step(
      'compile',
      page,
      (n, runs) => globalThis.vigieBench.compile(n, runs),
      terms,
      COMPILE_RUNS,
    );
    cell.c = await step(
      'c',
      page,
      (n, runs, warmup) => globalThis.vigieBench.vigie(n, runs, warmup),
      terms,
      plan.runs,
      plan.warmup,
    );
    cell.cs =
      plan.slicedTerms && !plan.slicedTerms.includes(terms)
        ? []
        : await step(
            'sliced',
            page,
            (n, runs) => globalThis.vigieBench.vigieSliced(n, runs),
            terms,
            plan.sliced,
          );
    cell.d = await step(
      'd',
      page,
      (n, count, appends, warmup) => globalThis.vigieBench.incremental(n, count, appends, warmup),
      terms,
      APPEND_POSTS,
      plan.appends,
      APPEND_WARMUP,
    );
    if (PROFILE_SIZES.includes(size) && terms === PROFILE_TERMS) {
      // No warm-up: the c runs just before warmed this page's JIT up.
      cell.profile = await step(
        'profile',
        page,
        (n, runs) => globalThis.vigieBench.profile(n, runs, 0),
        terms,
        PROFILE_RUNS,
      );
    }
    if (size === EXPERIMENT_SIZE && terms === EXPERIMENT_TERMS) {
      cell.experiments = await step(
        'experiments',
        page,
        (runs) => globalThis.vigieBench.experiments(runs),
        EXPERIMENT_RUNS,
      );
    }
    log(
      `  ${int(size)} × ${int(terms)}: a ${ms(median(cell.a))} ms, c ${ms(median(cell.c.work))} ms, sliced wall ${ms(median(cell.cs.map((r) => r.wall)))} ms, d ${ms(median(cell.d.runs.map((r) => r.observer + r.flush)), 3)} ms (${Math.round((Date.now() - started) / 1000)} s)`,
    );
  }
  await page.close();
}

async function measureMark(browser, files, size, results) {
  let opened = null;
  for (const terms of measureOrder(size)) {
    const plan = planFor(size, terms);
    const cell = cellFor(results, size, terms);
    try {
      if (!opened) {
        opened = await openPage(browser, files);
        await step('mark setup', opened.page, (n) => globalThis.vigieBench.setup(n), size);
      }
      cell.b = await step(
        'mark',
        opened.page,
        (n, runs, warmup) => globalThis.vigieBench.markjs(n, runs, warmup),
        terms,
        plan.mark,
        plan.markWarmup,
      );
      log(`  mark.js ${int(size)} × ${int(terms)}: ${ms(median(cell.b.runs.map((r) => r.ms)))} ms`);
    } catch (error) {
      cell.bError = String(error?.message ?? error).split('\n')[0];
      log(`  mark.js ${int(size)} × ${int(terms)} failed: ${cell.bError}`);
      await opened?.page.close().catch(() => undefined);
      opened = null;
    }
  }
  await opened?.page.close();
}

function bundleSizes() {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  let names;
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.js'));
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const raw = readFileSync(join(dir, name));
      return { name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

// ---------------------------------------------------------------- report

const maxOf = (values) => (values.length ? Math.max(...values) : 0);

function summarize(cell) {
  // a from the c runs themselves (measured just before each c, same load); the separate floor runs as a fallback.
  const a = cell.c.floor?.length ? median(cell.c.floor) : median(cell.a);
  const b = cell.b ? median(cell.b.runs.map((r) => r.ms)) : Number.NaN;
  const c = median(cell.c.work);
  const dRuns = cell.d.runs.map((r) => r.observer + r.flush).sort((x, y) => x - y);
  const slicedTasks = cell.cs.map((r) => r.tasks);
  return {
    a,
    aWarm: median(cell.aWarm),
    b,
    c,
    compile: median(cell.compile.times),
    d: median(dRuns),
    dP90: dRuns[Math.floor(dRuns.length * 0.9)],
    dLatency: median(cell.d.runs.map((r) => r.latency)),
    dLongTask: Math.max(maxOf(cell.d.tasks.longTasks), maxOf(cell.d.tasks.frameRender)),
    dLongTaskCount: cell.d.tasks.longTasks.length,
    dRender: maxOf(cell.d.tasks.frameRender),
    dDeferred: median(cell.d.runs.map((r) => r.deferred)),
    deferred: median(cell.c.deferred),
    deferredSlices: cell.c.deferredSlices,
    deferredMaxSlice: cell.c.deferredMaxSlice,
    settledWall: median(cell.cs.map((r) => r.settledWall)),
    idleWork: median(cell.cs.map((r) => r.deferredWork)),
    idleMaxSlice: maxOf(cell.cs.map((r) => r.deferredMaxSlice)),
    marks: cell.b?.runs[0]?.marks,
    mentions: cell.c.mentions,
    ranges: Object.values(cell.c.ranges).reduce((sum, n) => sum + n, 0),
    slicedWork: median(cell.cs.map((r) => r.work)),
    slicedWall: median(cell.cs.map((r) => r.wall)),
    slices: median(cell.cs.map((r) => r.slices)),
    maxSlice: maxOf(cell.cs.map((r) => r.maxSlice)),
    longTask: Math.max(
      maxOf(slicedTasks.flatMap((t) => t.longTasks)),
      maxOf(slicedTasks.flatMap((t) => t.frameRender)),
    ),
    longTaskCount:
      slicedTasks.reduce(
        (n, t) => n + Math.max(t.longTasks.length, t.frameRender.filter((v) => v > 50).length),
        0,
      ) / cell.cs.length,
    frameRender: maxOf(slicedTasks.flatMap((t) => t.frameRender)),
  };
}

const PHASES = [
  ['findUnits', 'adapter.findUnits (querySelectorAll)', false],
  ['bodyOf', 'adapter.bodyOf, every unit', false],
  [
    'collectText',
    'collectText (per-element walk, hidden-text candidates by tag or `matches()`)',
    false,
  ],
  ['match', 'matcher.match', false],
  ['ranges', 'rangeFor → StaticRanges, matched units', true],
  ['highlight', 'highlighter.setUnit (Highlight.add), matched units', true],
  ['risk', 'deferred: risk matcher + assessRisk (scoreRisk) + risk ranges, matched units', true],
  ['extract', 'deferred: adapter.extract, matched units', true],
  ['report', 'deferred: signature (JSON.stringify) + mention, matched units', true],
];

function report(results, meta, sizes) {
  const out = [];
  const cells = [];
  for (const size of SIZES) {
    for (const terms of TERM_COUNTS) {
      const cell = results[`${size}x${terms}`];
      if (cell?.c) cells.push({ cell, s: summarize(cell) });
    }
  }
  const rows = cells.map(({ cell, s }) => [
    int(cell.size),
    int(cell.terms),
    ms(s.a),
    cell.b ? ms(s.b) : 'failed',
    ms(s.c),
    ratio(s.c / s.a),
    cell.b ? ratio(s.b / s.c) : '—',
    ms(s.d, 3),
    ms(s.deferred),
    ms(s.dDeferred, 2),
    ms(s.compile),
    `${int(s.mentions)} / ${int(s.ranges)}`,
    cell.b ? int(s.marks) : '—',
  ]);
  out.push(
    table(
      [
        'posts',
        'terms',
        'a floor',
        'b mark.js',
        'c Vigie',
        'c/a',
        'b/c',
        'd +50 posts',
        'deferred (c)',
        'deferred (d)',
        'compile',
        'mentions / ranges',
        'mark.js marks',
      ],
      rows,
    ),
  );
  out.push('');
  out.push(
    'ms, medians (runs: ' +
      SIZES.map((size) => {
        const p = PLAN[size];
        const trim = p.trim
          ? ` (at ${p.trim.terms.map(int).join(' and ')} terms: ${p.trim.runs} + ${p.trim.warmup}, mark.js ${p.trim.mark} + ${p.trim.markWarmup}, d ${p.trim.appends} appends)`
          : '';
        return `${int(size)} posts ${p.runs} + ${p.warmup} warm-up, mark.js ${p.mark} + ${p.markWarmup}, d ${p.appends} appends + ${APPEND_WARMUP} warm-up${trim}`;
      }).join('; ') +
      '). ' +
      'a, b and c each run on a fresh, rendered copy of the feed (nodes no script has touched). ' +
      "a: TreeWalker reading every text node, measured in each c iteration just before c on its own fresh copy (a and c share the load of the moment). b: mark.js `markRegExp` until `done` (its own tab, after Vigie's). " +
      "c: the real `PageListener.scan()` until it resolves: units found, text collected, matched, watch-term ranges built and registered in `CSS.highlights` (its `setTimeout` yields run as microtasks so the page does not render in between: Vigie's own main-thread time). c does NOT include the deferred phase. " +
      'deferred (c): what the scan leaves for later, every slice run back to back right after c and summed: risk scoring and risk ranges, `adapter.extract`, the mention report (`onMentions`) for every matched post. ' +
      "d: watchUnits' MutationObserver callback + the scheduled flush (`PageListener.update`: the same lean phase) for 50 appended posts; deferred (d): the background slices that follow each append (Σ, the content script's own scheduler: `scheduler.postTask`, priority `background`). " +
      'compile: `compileSplit` (the watchlists, and the risk lexicon apart), fold tables excluded. ' +
      'mentions / ranges: units reported, StaticRanges in `CSS.highlights` after one pass.',
  );

  out.push('', '### Time slicing and main-thread tasks', '');
  out.push(
    table(
      [
        'posts',
        'terms',
        'Σ slices',
        'wall',
        'slices',
        'longest slice',
        'longest task',
        'tasks > 50 ms / pass',
        'longest render part',
        'd: longest task',
        'deferred: Σ slices',
        'longest deferred slice',
        'scan start → all reported',
      ],
      cells.map(({ cell, s }) => [
        int(cell.size),
        int(cell.terms),
        ...(cell.cs.length
          ? [
              ms(s.slicedWork),
              ms(s.slicedWall),
              String(s.slices),
              ms(s.maxSlice),
              s.longTask ? ms(s.longTask) : '< 50',
              String(Math.round(s.longTaskCount)),
              s.frameRender ? ms(s.frameRender) : '< 50',
            ]
          : ['not run', '', '', '', '', '', '']),
        s.dLongTask ? ms(s.dLongTask) : '< 50',
        ...(cell.cs.length
          ? [ms(s.idleWork), ms(s.idleMaxSlice), ms(s.settledWall)]
          : ['', '', '']),
      ]),
    ),
  );
  out.push(
    '',
    'The stock sliced `scan()` as the content script runs it (' +
      SIZES.map(
        (size) =>
          `${PLAN[size].sliced} run${PLAN[size].sliced > 1 ? 's' : ''} at ${int(size)}${PLAN[size].slicedTerms ? ` (${PLAN[size].slicedTerms.map(int).join(', ')} terms only)` : ''}`,
      ).join(', ') +
      "). Σ slices and longest slice: measured by the bench around the scan's own `setTimeout` yields (Vigie's JS); the scan registers its highlights once, when it ends. " +
      "Longest task, tasks > 50 ms: from scan start to three frames after the deferred phase ends, the longest of the browser's `longtask` PerformanceObserver entries and of the rendering parts of `long-animation-frame` entries (from `renderStart` to the end of the frame: style, layout, pre-paint, paint — one uninterrupted block of main-thread work). " +
      'Longest render part: that rendering part alone. ' +
      'd: the same over all timed appends of the incremental pass (the page renders the appended posts and the changed highlights). ' +
      "Deferred: the content script's background-priority slices (`scheduler.postTask`, ≤ 8 ms of work each, risk highlights registered once at the end); scan start → all reported: wall time until every mention has been handed to `onMentions`.",
  );

  // Targets.
  const head =
    cells.find(({ cell }) => cell.size === 10_000 && cell.terms === 1_000) ?? cells.at(-1);
  const checks = [];
  if (head) {
    const { s, cell } = head;
    const where = `${int(cell.size)} posts × ${int(cell.terms)} terms`;
    const cOverA = s.c / s.a;
    checks.push({
      name: `c ≤ ${TARGET.cOverA} × a (${where})`,
      pass: cOverA <= TARGET.cOverA,
      detail:
        cOverA <= TARGET.cOverA
          ? `c/a = ${cOverA.toFixed(2)} (${ms(s.c)} ms vs ${ms(s.a)} ms); ${ms(TARGET.cOverA * s.a - s.c)} ms of margin`
          : `c/a = ${cOverA.toFixed(2)} (${ms(s.c)} ms vs ${ms(s.a)} ms); over by ${ms(s.c - TARGET.cOverA * s.a)} ms (${pct(s.c / (TARGET.cOverA * s.a) - 1)} over the ${ms(TARGET.cOverA * s.a)} ms budget)`,
    });
    const withB = cells.filter(({ cell: c }) => c.b);
    const worst = withB.reduce(
      (min, x) => (x.s.b / x.s.c < min.s.b / min.s.c ? x : min),
      withB[0] ?? head,
    );
    const bOverC = s.b / s.c;
    const failedB = cells
      .filter(({ cell: c }) => !c.b)
      .map(({ cell: c }) => `${int(c.size)}×${int(c.terms)}`);
    checks.push({
      name: `b/c ≥ ${TARGET.bOverC} (${where}; every cell)`,
      pass: Number.isFinite(bOverC) ? bOverC >= TARGET.bOverC : false,
      detail:
        (Number.isFinite(bOverC)
          ? `b/c = ${bOverC.toFixed(1)} (${ms(s.b)} ms vs ${ms(s.c)} ms), ${bOverC >= TARGET.bOverC ? `${pct(bOverC / TARGET.bOverC - 1)} above` : `${pct(1 - bOverC / TARGET.bOverC)} below`} the target`
          : `mark.js failed here (${cell.bError ?? 'no result'})`) +
        (worst?.cell.b
          ? `; lowest cell ${int(worst.cell.size)}×${int(worst.cell.terms)}: ${(worst.s.b / worst.s.c).toFixed(1)}`
          : '') +
        (failedB.length ? `; mark.js failed at ${failedB.join(', ')}` : ''),
    });
    checks.push({
      name: `d ≤ ${TARGET.dMs} ms median (${where})`,
      pass: s.d <= TARGET.dMs,
      detail: `${ms(s.d, 3)} ms median (p90 ${ms(s.dP90, 3)} ms) for ${APPEND_POSTS} posts, ${s.d <= TARGET.dMs ? `${ms(TARGET.dMs - s.d, 3)} ms of margin` : `over by ${ms(s.d - TARGET.dMs, 3)} ms`}; latency incl. the frame wait ${ms(s.dLatency)} ms`,
    });
    const sliced = cells.filter((x) => x.cell.cs.length > 0);
    const maxSlice = Math.max(...sliced.map((x) => x.s.maxSlice));
    const worstCell = sliced.reduce((w, x) => (x.s.longTask > w.s.longTask ? x : w), sliced[0]);
    const maxLong = worstCell.s.longTask;
    const worstTask = Math.max(maxSlice, maxLong);
    const clean = sliced
      .filter((x) => x.s.longTask <= TARGET.taskMs)
      .map((x) => `${int(x.cell.size)}×${int(x.cell.terms)}`);
    checks.push({
      name: `no task > ${TARGET.taskMs} ms during c (sliced scan, every cell)`,
      pass: worstTask <= TARGET.taskMs,
      detail:
        `Vigie's slices: longest ${ms(maxSlice)} ms (${maxSlice <= TARGET.taskMs ? 'within' : 'over'} the budget); ` +
        (maxLong > TARGET.taskMs
          ? `browser long tasks: longest ${ms(maxLong)} ms at ${int(worstCell.cell.size)}×${int(worstCell.cell.terms)} (rendering part of the longest frame there ${ms(worstCell.s.frameRender)} ms), over by ${ms(maxLong - TARGET.taskMs)} ms`
          : `browser long tasks: none over ${TARGET.taskMs} ms (longest seen ${maxLong ? `${ms(maxLong)} ms` : '< 50 ms'}), ${ms(TARGET.taskMs - worstTask)} ms of margin`) +
        (clean.length && maxLong > TARGET.taskMs ? `; none at ${clean.join(', ')}` : '') +
        `; deferred phase at ${where}: longest slice ${ms(s.idleMaxSlice)} ms` +
        `; after an incremental pass at ${where}: ${s.dLongTask ? `${ms(s.dLongTask)} ms` : '< 50 ms'}`,
    });
  }
  if (sizes.length) {
    const biggest = sizes[0];
    const kib = biggest.gzip / 1024;
    checks.push({
      name: `content-script bundle ≤ ${TARGET.bundleKiB} KB gzip (largest of ${sizes.length})`,
      pass: kib <= TARGET.bundleKiB,
      detail: `${biggest.name} ${kib.toFixed(1)} KB gzip (${int(biggest.gzip)} B, ${int(biggest.raw)} B raw); ${kib <= TARGET.bundleKiB ? `${(TARGET.bundleKiB - kib).toFixed(1)} KB of margin` : `over by ${(kib - TARGET.bundleKiB).toFixed(1)} KB`}`,
    });
  } else {
    checks.push({
      name: `content-script bundle ≤ ${TARGET.bundleKiB} KB gzip`,
      pass: false,
      detail: 'no .output/chrome-mv3/content-scripts/*.js: run `npm run build` first',
    });
  }
  out.push('', '### Targets', '');
  for (const check of checks)
    out.push(`- **${check.pass ? 'PASS' : 'MISS'}** ${check.name}: ${check.detail}`);

  // Breakdown.
  const profiled = cells.filter(({ cell }) => cell.profile);
  if (profiled.length) {
    out.push(
      '',
      `### Where the first pass goes (${int(PROFILE_TERMS)} terms, phases timed one by one, fresh copies, medians of ${profiled[0].cell.profile.length})`,
      '',
    );
    const headers = [
      'phase',
      ...profiled.flatMap(({ cell }) => [
        `${int(cell.size)} posts, ms`,
        'µs per unit (per mention)',
      ]),
    ];
    const rowsP = [];
    const med = (cell, key) => median(cell.profile.map((p) => p[key]));
    const us = (v, n) => (v * 1000) / n;
    for (const [key, label, perMention] of PHASES) {
      rowsP.push([
        label,
        ...profiled.flatMap(({ cell }) => {
          const v = med(cell, key);
          return [
            `${ms(v)} (${pct(v / med(cell, 'total'))})`,
            `${us(v, cell.size).toFixed(2)}${perMention ? ` (${us(v, cell.c.mentions).toFixed(1)})` : ''}`,
          ];
        }),
      ]);
    }
    const sigma = (cell) => PHASES.reduce((sum, [key]) => sum + med(cell, key), 0);
    rowsP.push([
      '**Σ phases**',
      ...profiled.flatMap(({ cell }) => [ms(sigma(cell)), us(sigma(cell), cell.size).toFixed(2)]),
    ]);
    rowsP.push([
      '**PageListener.update(all units), unsliced**',
      ...profiled.flatMap(({ cell }) => [
        ms(med(cell, 'total')),
        us(med(cell, 'total'), cell.size).toFixed(2),
      ]),
    ]);
    rowsP.push([
      'c (real scan(), yields as microtasks)',
      ...profiled.flatMap(({ cell, s }) => [ms(s.c), us(s.c, cell.size).toFixed(2)]),
    ]);
    rowsP.push([
      'a floor',
      ...profiled.flatMap(({ cell, s }) => [ms(s.a), us(s.a, cell.size).toFixed(2)]),
    ]);
    out.push(table(headers, rowsP, ['l']));
    out.push(
      '',
      'Fresh copies kept out of rendering (`display: none`) to keep the run short: ≈ 5 % cheaper than the rendered copies c runs on. ms, medians; % of the unsliced total; µs per post (per mention for the phases that only run on matched units). Each phase runs over all units before the next (the same calls as `PageListener.evaluate`), so Σ phases ≈ the unsliced total. Garbage collection lands in whichever phase triggers it: at 10,000 posts (≈ 300k elements, two copies alive) major GCs are long, and the allocating phases (extract, risk) absorb them.',
    );
  }

  const exp = cells.find(({ cell }) => cell.experiments);
  if (exp) {
    const e = exp.cell.experiments;
    const m = (k) => median(e[k]);
    const gain = (k, base = 'base') =>
      `${ms(m(base) - m(k))} ms (${pct((m(base) - m(k)) / m(base))})`;
    out.push(
      '',
      `### Text collection and bodies: variants (${int(exp.cell.size)} posts, fresh copies, variants interleaved, medians of ${e.textNodes.length})`,
      '',
    );
    out.push(
      table(
        ['phase, variant', 'ms', 'vs the first round'],
        [
          [
            'text, first round: per-element walk, one prebuilt `matches(hiddenTextCandidates)` per element',
            ms(m('textElements')),
            '—',
          ],
          [
            'text, now (`collectText`): per-element walk, elements without attributes answered by tag (`candidateTest`), `matches()` for the others',
            ms(m('textNodes')),
            gain('textNodes', 'textElements'),
          ],
          [
            'text, tried: `TreeWalker` over text nodes, hidden subtrees and block boundaries from one `querySelectorAll` per body',
            ms(m('textByNodes')),
            gain('textByNodes', 'textElements'),
          ],
          [
            'text, lower bound of the per-element walk: no hidden-text check at all (wrong output)',
            ms(m('textNoSkip')),
            gain('textNoSkip', 'textElements'),
          ],
          [
            "text, floor: `TreeWalker` over the bodies' text nodes, reading `data` only (no blocks, no hidden text)",
            ms(m('textFloor')),
            gain('textFloor', 'textElements'),
          ],
          [
            'bodyOf, first round: `ownAll` = `Array.from(querySelectorAll).filter(closest)`',
            ms(m('bodyOfBefore')),
            '—',
          ],
          [
            'bodyOf, now: `ownAll` with a plain loop',
            ms(m('bodyOfNow')),
            gain('bodyOfNow', 'bodyOfBefore'),
          ],
        ],
        ['l'],
      ),
    );
    out.push(
      '',
      'Each variant alone over every unit (the text variants over the bodies `bodyOf` found beforehand), on fresh copies kept out of rendering; the text variants give the same text, nodes and offsets except the lower bound and the floor. Gains under ≈ 5 % are within the noise of these runs.',
    );
  }

  // Other figures.
  const compileCells = cells.filter(({ cell }) => cell.size === SIZES.at(-1));
  out.push('', '### Other figures', '');
  out.push(
    `- Fold tables, built once per page on first compile: ${ms(results[`${SIZES[0]}x${TERM_COUNTS[0]}`]?.compile.foldTablesMs)} ms.`,
  );
  for (const { cell, s } of compileCells) {
    out.push(
      `- ${int(cell.terms)} watch terms in ${cell.compile.watchlists} watchlists + ${cell.compile.riskTerms} risk-lexicon terms → ${int(cell.compile.termCount)} word patterns in two automata (watchlists; risk lexicon); compile ${ms(s.compile)} ms (median of ${cell.compile.times.length}).`,
    );
  }
  for (const size of SIZES) {
    const f = meta.feeds[size];
    if (f) {
      out.push(
        `- Feed of ${int(size)} posts: ${int(f.chars)} characters in ${int(f.textNodes)} text nodes (${int(f.bodyChars)} in post bodies, ${Math.round(f.bodyChars / size)} per post), ${int(f.elements)} elements.`,
      );
    }
  }
  out.push(
    `- Floor on a copy already read once (warm wrappers): ${cells
      .filter(({ cell }) => cell.terms === TERM_COUNTS[0])
      .map(({ cell, s }) => `${int(cell.size)} posts ${ms(s.aWarm)} ms (cold ${ms(s.a)})`)
      .join(', ')}.`,
  );
  for (const size of SIZES) {
    const base = meta.baseline[size];
    if (base) {
      const worst = Math.max(maxOf(base.longTasks), maxOf(base.frameRender));
      out.push(
        `- Baseline, Vigie not running: appending 50 posts to the ${int(size)}-post feed, longest task ${worst ? `${ms(worst)} ms` : '< 50 ms'} (5 appends).`,
      );
    }
  }
  if (meta.calibration) {
    out.push(
      `- Long-task observer check: a deliberate 80 ms task was reported as ${meta.calibration.map((v) => `${ms(v)} ms`).join(', ') || 'nothing (observer not working!)'}.`,
    );
  }
  if (sizes.length) {
    out.push(
      `- Content scripts, gzip -9: ${sizes.map((x) => `${x.name.replace('.js', '')} ${(x.gzip / 1024).toFixed(1)}`).join(', ')} (KB, 1 KB = 1,024 B).`,
    );
  }
  return { text: out.join('\n'), checks };
}

// ---------------------------------------------------------------- main

const started = Date.now();
const loadBefore = loadavg()[0];
const bundle = await bundlePage();
const files = {
  '/': { type: 'text/html; charset=utf-8', body: pageHtml() },
  '/bench.js': { type: 'text/javascript; charset=utf-8', body: bundle },
  '/mark.min.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
  },
};
const browser = await launch();
const version = await browser.version();
const results = {};
// BENCH_TEXT=<posts>: the text-phase variants alone (interleaved on fresh copies), medians; nothing else.
if (process.env.BENCH_TEXT) {
  const size = Number(process.env.BENCH_TEXT);
  const { page } = await openPage(browser, files);
  await page.evaluate((n) => globalThis.vigieBench.setup(n), size);
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const e = await page.evaluate((r) => globalThis.vigieBench.experiments(r), runs);
  log(
    Object.entries(e)
      .map(([k, v]) => `${k} ${ms(median(v))}`)
      .join(' | '),
  );
  await browser.close();
  process.exit(0);
}
// BENCH_PROBE=<posts>: c (with its paired floor) and the unsliced update, alternated, at 1,000 terms; nothing else.
if (process.env.BENCH_PROBE) {
  const size = Number(process.env.BENCH_PROBE);
  const { page } = await openPage(browser, files);
  await page.evaluate((n) => globalThis.vigieBench.setup(n), size);
  await page.evaluate(() => globalThis.vigieBench.compile(1000, 1));
  for (let i = 0; i < 4; i++) {
    const c = await page.evaluate(() => globalThis.vigieBench.vigie(1000, 1, 0));
    const p = await page.evaluate(() => globalThis.vigieBench.profile(1000, 1, 0));
    log(
      `probe ${i}: a ${ms(c.floor[0])} c ${ms(c.work[0])} deferred ${ms(c.deferred[0])} | update(all) ${ms(p[0].total)} collect ${ms(p[0].collectText)} match ${ms(p[0].match)}`,
    );
  }
  await browser.close();
  process.exit(0);
}
const meta = { feeds: {}, baseline: {} };
try {
  for (const size of SIZES) {
    await measureVigie(browser, files, size, results, meta);
    await measureMark(browser, files, size, results);
  }
} finally {
  await browser.close();
}
const sizes = bundleSizes();
const { text, checks } = report(results, meta, sizes);
const seconds = Math.round((Date.now() - started) / 1000);
const date = new Date().toISOString().slice(0, 10);
const environment = `${version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; ${meta.env?.isolated ? 'cross-origin isolated (5 µs clock)' : 'NOT cross-origin isolated (100 µs clock)'}, gc() ${meta.env?.gc ? 'exposed' : 'NOT exposed'}; whole run ${seconds} s; 1-min load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;
console.log(`\n## Vigie highlighting benchmark — ${date}\n\n${environment}\n\n${text}\n`);

if (OFFICIAL) {
  const readme = readFileSync(join(ROOT, 'bench/README.template.md'), 'utf8')
    .replaceAll('{{DATE}}', date)
    .replace('{{ENVIRONMENT}}', () => environment)
    .replace('{{RESULTS}}', () => text);
  writeFileSync(join(ROOT, 'bench/README.md'), readme);
  log('bench/README.md written');
}
const misses = checks.filter((check) => !check.pass).length;
log(`${checks.length - misses} PASS, ${misses} MISS`);
