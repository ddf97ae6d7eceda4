// `node bench/suggest.mjs`: reply suggestions over a generated library of
// 10,000 approved templates (variations of tests/fixtures/suggest/templates.json),
// for every mention of the labelled set: index build time, and median / p95
// time of one `suggest()` call against the 10 ms target.
//
// The TypeScript (lib/suggest and the labelled set's input pipeline) is bundled
// in memory with esbuild and loaded from a temporary file. Deterministic: the
// generator uses a seeded PRNG. Options: --templates=N (default 10000),
// --rounds=N passes over the mentions (default 10), --json.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const TEMPLATE_COUNT = Number(args.templates ?? 10_000);
const ROUNDS = Number(args.rounds ?? 10);
const BUILD_RUNS = 3;
const TARGET_MS = 10;

// ---------------------------------------------------------------- helpers

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
};
const median = (values) => quantile(values, 0.5);
const ms = (value) => value.toFixed(value < 10 ? 2 : 1);

/** mulberry32: small, fast, seeded. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function loadModules() {
  const result = await build({
    stdin: {
      contents: [
        "export * from './lib/suggest/index.ts';",
        "export * from './tests/unit/suggest/labelled.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'suggest-bench-entry.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(join(tmpdir(), 'vigie-suggest-bench-'));
  const file = join(dir, 'suggest.mjs');
  writeFileSync(file, result.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- library

// Words a real airline library would add across thousands of templates:
// destinations, products, campaigns. Each generated template also gets one
// word of its own, so the vocabulary grows with the library as it would.
const DESTINATIONS = [
  'Lisbonne',
  'Porto',
  'Madrid',
  'Barcelone',
  'Rome',
  'Milan',
  'Naples',
  'Athènes',
  'Dublin',
  'Londres',
  'Berlin',
  'Munich',
  'Vienne',
  'Prague',
  'Budapest',
  'Marrakech',
  'Tunis',
  'Alger',
  'Montréal',
  'Dakar',
  'Abidjan',
  'Nice',
  'Bastia',
  'Ajaccio',
  'Biarritz',
  'Brest',
  'Toulouse',
];
const TOPICS = [
  'bagage',
  'enfant',
  'animal',
  'siège',
  'repas',
  'wifi',
  'surclassement',
  'fidélité',
  'miles',
  'groupe',
  'sport',
  'ski',
  'vélo',
  'instrument',
  'poussette',
  'grossesse',
  'visa',
  'passeport',
  'pet',
  'seat',
  'meal',
  'upgrade',
  'loyalty',
  'group',
  'bike',
  'pregnancy',
  'passport',
];
const NETWORK_VARIANTS = ['x', 'instagram', 'facebook', 'linkedin', 'tiktok'];

function generateLibrary(fixture, count) {
  const random = prng(20260101);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const approved = fixture.filter((template) => template.status === 'approved');
  return Array.from({ length: count }, (_, index) => {
    const base = approved[index % approved.length];
    const destination = pick(DESTINATIONS);
    const topic = pick(TOPICS);
    const own = `campagne${index.toString(36)}`;
    const variants = { ...(base.variants ?? {}) };
    if (random() < 0.2) variants[pick(NETWORK_VARIANTS)] = `${base.body.slice(0, 200)} #${own}`;
    return {
      ...base,
      id: `${base.id}-${index}`,
      title: `${base.title} — ${destination}`,
      tags: [...base.tags, topic, destination.toLowerCase(), ...(random() < 0.3 ? [own] : [])],
      body: `${base.body} (${destination}, ${topic}, ${own})`,
      variants,
    };
  });
}

// ---------------------------------------------------------------- run

const modules = await loadModules();
const { createSuggester, LABELLED, TEMPLATES, BRAND_NAMES, toSuggestInput } = modules;
const library = generateLibrary(TEMPLATES, TEMPLATE_COUNT);
const inputs = LABELLED.map(toSuggestInput);

const buildTimes = [];
let suggester;
for (let run = 0; run < BUILD_RUNS; run++) {
  const start = performance.now();
  suggester = createSuggester(library, { ignoreWords: BRAND_NAMES });
  buildTimes.push(performance.now() - start);
}

// One warm-up pass (JIT), then ROUNDS passes, every call timed on its own.
for (const input of inputs) suggester.suggest(input);
const times = [];
const timesOf = inputs.map(() => []);
let suggestions = 0;
for (let round = 0; round < ROUNDS; round++) {
  inputs.forEach((input, index) => {
    const start = performance.now();
    suggestions += suggester.suggest(input).length;
    const elapsed = performance.now() - start;
    times.push(elapsed);
    timesOf[index].push(elapsed);
  });
}
const slowest = inputs
  .map((input, index) => ({ text: input.text, medianMs: median(timesOf[index]) }))
  .sort((a, b) => b.medianMs - a.medianMs)
  .slice(0, 3);

const figures = {
  templates: library.length,
  approved: suggester.size,
  mentions: inputs.length,
  calls: times.length,
  buildMs: median(buildTimes),
  suggestMedianMs: median(times),
  suggestP95Ms: quantile(times, 0.95),
  suggestMaxMs: Math.max(...times),
  slowest,
  targetMs: TARGET_MS,
  pass: median(times) <= TARGET_MS,
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
};

if (args.json === 'true') {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(`Suggestions benchmark — ${figures.cpus}, Node ${figures.node}`);
  console.log(
    `  library: ${figures.templates.toLocaleString('en-US')} templates (${figures.approved.toLocaleString('en-US')} approved)`,
  );
  console.log(`  index build: ${ms(figures.buildMs)} ms (median of ${BUILD_RUNS})`);
  console.log(
    `  suggest(): median ${ms(figures.suggestMedianMs)} ms, p95 ${ms(figures.suggestP95Ms)} ms, max ${ms(figures.suggestMaxMs)} ms over ${figures.calls} calls (${figures.mentions} mentions × ${ROUNDS}, ${suggestions} suggestions)`,
  );
  for (const { text, medianMs } of slowest) {
    console.log(`  slow mention: ${ms(medianMs)} ms median — ${text.slice(0, 72)}`);
  }
  console.log(`  target: median ≤ ${TARGET_MS} ms → ${figures.pass ? 'PASS' : 'MISS'}`);
}
