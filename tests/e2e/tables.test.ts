import { resolve } from 'node:path';
import type { Page, WebWorker } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  importBundleFile,
  launch,
  openExtensionPage,
  openFixture,
  type Session,
  serviceWorker,
  tabIdOf,
} from './harness';

const ACME = resolve('tests/fixtures/bundles/acme.json');
const FEED = 'https://x.com/home';
const INTERACTIONS = 100_000;
const MENTIONS = 50_000;
/** Every thousandth interaction is an apology about a refund, written with accents. */
const REFUNDS = INTERACTIONS / 1_000;
/** Mentions seeded new on X three hours ago: late against X's one-hour target. */
const LATE = 7;

let session: Session;
let worker: WebWorker;

/** Writes straight into Vigie's IndexedDB from its worker, as an old installation would hold it. */
async function seed(): Promise<void> {
  await worker.evaluate(
    async (interactions, mentions, refunds, late) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('vigie');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const now = Date.now();
      const start = now - 30 * 24 * 3600_000;
      const tx = db.transaction(['interactions', 'mentions'], 'readwrite');
      const store = tx.objectStore('interactions');
      const every = interactions / refunds;
      for (let i = 0; i < interactions; i++) {
        const n = String(i).padStart(6, '0');
        store.put({
          id: `int-${n}`,
          workspaceId: 'default',
          network: i % 3 === 0 ? 'x' : i % 3 === 1 ? 'facebook' : 'instagram',
          url: `https://x.com/p/${n}`,
          threadUrl: `https://x.com/p/${n}`,
          author: `Client ${n}`,
          authorHandle: `@client${n}`,
          text:
            i % every === 0
              ? `Bonjour, votre remboursement n°${n} est validé. Désolés !`
              : `Merci pour votre message ${n}, nous revenons vers vous.`,
          status: i % 4 === 0 ? 'sent' : 'inserted',
          createdAt: start + i * 20_000,
        });
      }
      const mentionStore = tx.objectStore('mentions');
      for (let i = 0; i < mentions; i++) {
        const n = String(i).padStart(6, '0');
        const isLate = i < late;
        mentionStore.put({
          id: `men-${n}`,
          workspaceId: 'default',
          dedupeKey: `seed-${n}`,
          url: `https://x.com/p/m${n}`,
          permalink: `https://x.com/p/m${n}`,
          network: 'x',
          kind: 'post',
          author: { name: `Fan ${n}` },
          text: `Seeded mention ${n} about Acme`,
          engagement: {},
          watchlistIds: [],
          terms: [],
          risk: { level: 'none', score: 0, categories: [] },
          status: isLate ? 'new' : 'replied',
          firstSeenAt: isLate ? now - 3 * 3600_000 : start + i * 40_000,
          lastSeenAt: now,
        });
      }
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    INTERACTIONS,
    MENTIONS,
    REFUNDS,
    LATE,
  );
}

const rowCount = (page: Page) =>
  page.$$eval('[data-testid="interactions-table"] tbody tr', (rows) => rows.length);
const waitForCount = (page: Page, count: number) =>
  page.waitForFunction(
    (expected) =>
      document.querySelector('[data-testid="interactions-count"]')?.textContent ===
      `Rows: ${expected}`,
    { timeout: 20_000 },
    count.toLocaleString('en'),
  );

beforeAll(async () => {
  session = await launch();
  worker = await serviceWorker(session);
  await importBundleFile(session, ACME);
  await seed();
}, 180_000);
afterAll(async () => session?.close());

describe('the interactions table', () => {
  let page: Page;

  it('shows 100,000 interactions with fewer than 100 rows in the DOM', async () => {
    page = await openExtensionPage(session, 'options.html#interactions');
    await waitForCount(page, INTERACTIONS);
    await page.waitForSelector('[data-testid="interactions-table"] tbody tr[data-index="0"] td');
    expect(await rowCount(page)).toBeLessThan(100);
    expect(await rowCount(page)).toBeGreaterThan(5);
    const grid = await page.$eval('[data-testid="interactions-table"]', (table) => ({
      role: table.getAttribute('role'),
      rowcount: table.getAttribute('aria-rowcount'),
    }));
    expect(grid).toEqual({ role: 'grid', rowcount: String(INTERACTIONS + 1) });
    // Newest first.
    expect(await page.$eval('tr[data-index="0"]', (row) => row.textContent ?? '')).toContain(
      `Client ${String(INTERACTIONS - 1).padStart(6, '0')}`,
    );
  });

  it('scrolls to the end: the last row is the oldest interaction', async () => {
    await page.bringToFront();
    await page.$eval('[data-testid="interactions-table"]', (table) => {
      table.scrollTop = table.scrollHeight;
    });
    const last = INTERACTIONS - 1;
    await page.waitForFunction(
      (index) =>
        (document.querySelector(`tr[data-index="${index}"]`)?.textContent ?? '').includes(
          'Client 000000',
        ),
      { timeout: 20_000 },
      last,
    );
    expect(await rowCount(page)).toBeLessThan(100);
    expect(
      await page.$eval(`tr[data-index="${last}"]`, (row) => row.getAttribute('aria-rowindex')),
    ).toBe(String(INTERACTIONS + 1));
    // Home from the keyboard goes back to the top.
    await page.focus('[data-testid="interactions-table"]');
    await page.keyboard.press('Home');
    await page.waitForSelector('tr[data-index="0"].active');
  });

  it('narrows to the matching rows as the CM types, accents and case aside', async () => {
    await page.type('[data-testid="interactions-search"]', 'REMBOURSEMENT valide');
    await waitForCount(page, REFUNDS);
    await page.waitForFunction(() =>
      (document.querySelector('tr[data-index="0"]')?.textContent ?? '').includes('remboursement'),
    );
    const texts = await page.$$eval('[data-testid="interactions-table"] tbody tr', (rows) =>
      rows.map((row) => row.textContent ?? ''),
    );
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.every((text) => text.includes('remboursement'))).toBe(true);
  });

  it('keeps a star after a reload', async () => {
    const id = await page.$eval('tr[data-index="3"]', (row) => row.textContent ?? '');
    const client = /Client (\d{6})/.exec(id)?.[1];
    expect(client).toBeDefined();
    await page.click('tr[data-index="3"] [data-testid="row-mark"]');
    await page.waitForSelector('tr[data-index="3"] [data-testid="row-mark"][aria-pressed="true"]');
    // Space on the active row stars it too (the click made row 3 active: Home goes to row 0).
    await page.focus('[data-testid="interactions-table"]');
    await page.keyboard.press('Home');
    await page.waitForSelector('tr[data-index="0"].active');
    await page.keyboard.press('Space');
    await page.waitForSelector('tr[data-index="0"] [data-testid="row-mark"][aria-pressed="true"]');
    await page.keyboard.press('Space');
    await page.waitForSelector('tr[data-index="0"] [data-testid="row-mark"][aria-pressed="false"]');
    await new Promise((done) => setTimeout(done, 300));
    await page.reload();
    await waitForCount(page, INTERACTIONS);
    await page.click('[data-testid="interactions-marked-only"]');
    await waitForCount(page, 1);
    expect(await page.$eval('tr[data-index="0"]', (row) => row.textContent ?? '')).toContain(
      `Client ${client}`,
    );
    await page.close();
  });
});

describe('response targets', () => {
  it('counts the late mentions on the toolbar badge', async () => {
    const options = await openExtensionPage(session, 'options.html#mentions');
    const check = await callBackground<{ data: { late: number } }>(options, 'sla.check', null);
    expect(check.data.late).toBe(LATE);
    const badge = await worker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      title: await chrome.action.getTitle({}),
    }));
    expect(badge.text).toBe(String(LATE));
    expect(badge.title).toContain(`${LATE} mentions past their response target`);
    // The mentions table finds the same seven with "late only".
    await options.bringToFront();
    await options.click('[data-testid="mentions-late-only"]');
    await options.waitForFunction(
      (late) =>
        document.querySelector('[data-testid="mentions-count"]')?.textContent === `Rows: ${late}`,
      { timeout: 20_000 },
      LATE,
    );
    expect(
      await options.$eval('tr[data-index="0"] [data-testid="sla-badge"]', (b) => b.textContent),
    ).toMatch(/^Late by 2 h( 0\d)?$/);
    await options.close();
  });

  it('flags a mention first seen before the X target as late in the side panel', async () => {
    const page = await openFixture(session, FEED);
    await page.waitForFunction(
      () =>
        ((CSS.highlights as unknown as Map<string, Set<unknown>>).get('vigie-brand')?.size ?? 0) >
        0,
    );
    const tabId = await tabIdOf(session, FEED);
    const panel = await openExtensionPage(session, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="mention-list"] > li');
    const ids = await panel.$$eval('[data-testid="mention-list"] > li', (items) =>
      items.map((li) => li.getAttribute('data-mention-id') ?? ''),
    );
    const target = ids[0] ?? '';
    // First seen 80 minutes ago, no post time: 20 minutes past X's hour.
    await worker.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((done) => {
        const request = indexedDB.open('vigie');
        request.onsuccess = () => done(request.result);
      });
      const tx = db.transaction('mentions', 'readwrite');
      const store = tx.objectStore('mentions');
      const mention = await new Promise<Record<string, unknown>>((done) => {
        const request = store.get(id);
        request.onsuccess = () => done(request.result);
      });
      const { postedAt: _posted, ...rest } = mention;
      store.put({ ...rest, status: 'new', firstSeenAt: Date.now() - 80 * 60_000 });
      await new Promise((done) => {
        tx.oncomplete = done;
      });
      db.close();
    }, target);
    await panel.reload();
    await panel.waitForSelector(`[data-mention-id="${target}"] [data-sla="late"]`);
    expect(
      await panel.$eval(
        `[data-mention-id="${target}"] [data-testid="sla-badge"]`,
        (b) => b.textContent,
      ),
    ).toMatch(/^Late by 2\d min$/);
    await panel.click('[data-testid="filter-late"]');
    const shown = await panel.$$eval('[data-testid="mention-list"] > li', (items) =>
      items.map((li) => li.getAttribute('data-mention-id')),
    );
    expect(shown).toContain(target);
    expect(shown.length).toBeLessThanOrEqual(ids.length);
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
