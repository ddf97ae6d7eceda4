/**
 * The junior/senior tandem without a server: a senior profile signs and
 * exports a pack; a junior profile (another browser, another user-data dir)
 * refuses it until it trusts the senior's key, then imports it; a copy with
 * one template body edited is refused as tampered and changes nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  importBundleFile,
  launch,
  openExtensionPage,
  type Session,
  serviceWorker,
} from './harness';

const ACME = resolve('tests/fixtures/bundles/acme.json');
const work = mkdtempSync(join(tmpdir(), 'vigie-packs-'));
const downloads = join(work, 'downloads');

interface StoredTemplate {
  id: string;
  status: string;
  version: number;
  body: string;
}
interface PackFile {
  signer: { fingerprint: string };
  templates: { id: string; status: string; body?: string }[];
}

let senior: Session | undefined;
let junior: Session | undefined;
let packPath = '';
let keyText = '';
let fingerprint = '';

afterAll(async () => {
  await senior?.close();
  await junior?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openPacks(session: Session): Promise<Page> {
  const options = await openExtensionPage(session, 'options.html');
  await options.click('[data-testid="nav-packs"]');
  await options.waitForSelector('[data-testid="import-pack"]');
  return options;
}

/** Waits for the one finished download in `dir` (Chromium writes `.crdownload` first). */
async function downloaded(dir: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    if (files[0]) return join(dir, files[0]);
    if (Date.now() > deadline) throw new Error(`No download in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Everything a pack must never touch, read straight from the junior's IndexedDB. */
async function juniorWork(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const request = indexedDB.open('vigie');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => ko(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok, ko) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result);
        request.onerror = () => ko(request.error);
      });
    const out = {
      interactions: await all('interactions'),
      incidents: await all('incidents'),
      mentions: await all('mentions'),
    };
    db.close();
    return JSON.stringify(out);
  });
}

const OUTCOME = '[data-testid="pack-import-result"], [data-testid="pack-import-refusal"]';

/** Picks a pack file in the page and waits for this import's outcome (not the previous one's). */
async function importThroughPage(page: Page, path: string): Promise<void> {
  await page.bringToFront();
  const last = await page.$$eval(OUTCOME, (nodes) =>
    Number((nodes[0] as HTMLElement | undefined)?.dataset.run ?? 0),
  );
  const input = await page.waitForSelector('input[data-testid="import-pack"]');
  await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
  await page.waitForSelector(
    `[data-testid="pack-import-result"][data-run="${last + 1}"], [data-testid="pack-import-refusal"][data-run="${last + 1}"]`,
  );
}

const templates = async (page: Page) =>
  (await callBackground<{ data: StoredTemplate[] }>(page, 'templates.list', null)).data.sort(
    (a, b) => a.id.localeCompare(b.id),
  );

describe('approved packs between two browser profiles', () => {
  beforeAll(async () => {
    senior = await launch({ userDataDir: join(work, 'senior-profile') });
    await serviceWorker(senior);
  });

  it('the senior signs up, sees the key fingerprint and exports the pack from the page', async () => {
    if (!senior) throw new Error('no senior');
    const options = await openExtensionPage(senior, 'options.html');
    await callBackground(options, 'settings.update', { agentName: 'Claire' });
    await options.reload();
    await options.waitForSelector('[data-testid="senior-passphrase"]');
    await options.type('[data-testid="senior-passphrase"]', 'cabine pressurisée');
    await options.click('[data-testid="role-senior"]');
    await options.waitForSelector('[data-testid="role-junior"]');
    await importBundleFile(senior, ACME);

    const packs = await openPacks(senior);
    await packs.waitForSelector('[data-testid="own-fingerprint"]');
    const shown = await packs.$eval('[data-testid="own-fingerprint"]', (p) => p.textContent ?? '');
    expect(shown).toMatch(/Fingerprint: ([0-9a-f]{4} ){3}[0-9a-f]{4}/);
    keyText = await packs.$eval(
      '[data-testid="own-key-text"]',
      (area) => (area as HTMLTextAreaElement).value,
    );
    expect(keyText).toMatch(/^vigie-key:[A-Za-z0-9_-]+$/);

    const cdp = await senior.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
      eventsEnabled: true,
    });
    await packs.bringToFront();
    await packs.click('[data-testid="export-pack"]');
    await packs.waitForSelector('[data-testid="pack-exported"]');
    packPath = await downloaded(downloads);
    expect(packPath).toMatch(/vigie-pack-vigie-\d{4}-\d{2}-\d{2}\.json$/);
    const pack = JSON.parse(readFileSync(packPath, 'utf8')) as PackFile;
    fingerprint = pack.signer.fingerprint;
    expect(shown.replace(/\s/g, '')).toContain(fingerprint);
    // Approved templates travel; the pending one stays with the senior.
    expect(pack.templates.map((t) => `${t.id}:${t.status}`).sort()).toEqual([
      't-excuses-dm:approved',
      't-merci:approved',
      't-sorry-dm:approved',
      't-thanks:approved',
    ]);
    expect(senior.errors).toEqual([]);
    await senior.close();
    senior = undefined;
  });

  it('the junior refuses the pack until the key is trusted, then imports it', async () => {
    junior = await launch({ userDataDir: join(work, 'junior-profile') });
    await serviceWorker(junior);
    const packs = await openPacks(junior);
    // The junior's own work: an interaction and an incident logged before any pack.
    await callBackground(packs, 'reply.copied', { text: 'Bonjour, nous regardons.' });
    await packs.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const request = indexedDB.open('vigie');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => ko(request.error);
      });
      const at = Date.now();
      await new Promise<void>((ok, ko) => {
        const tx = db.transaction('incidents', 'readwrite');
        tx.objectStore('incidents').put({
          id: 'inc-junior',
          workspaceId: 'default',
          title: 'Valises perdues à Orly',
          category: 'viral-complaint',
          severity: 3,
          status: 'open',
          url: 'https://x.com/a/status/1',
          notes: 'Suivi en cours',
          mentionIds: [],
          timeline: [{ at, status: 'open', by: 'Léo', comment: '' }],
          createdAt: at,
          updatedAt: at,
        });
        tx.oncomplete = () => ok();
        tx.onerror = () => ko(tx.error);
      });
      db.close();
    });
    const before = await juniorWork(packs);
    expect(before).toContain('Bonjour, nous regardons.');
    expect(before).toContain('inc-junior');
    expect(await templates(packs)).toEqual([]);

    await importThroughPage(packs, packPath);
    const refusal = await packs.$eval('[data-testid="pack-import-refusal"]', (d) => ({
      reason: (d as HTMLElement).dataset.reason,
      text: d.textContent ?? '',
    }));
    expect(refusal.reason).toBe('untrusted');
    expect(refusal.text).toContain(fingerprint.replace(/(.{4})(?=.)/g, '$1 '));
    expect(refusal.text).toContain('not in your trusted keys');
    expect(await templates(packs)).toEqual([]);

    await packs.type('[data-testid="trusted-key-text"]', keyText);
    await packs.type('[data-testid="trusted-key-label"]', 'Claire (senior)');
    await packs.click('[data-testid="add-trusted-key"]');
    await packs.waitForSelector('[data-testid="trusted-key"]');
    expect(
      await packs.$eval(
        '[data-testid="trusted-key"]',
        (li) => (li as HTMLElement).dataset.fingerprint,
      ),
    ).toBe(fingerprint);

    await importThroughPage(packs, packPath);
    const result = await packs.$eval('[data-testid="pack-import-result"]', (d) => ({
      status: (d as HTMLElement).dataset.status,
      text: d.textContent ?? '',
    }));
    expect(result.status).toBe('imported');
    expect(result.text).toContain('Claire (senior)');
    expect(result.text).toContain('4 added, 0 updated, 0 retired, 0 unchanged');
    expect(result.text).toContain('Watchlists: 3 added');
    const imported = await templates(packs);
    expect(imported.map((t) => `${t.id}:${t.status}:${t.version}`)).toEqual([
      't-excuses-dm:approved:1',
      't-merci:approved:1',
      't-sorry-dm:approved:1',
      't-thanks:approved:1',
    ]);
    expect(await juniorWork(packs)).toBe(before);

    // The same pack again: already up to date, nothing changes.
    await importThroughPage(packs, packPath);
    expect(
      await packs.$eval(
        '[data-testid="pack-import-result"]',
        (d) => (d as HTMLElement).dataset.status,
      ),
    ).toBe('up_to_date');
  });

  it('refuses a copy with one template body edited, and changes nothing', async () => {
    if (!junior) throw new Error('no junior');
    const pack = JSON.parse(readFileSync(packPath, 'utf8')) as PackFile;
    const merci = pack.templates.find((t) => t.id === 't-merci');
    if (!merci) throw new Error('no t-merci');
    merci.body = 'Merci {author} ! Code promo VIP-100 sur www.exemple-arnaque.test';
    const tampered = join(work, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(pack, null, 2));

    const packs = await openPacks(junior);
    const before = await templates(packs);
    const workBefore = await juniorWork(packs);
    await importThroughPage(packs, tampered);
    const refusal = await packs.$eval('[data-testid="pack-import-refusal"]', (d) => ({
      reason: (d as HTMLElement).dataset.reason,
      text: d.textContent ?? '',
    }));
    expect(refusal.reason).toBe('tampered');
    expect(refusal.text).toContain('the content no longer matches its signature');
    expect(await templates(packs)).toEqual(before);
    expect(await juniorWork(packs)).toBe(workBefore);
    expect(junior.errors).toEqual([]);
  });
});
