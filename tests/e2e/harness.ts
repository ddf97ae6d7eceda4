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

export async function launch(options: { lang?: 'en' | 'fr' } = {}): Promise<Session> {
  if (!existsSync(`${BUILD_DIR}/manifest.json`)) {
    throw new Error(`No build at ${BUILD_DIR}: run "npm run build" first`);
  }
  const lang = options.lang ?? 'en';
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
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
  await page.waitForSelector('main h1');
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
