// `npm run bench:report`: how fast the options page's report is ready with
// 100,000 interactions and 50,000 mentions in the store, in headless Chromium
// with the built extension. Prints the table and writes bench/REPORTS.md.
//
// Baselines measured in the same run: the same page on an empty store, and a
// raw `getAll` of the two stores in the service worker (the floor for reading
// the records at all). Environment: REPORT_RUNS (default 9), REPORT_NO_WRITE=1
// leaves REPORTS.md alone.

import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { seedExpression } from './report-seed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const RUNS = Number(process.env.REPORT_RUNS ?? 9);
const WARMUP = 2;
const TARGET_MS = 500;
const DAY = 86_400_000;
const SPEC = {
  workspaceId: 'default',
  seed: 2026,
  end: Date.now(),
  days: 90,
  offsetDays: 0,
  prefix: '',
  mentions: 50_000,
  interactions: 100_000,
  incidents: 300,
  templates: 30,
};

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.log('No build: running `npm run build`…');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
};
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  enableExtensions: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=en',
  ],
});
const id = await browser.installExtension(BUILD);
const workerTarget = await browser.waitForTarget(
  (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
);
const worker = await workerTarget.worker();

/** Records when the report root turns data-ready (a MutationObserver, in page time). */
const WATCH_READY = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="report"][data-ready="true"]')) {
      window.__reportReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-ready'] });
`;

/** Opens the report `RUNS + WARMUP` times in fresh tabs; phases per run, in ms from navigation start. */
async function measurePage(hash, runCount = RUNS, warmup = WARMUP) {
  const runs = [];
  for (let i = 0; i < runCount + warmup; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(WATCH_READY);
    await page.goto(`chrome-extension://${id}/options.html#${hash}`);
    await page.waitForFunction(() => window.__reportReadyAt !== undefined, { timeout: 60_000 });
    const run = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1);
      const request = mark('vigie:report-request');
      const response = mark('vigie:report-response');
      return {
        total: window.__reportReadyAt,
        boot: request.startTime,
        roundTrip: response.startTime - request.startTime,
        read: response.detail.readMs,
        compute: response.detail.computeMs,
        render: window.__reportReadyAt - response.startTime,
        mentions: response.detail.mentions,
        interactions: response.detail.interactions,
        cachedDays: response.detail.cachedDays,
        freshDays: response.detail.freshDays,
      };
    });
    run.messaging = run.roundTrip - run.read - run.compute;
    if (i >= warmup) runs.push(run);
    await page.close();
  }
  const keys = ['total', 'boot', 'roundTrip', 'read', 'compute', 'messaging', 'render'];
  return {
    ...Object.fromEntries(keys.map((key) => [key, summary(runs.map((run) => run[key]))])),
    mentions: runs[0].mentions,
    interactions: runs[0].interactions,
    days: `${runs[0].cachedDays} / ${runs[0].freshDays}`,
  };
}

/** In the worker: a raw getAll of both stores, then the handler's index-range reads, then a cursor. */
async function measureReads(from, to) {
  return worker.evaluate(
    async (runs, warmup, ws, lower, upper) => {
      const db = await new Promise((ok, ko) => {
        const r = indexedDB.open('vigie');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const request = (r) =>
        new Promise((ok, ko) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
      const strategies = {
        rawGetAll: async () => {
          const tx = db.transaction(['mentions', 'interactions']);
          const [m, i] = await Promise.all([
            request(tx.objectStore('mentions').getAll()),
            request(tx.objectStore('interactions').getAll()),
          ]);
          return m.length + i.length;
        },
        indexGetAll: async () => {
          const tx = db.transaction(['mentions', 'interactions']);
          const [m, i] = await Promise.all([
            request(
              tx
                .objectStore('mentions')
                .index('byWorkspaceFirstSeen')
                .getAll(IDBKeyRange.bound([ws, lower], [ws, upper], false, true)),
            ),
            request(
              tx
                .objectStore('interactions')
                .index('byWorkspaceCreatedAt')
                .getAll(IDBKeyRange.bound([ws, lower], [ws, Number.POSITIVE_INFINITY])),
            ),
          ]);
          return m.length + i.length;
        },
        indexCursor: async () => {
          const tx = db.transaction(['mentions', 'interactions']);
          const walk = (index, range) =>
            new Promise((ok, ko) => {
              let n = 0;
              const r = index.openCursor(range);
              r.onsuccess = () => {
                const cursor = r.result;
                if (!cursor) return ok(n);
                n++;
                cursor.continue();
              };
              r.onerror = () => ko(r.error);
            });
          const [m, i] = await Promise.all([
            walk(
              tx.objectStore('mentions').index('byWorkspaceFirstSeen'),
              IDBKeyRange.bound([ws, lower], [ws, upper], false, true),
            ),
            walk(
              tx.objectStore('interactions').index('byWorkspaceCreatedAt'),
              IDBKeyRange.bound([ws, lower], [ws, Number.POSITIVE_INFINITY]),
            ),
          ]);
          return m + i;
        },
      };
      const out = {};
      for (const [name, run] of Object.entries(strategies)) {
        const times = [];
        let records = 0;
        for (let i = 0; i < runs + warmup; i++) {
          const started = performance.now();
          records = await run();
          if (i >= warmup) times.push(performance.now() - started);
        }
        out[name] = { times, records };
      }
      db.close();
      return out;
    },
    3,
    1,
    SPEC.workspaceId,
    from,
    to,
  );
}

const dayKey = (ms) => new Date(ms).toISOString().slice(0, 10);
// The worker and the page run in this machine's zone; the bench pins the days in UTC terms.
const first = dayKey(SPEC.end - 89 * DAY);
const last = dayKey(SPEC.end);
const FULL = `reports/${first}/${last}`;

console.log(`Report benchmark: ${RUNS} runs (+${WARMUP} warm-up) per row…`);
// Opening the options page once creates the store before anything reads or seeds it.
const boot = await browser.newPage();
await boot.goto(`chrome-extension://${id}/options.html`);
await boot.waitForSelector('h1');
await boot.close();

const empty = await measurePage(FULL);
const seedStarted = performance.now();
const seeded = await worker.evaluate(seedExpression(SPEC));
const seedMs = performance.now() - seedStarted;
console.log(`Seeded in ${(seedMs / 1000).toFixed(1)} s:`, seeded);
// The first open reads every record from the store and fills the report cache.
const cold = await measurePage(FULL, 1, 0);
await new Promise((r) => setTimeout(r, 3_000));
const full = await measurePage(FULL);
const month = await measurePage('reports');
const from = Date.parse(`${first}T00:00:00Z`);
const reads = await measureReads(from, Date.parse(`${last}T00:00:00Z`) + DAY);
// Chrome stops an idle worker after 30 s: the next open starts it again (the cache persists).
await worker.close();
while (browser.targets().some((t) => t.type() === 'service_worker' && t.url().includes(id))) {
  await new Promise((r) => setTimeout(r, 50));
}
const restarted = await measurePage(FULL, 1, 0);
await browser.close();

const f = (ms) => ms.toFixed(0);
const cell = (s) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const rawGetAll = median(reads.rawGetAll.times);
const pageRows = [
  ['Empty store (baseline)', empty],
  ['90 days, first open (cache empty: every record read)', cold],
  ['**90 days: 50,000 mentions + 100,000 interactions**', full],
  ['90 days, service worker just restarted (1 run)', restarted],
  ['Last 30 days (the default view)', month],
];
const header =
  '| Page | records | days cached / read | ready (ms) | boot | message round trip | read (cache + IndexedDB) | aggregation | messaging | render + charts | × empty |';
const lines = [
  header,
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...pageRows.map(
    ([label, r]) =>
      `| ${label} | ${(r.mentions + r.interactions).toLocaleString('en')} | ${r.days} | ${cell(r.total)} | ${f(r.boot.median)} | ${f(r.roundTrip.median)} | ${f(r.read.median)} | ${f(r.compute.median)} | ${f(r.messaging.median)} | ${f(r.render.median)} | ${(r.total.median / empty.total.median).toFixed(2)} |`,
  ),
];
const readLines = [
  '| Read in the worker (both stores) | records | median ms (min–max) | × raw getAll |',
  '|---|---:|---:|---:|',
  ...[
    ['Raw `getAll()` of both stores (floor)', reads.rawGetAll],
    ['`getAll` on the v3 index ranges (what the handler does)', reads.indexGetAll],
    ['Cursor over the same index ranges', reads.indexCursor],
  ].map(
    ([label, r]) =>
      `| ${label} | ${r.records.toLocaleString('en')} | ${cell(summary(r.times))} | ${(median(r.times) / rawGetAll).toFixed(2)} |`,
  ),
];
const verdict =
  full.total.median <= TARGET_MS
    ? `**Target met**: ${f(full.total.median)} ms median ≤ ${TARGET_MS} ms with the whole store in range.`
    : `**Target missed**: ${f(full.total.median)} ms median > ${TARGET_MS} ms with the whole store in range.`;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, load ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' / ')} at the end, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`;

console.log(`\n${lines.join('\n')}\n\n${readLines.join('\n')}\n\n${verdict}\n${machine}`);

if (process.env.REPORT_NO_WRITE !== '1') {
  writeFileSync(
    join(ROOT, 'bench/REPORTS.md'),
    `# Report benchmark

\`npm run bench:report\` builds the extension, then \`node bench/report.mjs\` opens
the options page's report (\`options.html#reports/<first>/<last>\`) in headless
Chromium with the extension, ${RUNS} times in fresh tabs (after ${WARMUP} warm-up
runs), and rewrites this file. Target: the report page ready in ≤ ${TARGET_MS} ms
with 100,000 interactions and 50,000 mentions in the store.

## Method

**Data** (\`bench/report-seed.mjs\`, seeded PRNG): ${SPEC.mentions.toLocaleString('en')} mentions and
${SPEC.interactions.toLocaleString('en')} interactions over ${SPEC.days} days (9 networks, 5 watchlists,
${SPEC.templates} templates with 1–3 versions, risk levels 70/15/10/5 %, replies at network-typical
delays), and ${SPEC.incidents} incidents, written straight into the extension's IndexedDB from the
service worker (a test-only path; no production message writes arbitrary records).
Seeding took ${(seedMs / 1000).toFixed(1)} s.

**Timing** (page clock, origin = navigation start): \`ready\` is when the report root
gets \`data-ready="true"\` (a MutationObserver installed before the page's scripts),
which the view sets after the first paint of the tables and charts.
Phases: *boot* = navigation start → the \`reports.compute\` request (HTML, JS, CSS,
settings, first render); *message round trip* = request → answer, split by the
worker's own clock into *read* (the report cache's day columns for ended days, plus
one readonly transaction of \`getAll\` on the v3 index ranges for today and any day
not cached; see docs/reports.md) and *aggregation* (\`lib/reports/compute.ts\` over
the columns), the rest being *messaging* (structured clone of the small answer,
scheduling); *render + charts* = answer → data-ready (Preact render, 5 uPlot charts,
6 tables, one frame). *days cached / read*: mention days + interaction days served
by the cache / read from the store. Cells: median (min–max) over the runs; other
columns are medians.

**Rows.** *Empty store*: the page before seeding. *First open*: the one run right
after seeding, cache empty (every record read from the store, the cache filled
after the answer). Then ${RUNS} runs with the cache warm (the target row), one
run right after stopping the service worker (as Chrome does after 30 s idle: the
worker starts again, the cache is on disk), and ${RUNS} runs of the default view
(last 30 days).

**Baselines, same run**: the same page on the empty store before seeding, and reads
in the worker: a raw \`getAll()\` of the two stores (every record, no index — the floor
for reading them at all), the handler's index-range \`getAll\`, and a cursor over the
same ranges.

## Results

${lines.join('\n')}

${readLines.join('\n')}

${verdict}

**What the numbers say.** Reading the records themselves is the wall: even the
floor, a bare \`getAll()\` of the two stores in the worker, costs
${f(rawGetAll)} ms here, and the first open (cache empty) ${f(cold.total.median)} ms;
a cursor is slower than \`getAll\` on the same range. The report meets its target
only because ended days are served from the per-day column cache (read ≈
${f(full.read.median)} ms for ${(full.mentions + full.interactions).toLocaleString('en')} records);
aggregation then costs ${f(full.compute.median)} ms and the page's own work
(boot + render) is most of the rest, ${(full.total.median / empty.total.median).toFixed(1)}× the
empty page. The first open after install, or after a migration, pays the full read once.

Machine: ${machine}. Wall-clock timings on a shared 2-core box move by tens of %
with other processes: compare rows of one run, not runs of different days.
`,
  );
  console.log('\nWrote bench/REPORTS.md');
}
