import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  importBundleFile,
  launch,
  openExtensionPage,
  openFixture,
  type Session,
  serviceWorker,
} from './harness';

const ACME = resolve('tests/fixtures/bundles/acme.json');
const POST = 'https://old.reddit.com/r/france/comments/1acme0/acme_air/';
const BOX = 'textarea[name="text"][data-type="link"]';

const paletteText = (selector: string) => `
  (() => {
    const host = [...document.querySelectorAll('vigie-overlay')].find((h) => h.dataset.part === 'palette');
    return host?.shadowRoot?.querySelector('${selector}')?.textContent ?? null;
  })()`;

let session: Session;
beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
  await importBundleFile(session, ACME);
});
afterAll(async () => session?.close());

describe('the in-page reply palette', () => {
  it('opens on the shortcut in a reply box, filters, asks for what is missing, inserts and logs', async () => {
    const page = await openFixture(session, POST);
    await page.waitForFunction(
      () =>
        ((CSS.highlights as unknown as Map<string, Set<unknown>>).get('vigie-brand')?.size ?? 0) >
        0,
    );
    await page.focus(BOX);
    // Keys are the page's while the palette is closed.
    await page.keyboard.type('ok ');
    expect(await page.$eval(BOX, (box) => (box as HTMLTextAreaElement).value)).toBe('ok ');
    await page.$eval(BOX, (box) => {
      (box as HTMLTextAreaElement).value = '';
    });

    await page.keyboard.down('Control');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Space');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Control');
    await page.waitForFunction(paletteText('[data-testid="palette"]'));
    expect(await page.evaluate(paletteText('[role="listbox"]'))).toContain('Merci');
    // The pending template is not approved: never listed.
    expect(await page.evaluate(paletteText('[role="listbox"]'))).not.toContain('attente');

    await page.keyboard.type('merci');
    await page.keyboard.press('Enter');
    // The reply box is not inside a post here: the palette asks for the author.
    await page.waitForFunction(`${paletteText('[data-testid="palette-fill-author"]')} !== null`);
    await page.keyboard.type('Léa');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (selector) => (document.querySelector(selector) as HTMLTextAreaElement).value !== '',
      {},
      BOX,
    );
    expect(await page.$eval(BOX, (box) => (box as HTMLTextAreaElement).value)).toBe(
      'Merci Léa pour votre message, toute l’équipe Acme Air est ravie ! ✈️',
    );

    const options = await openExtensionPage(session, 'options.html');
    await expect
      .poll(async () => {
        const answer = await callBackground<{ data: { templateId?: string; status: string }[] }>(
          options,
          'interactions.recent',
          { days: 1 },
        );
        return answer.data.map((i) => [i.templateId, i.status]);
      })
      .toEqual([['t-merci', 'inserted']]);
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
