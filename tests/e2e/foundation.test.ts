import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  EXTENSION_ID,
  launch,
  openExtensionPage,
  type Session,
  serviceWorker,
  stopServiceWorker,
  watchErrors,
} from './harness';

const ACME = resolve('tests/fixtures/bundles/acme.json');
const INVALID = resolve('tests/fixtures/bundles/invalid.json');

async function listItems(page: import('puppeteer').Page, testId: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${testId}"] > li`, (items) =>
    items.map(
      (li) => li.getAttribute('data-watchlist-id') ?? li.getAttribute('data-template-id') ?? '',
    ),
  );
}

describe('foundation, English browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en' });
    await serviceWorker(session);
  });
  afterAll(async () => session?.close());

  it('installs with the fixed id', () => {
    expect(session.id).toBe(EXTENSION_ID);
  });

  it('renders popup, side panel and options in English', async () => {
    const options = await openExtensionPage(session, 'options.html');
    expect(await options.$eval('h1', (h) => h.textContent)).toBe('Vigie — settings and library');
    expect(await options.$eval('html', (h) => h.lang)).toBe('en');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    expect(await panel.$eval('[data-testid="mentions-empty"]', (p) => p.textContent)).toContain(
      'No mention on this page yet',
    );
    // The real popup, opened through the toolbar action.
    const tab = await session.browser.newPage();
    const extension = (await session.browser.extensions()).get(session.id);
    if (!extension) throw new Error('extension not listed');
    await extension.triggerAction(tab);
    const popupTarget = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    const popup = await popupTarget.asPage();
    watchErrors(session, popup, 'popup');
    await popup.waitForSelector('[data-testid="popup-workspace"]');
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('Open the working list');
  });

  it('imports a bundle through the file input, lists it, and keeps it across a worker restart', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const input = await options.$('[data-testid="import-bundle"]');
    if (!input) throw new Error('import input missing');
    await (input as import('puppeteer').ElementHandle<HTMLInputElement>).uploadFile(ACME);
    await options.waitForSelector('[data-testid="import-success"]');
    expect(await options.$eval('[data-testid="import-success"]', (p) => p.textContent)).toBe(
      'Imported. Watchlists: 3 added, 0 updated. Templates: 5 added, 0 updated.',
    );
    await options.waitForSelector('[data-testid="watchlist-list"] > li');
    expect(await listItems(options, 'watchlist-list')).toEqual(['w-acme', 'w-skyjet', 'w-strike']);
    expect(await listItems(options, 'template-list')).toHaveLength(5);

    await stopServiceWorker(session);
    const reopened = await openExtensionPage(session, 'options.html');
    await reopened.waitForSelector('[data-testid="watchlist-list"] > li');
    expect(await listItems(reopened, 'watchlist-list')).toEqual(['w-acme', 'w-skyjet', 'w-strike']);
    expect(await listItems(reopened, 'template-list')).toEqual([
      't-attente',
      't-excuses-dm',
      't-merci',
      't-sorry-dm',
      't-thanks',
    ]);
  });

  it('rejects an invalid bundle, shows every problem with its path, and changes nothing', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const before = await callBackground<{ ok: boolean; data: unknown }>(
      options,
      'bundle.export',
      null,
    );
    const input = await options.$('[data-testid="import-bundle"]');
    await (input as import('puppeteer').ElementHandle<HTMLInputElement>).uploadFile(INVALID);
    await options.waitForSelector('[data-testid="import-problems"]');
    const problems = await options.$$eval('[data-testid="import-problems"] li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('$.watchlists[0].kind'),
        expect.stringContaining('$.watchlists[1].name'),
        expect.stringContaining('$.watchlists[1].enabeld'),
        expect.stringContaining('$.templates[0].status'),
        expect.stringContaining('$.templates[1].body'),
      ]),
    );
    expect(await options.$eval('[data-testid="import-problems"]', (d) => d.textContent)).toContain(
      'Nothing was changed',
    );
    const after = await callBackground<{ ok: boolean; data: { exportedAt?: string } }>(
      options,
      'bundle.export',
      null,
    );
    const strip = (r: { data: unknown }) => ({ ...(r.data as object), exportedAt: undefined });
    expect(strip(after)).toEqual(strip(before));
  });

  it('answers foreign or malformed messages with a typed error', async () => {
    const options = await openExtensionPage(session, 'options.html');
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ hello: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await callBackground(options, 'no.such', null)).toMatchObject({
      ok: false,
      error: { code: 'unknown_message' },
    });
    expect(await callBackground(options, 'bundle.import', { text: 42 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', issues: [{ path: 'text' }] },
    });
    // A UI-only operation called from a content-script context is refused.
    expect(await callBackground(options, 'content.hello', { url: 'https://x.com/' })).toMatchObject(
      {
        ok: false,
        error: { code: 'forbidden' },
      },
    );
  });

  it('saw no console error in any of its pages or its worker', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('foundation, French browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'fr' });
  });
  afterAll(async () => session?.close());

  it('renders popup, side panel and options in French', async () => {
    const options = await openExtensionPage(session, 'options.html');
    expect(await options.$eval('h1', (h) => h.textContent)).toBe(
      'Vigie — réglages et bibliothèque',
    );
    const panel = await openExtensionPage(session, 'sidepanel.html');
    expect(await panel.$eval('main', (m) => m.textContent)).toContain(
      'Aucune mention sur cette page',
    );
    const popup = await openExtensionPage(session, 'popup.html');
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('Ouvrir la liste de travail');
    expect(session.errors).toEqual([]);
  });

  it('lets the CM pick English over the browser language', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.select('[data-testid="language"]', 'en');
    await options.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Vigie — settings and library',
    );
    expect(await options.$eval('html', (h) => h.lang)).toBe('en');
  });
});
