// `node bench/tables.mjs` (after `npm run build`): query latency of the
// interactions and mentions tables in the real extension. Seeds 100,000
// interactions and 50,000 mentions straight into Vigie's IndexedDB from its
// service worker, then times `interactions.query` / `mentions.query` round
// trips from the options page (message, worker index, records of the page,
// answer), cold (first query: the worker builds its index) and warm.
// Baseline, same run: the naive query a table without an index would do —
// read the workspace's records through the v3 date index, fold and filter
// them, all inside the worker, no messaging.
// Options: --runs=N per warm query (default 20), --json.

import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = resolve(ROOT, '.output/chrome-mv3');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const RUNS = Number(args.runs ?? 20);
const INTERACTIONS = 100_000;
const MENTIONS = 50_000;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const ms = (value) => value.toFixed(value < 10 ? 2 : 1);

if (!existsSync(`${BUILD}/manifest.json`)) {
  console.error('No build: run "npm run build" first');
  process.exit(1);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  enableExtensions: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  const id = await browser.installExtension(BUILD);
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
  );
  const worker = await target.worker();
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.waitForSelector('h1');

  const seedStarted = performance.now();
  await worker.evaluate(
    async (interactions, mentions) => {
      const db = await new Promise((done, fail) => {
        const request = indexedDB.open('vigie');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const words =
        'merci message retour commande livraison remboursement désolé délai colis service client équipe réponse rapide problème suivi'.split(
          ' ',
        );
      let seed = 7;
      const rand = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const sentence = (n) =>
        Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ');
      const start = Date.now() - 60 * 24 * 3600_000;
      const tx = db.transaction(['interactions', 'mentions'], 'readwrite');
      const networks = ['x', 'facebook', 'instagram', 'linkedin'];
      for (let i = 0; i < interactions; i++) {
        tx.objectStore('interactions').put({
          id: `int-${i}`,
          workspaceId: 'default',
          network: networks[i % 4],
          url: `https://x.com/p/${i}`,
          author: `Client ${i}`,
          authorHandle: `@client${i}`,
          text: `Bonjour, ${sentence(25)} n°${i}`,
          status: i % 4 === 0 ? 'sent' : 'inserted',
          createdAt: start + i * 50_000,
          ...(i % 97 === 0 ? { marked: true } : {}),
        });
      }
      for (let i = 0; i < mentions; i++) {
        tx.objectStore('mentions').put({
          id: `men-${i}`,
          workspaceId: 'default',
          dedupeKey: `seed-${i}`,
          url: `https://x.com/m/${i}`,
          network: networks[i % 4],
          kind: 'post',
          author: { name: `Fan ${i}`, handle: `@fan${i}` },
          text: `Acme ${sentence(30)}`,
          engagement: {},
          watchlistIds: ['w1'],
          terms: [],
          risk: { level: i % 10 === 0 ? 'high' : 'none', score: 0, categories: [] },
          status: i % 3 === 0 ? 'new' : 'replied',
          firstSeenAt: start + i * 100_000,
          lastSeenAt: start + i * 100_000,
        });
      }
      await new Promise((done, fail) => {
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    INTERACTIONS,
    MENTIONS,
  );
  const seedMs = performance.now() - seedStarted;

  /** One round trip from the page, timed in the page. */
  const query = (type, payload) =>
    page.evaluate(
      async (t, p) => {
        const started = performance.now();
        const answer = await chrome.runtime.sendMessage({ vigie: 1, type: t, payload: p });
        if (!answer.ok) throw new Error(JSON.stringify(answer.error));
        return { ms: performance.now() - started, total: answer.data.total };
      },
      type,
      payload,
    );

  const base = { filters: {}, search: '', sort: 'desc', offset: 0, limit: 100 };
  const cases = [
    ['interactions', 'first page, no filter', base],
    ['interactions', 'last page (offset 99,900)', { ...base, offset: 99_900 }],
    ['interactions', 'search, common word "remboursement"', { ...base, search: 'remboursement' }],
    ['interactions', 'search, two terms "DÉSOLÉ colis"', { ...base, search: 'DÉSOLÉ colis' }],
    ['interactions', 'search, rare "n°99999"', { ...base, search: 'n°99999' }],
    ['interactions', 'search, no match', { ...base, search: 'zzzzqqq' }],
    [
      'interactions',
      'network + status + 7-day range',
      {
        ...base,
        filters: {
          network: 'x',
          status: 'sent',
          from: Date.now() - 14 * 24 * 3600_000,
          to: Date.now() - 7 * 24 * 3600_000,
        },
      },
    ],
    [
      'interactions',
      'starred only, oldest first',
      { ...base, sort: 'asc', filters: { markedOnly: true } },
    ],
    ['mentions', 'first page, no filter', base],
    [
      'mentions',
      'risky + search "livraison"',
      { ...base, search: 'livraison', filters: { risk: 'risky' } },
    ],
    ['mentions', 'late only', { ...base, filters: { lateOnly: true } }],
  ];

  /** Opening a table (no search: straight from the store), then its first search (builds the index). */
  const coldStart = async () => {
    const out = {};
    for (const table of ['interactions', 'mentions']) {
      out[`${table}: open (first page)`] = (await query(`${table}.query`, base)).ms;
      out[`${table}: first search (waits for the index)`] = (
        await query(`${table}.query`, { ...base, search: 'colis' })
      ).ms;
    }
    return out;
  };
  const cold = await coldStart();

  // Another selection before each timed query, so each one scans afresh
  // (the worker remembers the last selection: see "next page" below).
  const buster = { ...base, filters: { network: 'web' } };
  const rows = [];
  for (const [table, label, payload] of cases) {
    const times = [];
    const pages = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      await query(`${table}.query`, buster);
      const result = await query(`${table}.query`, payload);
      times.push(result.ms);
      total = result.total;
      pages.push((await query(`${table}.query`, { ...payload, offset: payload.offset + 100 })).ms);
    }
    rows.push({
      table,
      label,
      total,
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      nextPage: quantile(pages, 0.5),
    });
  }

  // Baseline: read, fold and filter everything in the worker on every query.
  const baseline = await worker.evaluate(
    async (runs) => {
      const db = await new Promise((done) => {
        const request = indexedDB.open('vigie');
        request.onsuccess = () => done(request.result);
      });
      const fold = (text) =>
        text
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase();
      const times = [];
      let total = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const all = await new Promise((done) => {
          const request = db
            .transaction('interactions')
            .objectStore('interactions')
            .index('byWorkspaceCreatedAt')
            .getAll(IDBKeyRange.bound(['default', 0], ['default', Number.MAX_SAFE_INTEGER]));
          request.onsuccess = () => done(request.result);
        });
        total = all.filter((i) =>
          fold(`${i.text}\n${i.author}\n${i.authorHandle}`).includes('remboursement'),
        ).length;
        times.push(performance.now() - started);
      }
      db.close();
      return { times, total };
    },
    Math.min(RUNS, 5),
  );

  // A worker Chrome stopped (idle) and woke again: both cold phases anew.
  await worker.close();
  while (browser.targets().some((t) => t.type() === 'service_worker')) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const restarted = await coldStart();

  const result = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    seed: { interactions: INTERACTIONS, mentions: MENTIONS, ms: seedMs },
    cold,
    restarted,
    warm: rows,
    baseline: {
      label: 'naive: getAll(100k) + fold + filter per query, in the worker, search "remboursement"',
      total: baseline.total,
      median: quantile(baseline.times, 0.5),
      p95: quantile(baseline.times, 0.95),
    },
  };
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`Tables query latency — ${result.machine}, ${RUNS} runs per warm query`);
    console.log(
      `Seeded ${INTERACTIONS.toLocaleString('en')} interactions and ${MENTIONS.toLocaleString('en')} mentions in ${ms(seedMs)} ms`,
    );
    console.log('');
    console.log('| cold phase | after seeding, ms | after a worker restart, ms |');
    console.log('|---|---:|---:|');
    for (const key of Object.keys(cold)) {
      console.log(`| ${key} | ${ms(cold[key])} | ${ms(restarted[key])} |`);
    }
    console.log('');
    console.log(
      '| table | query (fresh scan) | matches | median ms | p95 ms | next page, median ms |',
    );
    console.log('|---|---|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.table} | ${row.label} | ${row.total.toLocaleString('en')} | ${ms(row.median)} | ${ms(row.p95)} | ${ms(row.nextPage)} |`,
      );
    }
    console.log(
      `| baseline | ${result.baseline.label} | ${baseline.total.toLocaleString('en')} | ${ms(result.baseline.median)} | ${ms(result.baseline.p95)} | — |`,
    );
  }
} finally {
  await browser.close();
}
