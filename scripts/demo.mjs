// `npm run demo`: Vigie, built, in Chromium on the bundled replicas of social
// pages, with the demo workspace imported. Headed when a display exists;
// otherwise headless, writing screenshots to demo-output/ and printing them.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer';
import { availableRoutes, serveFixtures } from '../tests/fixtures/routes.mjs';

const BUILD = resolve('.output/chrome-mv3');
const OUT = resolve('demo-output');
const BUNDLE = resolve('tests/fixtures/bundles/acme.json');
const headed = Boolean(process.env.DISPLAY) && process.env.VIGIE_DEMO_HEADLESS !== '1';

if (existsSync('tests/fixtures/build-react-fixtures.mjs')) {
  execFileSync(process.execPath, ['tests/fixtures/build-react-fixtures.mjs'], { stdio: 'inherit' });
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !headed,
  pipe: true,
  enableExtensions: true,
  defaultViewport: headed ? null : { width: 1280, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const id = await browser.installExtension(BUILD);
await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(id));
// The demo imports its own workspace: the first-run wizard the install opened is not needed.
await browser
  .waitForTarget((t) => t.url() === `chrome-extension://${id}/welcome.html`, { timeout: 5_000 })
  .then((target) => target.asPage())
  .then((page) => page.close())
  .catch(() => undefined);

// The demo workspace, imported as a CM would from the options page.
const options = await browser.newPage();
await options.goto(`chrome-extension://${id}/options.html`);
const imported = await options.evaluate(
  (text) => chrome.runtime.sendMessage({ vigie: 1, type: 'bundle.import', payload: { text } }),
  readFileSync(BUNDLE, 'utf8'),
);
if (!imported?.ok || !imported.data.ok) {
  console.error('Demo bundle import failed:', JSON.stringify(imported));
  process.exit(1);
}
await options.reload();
await options.waitForSelector('[data-testid="watchlist-list"]');

mkdirSync(OUT, { recursive: true });
const shots = [];
const shoot = async (page, name) => {
  const path = `${OUT}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  shots.push(path);
};
if (!headed) await shoot(options, 'options');

// One tab per replica feed (the first page of each site), and its side panel.
const seen = new Set();
for (const route of availableRoutes()) {
  if (seen.has(route.site) || route.site === 'generic') continue;
  seen.add(route.site);
  const page = await browser.newPage();
  await serveFixtures(page);
  await page.goto(route.url, { waitUntil: 'load' });
  // Wait until Vigie has highlighted the page (or give up after a few seconds).
  await page
    .waitForFunction(() => (CSS.highlights.get('vigie-brand')?.size ?? 0) > 0, { timeout: 5_000 })
    .catch(() => undefined);
  await new Promise((r) => setTimeout(r, 400));
  if (!headed) {
    await shoot(page, `${route.site}-${route.page}`);
    const tabId = await options.evaluate(
      async (url) => (await chrome.tabs.query({ url })).at(0)?.id,
      route.url,
    );
    if (tabId !== undefined) {
      const panel = await browser.newPage();
      await panel.setViewport({ width: 400, height: 900 });
      await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
      await panel.waitForSelector('main h1');
      await new Promise((r) => setTimeout(r, 300));
      await shoot(panel, `${route.site}-sidepanel`);
      await panel.close();
    }
    await page.close();
  }
}

if (headed) {
  console.log('Vigie is running on the demo pages. Close the browser window to end the demo.');
  await new Promise((done) => browser.on('disconnected', done));
} else {
  console.log('Demo screenshots:');
  for (const path of shots) console.log(`  ${path}`);
  await browser.close();
}
