import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlightTexts,
  importBundleFile,
  launch,
  openFixture,
  type Session,
  serviceWorker,
  watchErrors,
} from './harness';

const ACME = resolve('tests/fixtures/bundles/acme.json');

/** Opens the real popup for `tab` (the toolbar action, as a CM clicks it). */
async function openPopup(session: Session, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const extension = (await session.browser.extensions()).get(session.id);
  if (!extension) throw new Error('extension not listed');
  await extension.triggerAction(tab);
  const target = await session.browser.waitForTarget(
    (t) => t.url().endsWith('/popup.html') && t.type() === 'page',
  );
  const popup = await target.asPage();
  watchErrors(session, popup, 'popup');
  await popup.waitForSelector('[data-testid="popup-count"]');
  return popup;
}

const brandCount = async (page: Page) => (await highlightTexts(page))['vigie-brand']?.length ?? 0;

let session: Session;
beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
  await importBundleFile(session, ACME);
});
afterAll(async () => session?.close());

describe('the per-site switch', () => {
  it('turns Vigie off and on again on a dedicated site, in place', async () => {
    const page = await openFixture(session, 'https://x.com/home');
    await expect.poll(() => brandCount(page)).toBeGreaterThan(0);
    const before = await highlightTexts(page);

    let popup = await openPopup(session, page);
    await popup.waitForSelector('[data-testid="site-switch"]:checked');
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('Listen on X (Twitter)');
    await popup.click('[data-testid="site-switch"]');
    await expect.poll(() => brandCount(page)).toBe(0);
    await popup.close();

    popup = await openPopup(session, page);
    await popup.waitForSelector('[data-testid="site-switch"]:not(:checked)');
    await popup.click('[data-testid="site-switch"]');
    await expect.poll(async () => highlightTexts(page)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('listens on a page without a dedicated adapter once the CM asks', async () => {
    const page = await openFixture(session, 'https://forum.example.org/viewtopic.php?t=42');
    await new Promise((r) => setTimeout(r, 300));
    expect(await brandCount(page)).toBe(0);
    const popup = await openPopup(session, page);
    await popup.waitForSelector('[data-testid="listen-now"]');
    expect(await popup.$eval('main', (m) => m.textContent)).toContain(
      'Always listen on https://forum.example.org',
    );
    await popup.click('[data-testid="listen-now"]');
    await expect.poll(() => brandCount(page)).toBeGreaterThan(0);
    const found = await highlightTexts(page);
    expect(found['vigie-brand']).toEqual(expect.arrayContaining(['Acme Air']));
    // The page is listed like any other: the popup now counts its mentions.
    await popup.waitForFunction(
      () => !document.querySelector('[data-testid="popup-count"]')?.textContent?.endsWith(': 0'),
    );
    await popup.close();
    await page.close();
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
