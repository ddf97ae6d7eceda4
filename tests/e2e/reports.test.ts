import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReportData, type SeedSpec, seedExpression } from '../../bench/report-seed.mjs';
import { launch, openExtensionPage, type Session, serviceWorker } from './harness';

const OUTPUT = resolve('test-output');
const END = Date.now();
/** Recent data: 1 to 21 days ago, inside "last 30 days" whatever the time zone. */
const RECENT: SeedSpec = {
  workspaceId: 'default',
  seed: 11,
  end: END,
  days: 20,
  offsetDays: 1,
  prefix: 'r-',
  mentions: 600,
  interactions: 2_000,
  incidents: 40,
  templates: 12,
};
/** Older data (41 to 51 days ago) and another workspace's: neither belongs to the report. */
const OLD: SeedSpec = {
  ...RECENT,
  seed: 12,
  offsetDays: 41,
  days: 10,
  prefix: 'o-',
  mentions: 100,
  interactions: 300,
  incidents: 5,
};
const OTHER: SeedSpec = {
  ...RECENT,
  seed: 13,
  workspaceId: 'elsewhere',
  prefix: 'e-',
  mentions: 150,
  interactions: 400,
  incidents: 5,
};

/** What the report should say about X, computed here from the generated records. */
function expectedX() {
  const recent = generateReportData(RECENT);
  const old = generateReportData(OLD);
  const interactions = [...recent.interactions, ...old.interactions];
  const x = recent.mentions.filter((m) => m.network === 'x');
  const waits: number[] = [];
  let ignored = 0;
  let responded = 0;
  for (const mention of x) {
    const replies = interactions.filter(
      (i) => i.mentionId === mention.id && (i.status === 'sent' || i.status === 'marked-replied'),
    );
    if (replies.length > 0) {
      responded++;
      const first = Math.min(...replies.map((i) => i.sentAt ?? i.createdAt));
      const start =
        mention.postedAt !== undefined && mention.postedAt < mention.firstSeenAt
          ? mention.postedAt
          : mention.firstSeenAt;
      waits.push(Math.max(0, first - start) / 60_000);
    } else if (
      mention.status === 'ignored' ||
      interactions.some((i) => i.mentionId === mention.id && i.status === 'marked-ignored')
    ) {
      ignored++;
    }
  }
  waits.sort((a, b) => a - b);
  const half = waits.length / 2;
  const median =
    waits.length % 2 === 1 ? waits[Math.floor(half)]! : (waits[half - 1]! + waits[half]!) / 2;
  return { mentions: recent.mentions.length, rate: responded / (x.length - ignored), median };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}\u00a0%`;
const duration = (minutes: number) => {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)} h ${String(whole % 60).padStart(2, '0')}`;
};

async function cell(page: Page, network: string, column: string): Promise<string> {
  return page.evaluate(
    (n, c) => {
      const rows = [...document.querySelectorAll('[data-testid="table-response"] tbody tr')];
      const row = rows.find((r) => r.querySelector('th')?.textContent === n);
      return row?.querySelector(`td[data-col="${c}"]`)?.textContent ?? '';
    },
    network,
    column,
  );
}

const ready = (page: Page) =>
  page.waitForSelector('[data-testid="report"][data-ready="true"]', { timeout: 20_000 });

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  // The options page opens the store (and creates it) before the seed writes into it.
  const boot = await openExtensionPage(session, 'options.html');
  const worker = await serviceWorker(session);
  for (const spec of [RECENT, OLD, OTHER]) await worker.evaluate(seedExpression(spec));
  await boot.close();
  page = await openExtensionPage(session, 'options.html#reports');
  await page.setViewport({ width: 1280, height: 900 });
  await page.bringToFront();
  await ready(page);
});

afterAll(async () => {
  await session?.close();
});

describe('reports', () => {
  const expected = expectedX();

  it('shows the range’s figures, as computed from the records', async () => {
    expect(await page.$eval('[data-testid="total-mentions"]', (e) => e.textContent)).toBe(
      expected.mentions.toLocaleString('en'),
    );
    expect(await cell(page, 'X (Twitter)', 'rate')).toBe(percent(expected.rate));
    expect(await cell(page, 'X (Twitter)', 'median')).toBe(duration(expected.median));
    expect(await cell(page, 'X (Twitter)', 'target')).toBe('1 h 00');
    // One uPlot canvas per chart: by network, watchlist, risk, response, incidents.
    expect(await page.$$eval('.reports .uplot canvas', (list) => list.length)).toBe(5);
    expect(session.errors).toEqual([]);
  });

  it('renders in light and dark (screenshots for the eye)', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.screenshot({ path: join(OUTPUT, 'reports-light.png'), fullPage: true });
    await (await page.$('[data-testid="figure-response"]'))?.screenshot({
      path: join(OUTPUT, 'reports-response-light.png'),
    });
    const lightAxis = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.waitForFunction(
      (before) => getComputedStyle(document.body).backgroundColor !== before,
      {},
      lightAxis,
    );
    // The charts redraw with the dark palette on the next frames.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await page.screenshot({ path: join(OUTPUT, 'reports-dark.png'), fullPage: true });
    await (await page.$('[data-testid="figure-network-daily"]'))?.screenshot({
      path: join(OUTPUT, 'reports-network-dark.png'),
    });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('exports a table as CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-reports-'));
    try {
      const cdp = await session.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      await page.bringToFront();
      await page.click('[data-testid="export-csv-response"]');
      let file: string | undefined;
      const deadline = Date.now() + 10_000;
      while (!file && Date.now() < deadline) {
        file = readdirSync(dir).find((name) => name.endsWith('.csv'));
        if (!file) await new Promise((r) => setTimeout(r, 100));
      }
      expect(file).toMatch(/^vigie-response-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
      const text = readFileSync(join(dir, file!), 'utf8').replace(/^\uFEFF/, '');
      const parsed = Papa.parse<string[]>(text.trim());
      expect(parsed.errors).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header).toEqual([
        'Network',
        'Mentions',
        'Ignored',
        'Answered',
        'Response rate (%)',
        'Median time (minutes)',
        '90th percentile (minutes)',
        'Target (minutes)',
        'Within target (%)',
        'Unanswered, late',
      ]);
      const x = rows.find((row) => row[0] === 'X (Twitter)');
      expect(Number(x?.[4])).toBe(Math.round(expected.rate * 1000) / 10);
      expect(Number(x?.[5])).toBe(Math.round(expected.median * 10) / 10);
      expect(x?.[7]).toBe('60');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compares with the response target the CM sets', async () => {
    await page.click('.reports details > summary');
    const input = await page.$('[data-testid="target-x"]');
    await input?.click({ count: 3 });
    await input?.type('30');
    await page.click('[data-testid="targets-form"] button[type="submit"]');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="table-response"] tbody tr')];
      const x = rows.find((r) => r.querySelector('th')?.textContent === 'X (Twitter)');
      return x?.querySelector('td[data-col="target"]')?.textContent === '30 min';
    });
    await ready(page);
  });
});
