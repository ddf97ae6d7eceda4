/**
 * Drives the built extension in Debian's Chromium: launch, install, reach the
 * service worker and Vigie's pages, serve fixture pages at real site URLs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';

export const EXTENSION_ID = 'hhlmplfilimmicbgmlljjpofemgiijdk';
export const BUILD_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  id: string;
  /** Console errors and uncaught exceptions seen in Vigie's pages and worker. */
  errors: string[];
  close(): Promise<void>;
}

export async function launch(
  options: {
    lang?: 'en' | 'fr';
    /** A browser profile of its own (two profiles = two CMs); a fresh temporary one when absent. */
    userDataDir?: string;
    /** Leave the first-run wizard's tab open (the wizard's own tests). */
    keepWelcome?: boolean;
  } = {},
): Promise<Session> {
  if (!existsSync(`${BUILD_DIR}/manifest.json`)) {
    throw new Error(`No build at ${BUILD_DIR}: run "npm run build" first`);
  }
  const lang = options.lang ?? 'en';
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
    ],
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
  });
  const id = await browser.installExtension(BUILD_DIR);
  // The first-run wizard opens at install: closed here so tests find only the tabs they open.
  if (!options.keepWelcome) await closeWelcome(browser, id);
  const errors: string[] = [];
  return { browser, id, errors, close: () => browser.close() };
}

export async function serviceWorker(session: Session): Promise<WebWorker> {
  const target = await session.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.id}/`),
  );
  const worker = await target.worker();
  if (!worker) throw new Error('Service worker target has no worker');
  worker.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(`worker: ${message.text()}`);
  });
  return worker;
}

/** Records console errors and uncaught exceptions of a page into the session. */
export function watchErrors(session: Session, page: Page, label: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(`${label}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    session.errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Opens one of Vigie's pages (options.html, sidepanel.html, popup.html) as a tab. */
export async function openExtensionPage(session: Session, file: string): Promise<Page> {
  const page = await session.browser.newPage();
  watchErrors(session, page, file);
  await page.goto(`chrome-extension://${session.id}/${file}`);
  await page.waitForSelector('h1');
  return page;
}

/** Stops the service worker through CDP (Target.closeTarget), as Chrome does when it idles. */
export async function stopServiceWorker(session: Session): Promise<void> {
  const isWorker = (t: { type(): string; url(): string }) =>
    t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.id}/`);
  const target = await session.browser.waitForTarget(isWorker);
  const worker = await target.worker();
  await worker?.close();
  const deadline = Date.now() + 5_000;
  while (session.browser.targets().some(isWorker)) {
    if (Date.now() > deadline) throw new Error('Service worker did not stop');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Calls a background message from an extension page, as Vigie's pages do. */
export async function callBackground<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async (t, p) => {
      const response = await chrome.runtime.sendMessage({ vigie: 1, type: t, payload: p });
      return response;
    },
    type,
    payload as never,
  ) as Promise<T>;
}

/** The text under each Vigie highlight of a page, by highlight name, in document order. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('vigie-')) continue;
      const ranges = [...highlight].map((stat) => {
        const range = document.createRange();
        range.setStart(stat.startContainer, stat.startOffset);
        range.setEnd(stat.endContainer, stat.endOffset);
        return range;
      });
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((range) => range.toString());
    }
    return out;
  });
}

/** Opens a fixture page at its real URL, served from tests/fixtures through interception. */
export async function openFixture(session: Session, url: string): Promise<Page> {
  const { serveFixtures } = await import('../fixtures/routes.mjs');
  const page = await session.browser.newPage();
  watchErrors(session, page, url);
  await serveFixtures(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits until the page holds at least `count` ranges in the named highlight. */
export async function waitForHighlights(page: Page, name: string, count = 1): Promise<void> {
  await page.waitForFunction(
    (n, c) => {
      const registry = CSS.highlights as unknown as Map<string, Set<unknown>>;
      return (registry.get(n)?.size ?? 0) >= c;
    },
    { timeout: 10_000 },
    name,
    count,
  );
}

/** The id of the tab showing `url`, read from Vigie's worker. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const worker = await serviceWorker(session);
  // The newest tab at that URL: an earlier test's tab may still be closing.
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const ids = tabs.filter((tab) => tab.url === u).map((tab) => tab.id ?? -1);
    return ids.length > 0 ? Math.max(...ids) : undefined;
  }, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}

/** Imports a bundle file through the background, as the options page does. */
export async function importBundleFile(session: Session, path: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const options = await openExtensionPage(session, 'options.html');
  const result = await callBackground<{ ok: boolean; data?: { ok: boolean } }>(
    options,
    'bundle.import',
    { text: readFileSync(path, 'utf8') },
  );
  if (!result.ok || !result.data?.ok) throw new Error(`Import failed: ${JSON.stringify(result)}`);
  await options.close();
}

/** Waits for the first-run wizard's tab (opened by the install) and closes it. */
export async function closeWelcome(browser: Browser, id: string): Promise<void> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'page' && t.url() === `chrome-extension://${id}/welcome.html`,
    { timeout: 10_000 },
  );
  const page = await target.asPage();
  await page.close();
}
