import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  highlightTexts,
  launch,
  openExtensionPage,
  openFixture,
  type Session,
  serviceWorker,
  tabIdOf,
  watchErrors,
} from './harness';

const FEED = 'https://x.com/home';
const POST = 'https://x.com/acme_air/status/1858000000000000001';

interface Answer<T> {
  ok: boolean;
  data: T;
}
interface Workspace {
  id: string;
  name: string;
}

let session: Session;
let welcome: Page;
let options: Page;

beforeAll(async () => {
  session = await launch({ keepWelcome: true });
  await serviceWorker(session);
});
afterAll(async () => session?.close());

async function call<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const answer = await callBackground<Answer<T>>(page, type, payload);
  if (!answer.ok) throw new Error(`${type} failed: ${JSON.stringify(answer)}`);
  return answer.data;
}

async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const field = await page.waitForSelector(`[data-testid="${testId}"]`);
  await field?.click({ count: 3 });
  await field?.type(text);
}

/** The highlighted texts of one kind, once they hold `expected` and stop changing. */
async function highlightsOf(page: Page, kind: string, expected: (texts: string[]) => boolean) {
  let last: string[] = [];
  for (let i = 0; i < 80; i++) {
    last = (await highlightTexts(page))[`vigie-${kind}`] ?? [];
    if (expected(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vigie-${kind} never as expected: ${JSON.stringify(last)}`);
}

const has = (texts: string[], pattern: RegExp) => texts.some((text) => pattern.test(text));

describe('the first-run wizard', () => {
  it('opens by itself at install', async () => {
    const target = await session.browser.waitForTarget(
      (t) => t.url() === `chrome-extension://${session.id}/welcome.html`,
    );
    welcome = await target.asPage();
    watchErrors(session, welcome, 'welcome');
    await welcome.bringToFront();
    await welcome.waitForSelector('[data-testid="welcome-step"][data-step="brand"]');
    expect(await welcome.$eval('[data-testid="welcome-progress"]', (p) => p.textContent)).toBe(
      'Step 1 of 3',
    );
  });

  it('checks each step, previews the query, and goes back and forth', async () => {
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-testid="welcome-error"]');
    expect(await welcome.$eval('[data-testid="welcome-error"]', (p) => p.textContent)).toBe(
      'Give at least one brand name.',
    );
    await typeInto(welcome, 'welcome-brands', 'Acme, Acme Air');
    await typeInto(welcome, 'welcome-handles', '@acme_air');
    expect(await welcome.$eval('[data-testid="welcome-preview"]', (c) => c.textContent)).toBe(
      '"Acme Air" OR Acme OR @acme_air',
    );
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-step="competitors"]');
    await typeInto(welcome, 'welcome-competitors', 'SkyJet');
    await welcome.click('[data-testid="welcome-back"]');
    await welcome.waitForSelector('[data-step="brand"]');
    // What was typed is still there.
    expect(
      await welcome.$eval(
        '[data-testid="welcome-brands"]',
        (t) => (t as HTMLTextAreaElement).value,
      ),
    ).toBe('Acme, Acme Air');
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-step="competitors"]');
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-step="language"]');
  });

  it('creates the workspace, its watchlists and the ten approved starter replies', async () => {
    await welcome.click('[data-testid="welcome-lang-both"]');
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-testid="welcome-done"]');
    expect(await welcome.$eval('[data-testid="welcome-done"] h2', (h) => h.textContent)).toBe(
      '“Acme” is ready',
    );
    const workspaces = await call<Workspace[]>(welcome, 'workspaces.list', null);
    expect(workspaces.map((w) => w.name)).toEqual(['Acme']);
    const watchlists = await call<{ id: string; kind: string; query: string }[]>(
      welcome,
      'watchlists.list',
      null,
    );
    expect(watchlists.map((w) => [w.kind, w.query])).toEqual([
      ['brand', '"Acme Air" OR Acme OR @acme_air'],
      ['competitor', 'SkyJet'],
    ]);
    const templates = await call<{ status: string; language: string; approvedBy: string }[]>(
      welcome,
      'templates.list',
      null,
    );
    expect(templates).toHaveLength(10);
    expect(templates.every((t) => t.status === 'approved')).toBe(true);
    expect(templates.filter((t) => t.language === 'fr')).toHaveLength(5);
    expect(templates.filter((t) => t.language === 'en')).toHaveLength(5);
    expect(await call<{ onboarded: boolean }>(welcome, 'settings.get', null)).toMatchObject({
      onboarded: true,
    });
  });

  it('run again from the options, duplicates nothing', async () => {
    await welcome.goto(`chrome-extension://${session.id}/welcome.html`);
    await welcome.waitForSelector('[data-testid="welcome-again"]');
    // Prefilled from the workspace: straight through.
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-step="competitors"]');
    await typeInto(welcome, 'welcome-competitors', 'SkyJet');
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-step="language"]');
    await welcome.click('[data-testid="welcome-lang-both"]');
    await welcome.click('[data-testid="welcome-next"]');
    await welcome.waitForSelector('[data-testid="welcome-done"]');
    expect(await call<unknown[]>(welcome, 'watchlists.list', null)).toHaveLength(2);
    expect(await call<unknown[]>(welcome, 'templates.list', null)).toHaveLength(10);
  });

  it('can be skipped for a bundle import: straight to the options', async () => {
    await welcome.goto(`chrome-extension://${session.id}/welcome.html`);
    await welcome.waitForSelector('[data-testid="welcome-skip"]');
    await Promise.all([welcome.waitForNavigation(), welcome.click('[data-testid="welcome-skip"]')]);
    expect(welcome.url()).toBe(`chrome-extension://${session.id}/options.html#general`);
    await welcome.waitForSelector('[data-testid="import-bundle"]');
    await welcome.close();
  });
});

describe('two workspaces', () => {
  let feed: Page;
  let panel: Page;
  let acme: Workspace;
  let skyjet: Workspace;

  it('creates a second workspace in the options, with its own library', async () => {
    options = await openExtensionPage(session, 'options.html#workspaces');
    await options.waitForSelector('[data-testid="workspace-list"] > li');
    await typeInto(options, 'workspace-new-name', 'SkyJet Agency');
    await options.click('[data-testid="workspace-create"]');
    await options.waitForFunction(
      () => document.querySelectorAll('[data-testid="workspace-list"] > li').length === 2,
    );
    const workspaces = await call<Workspace[]>(options, 'workspaces.list', null);
    acme = workspaces.find((w) => w.name === 'Acme') as Workspace;
    skyjet = workspaces.find((w) => w.name === 'SkyJet Agency') as Workspace;
    expect(skyjet).toBeDefined();
    // Its library, imported while it is active; then back to Acme.
    await call(options, 'workspace.switch', { id: skyjet.id });
    const bundle = {
      format: 'vigie-bundle',
      version: 1,
      workspace: { name: 'SkyJet Agency' },
      watchlists: [
        { id: 'w-skyjet', name: 'SkyJet', kind: 'brand', query: 'SkyJet', enabled: true },
      ],
      templates: [],
    };
    const imported = await call<{ ok: boolean }>(options, 'bundle.import', {
      text: JSON.stringify(bundle),
    });
    expect(imported.ok).toBe(true);
    await call(options, 'workspace.switch', { id: acme.id });
  });

  it('switching in the popup changes the page’s highlights and the side panel, without reload', async () => {
    feed = await openFixture(session, FEED);
    const brand = await highlightsOf(feed, 'brand', (texts) => has(texts, /acme/i));
    expect(has(brand, /skyjet/i)).toBe(false);
    const tabId = await tabIdOf(session, FEED);
    panel = await openExtensionPage(session, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="mention-list"] > li');
    const acmeItems = await panel.$$eval(
      '[data-testid="mention-list"] > li',
      (items) => items.length,
    );

    // Mark the page: a reload would lose it.
    await feed.evaluate(() => {
      (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
    });
    await feed.bringToFront();
    const extension = (await session.browser.extensions()).get(session.id);
    if (!extension) throw new Error('extension not listed');
    await extension.triggerAction(feed);
    const popupTarget = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    const popup = await popupTarget.asPage();
    watchErrors(session, popup, 'popup');
    await popup.waitForSelector('[data-testid="workspace-switcher"]:not([disabled])');
    await popup.select('[data-testid="workspace-switcher"]', skyjet.id);

    const after = await highlightsOf(
      feed,
      'brand',
      (texts) => has(texts, /skyjet/i) && !has(texts, /acme/i),
    );
    expect(after.length).toBeGreaterThan(0);
    expect((await highlightTexts(feed))['vigie-competitor'] ?? []).toEqual([]);
    expect(
      await feed.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded),
    ).toBe(true);

    // The side panel lists SkyJet Agency's mentions of the page, and its switcher says so.
    await panel.waitForFunction(
      () => {
        const items = [...document.querySelectorAll('[data-testid="mention-list"] > li')];
        return items.length > 0 && items.every((li) => /skyjet/i.test(li.textContent ?? ''));
      },
      { timeout: 10_000 },
    );
    expect(
      await panel.$eval(
        '[data-testid="workspace-switcher"]',
        (s) => (s as HTMLSelectElement).value,
      ),
    ).toBe(skyjet.id);
    const mentions = await call<{ workspaceId: string }[]>(panel, 'mentions.forTab', { tabId });
    expect(mentions.every((m) => m.workspaceId === skyjet.id)).toBe(true);
    expect(acmeItems).toBeGreaterThan(0);
    await popup.close().catch(() => undefined);
  });

  it('scope "all" highlights both workspaces’ brands and files each post where it matched', async () => {
    const before = await call<{ mentions: number }>(options, 'workspace.counts', { id: acme.id });
    await options.bringToFront();
    await options.reload();
    await options.waitForSelector('[data-testid="highlight-scope-all"]');
    await options.click('[data-testid="highlight-scope-all"]');
    const brand = await highlightsOf(
      feed,
      'brand',
      (texts) => has(texts, /skyjet/i) && has(texts, /acme/i),
    );
    expect(has(brand, /acme air/i)).toBe(true);
    const tabId = await tabIdOf(session, FEED);
    // The side panel stays on the active workspace's mentions…
    // (polled: the page reports its mentions a moment after it highlights them)
    let listed: { workspaceId: string }[] = [];
    for (let i = 0; i < 60 && listed.length === 0; i++) {
      listed = await call<{ workspaceId: string }[]>(panel, 'mentions.forTab', { tabId });
      if (listed.length === 0) await new Promise((r) => setTimeout(r, 150));
    }
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((m) => m.workspaceId === skyjet.id)).toBe(true);
    // …while posts seen for the first time now, matched by Acme's watchlists, are filed in Acme.
    const post = await openFixture(session, POST);
    await highlightsOf(post, 'brand', (texts) => has(texts, /acme/i));
    await options.waitForFunction(
      async (id, count) => {
        const answer = (await chrome.runtime.sendMessage({
          vigie: 1,
          type: 'workspace.counts',
          payload: { id },
        })) as { data: { mentions: number } };
        return answer.data.mentions > count;
      },
      // Polled by time: the options tab is in the background, where animation frames never come.
      { timeout: 10_000, polling: 200 },
      acme.id,
      before.mentions,
    );
    await post.close();
  });

  it('deletes a workspace only after showing what goes and the name typed', async () => {
    await options.bringToFront();
    const row = `[data-workspace-id="${skyjet.id}"]`;
    await options.click(`${row} [data-testid="workspace-delete"]`);
    await options.waitForSelector('[data-testid="workspace-delete-confirm"]');
    const counts = await options.$$eval('[data-testid="workspace-delete-counts"] li', (items) =>
      items.map((li) => li.textContent),
    );
    expect(counts[0]).toBe('1 watchlist(s)');
    expect(counts.find((text) => /stored mention/.test(text ?? ''))).toMatch(/^[1-9]\d* stored/);
    const submit = (await options.$(
      '[data-testid="workspace-delete-submit"]',
    )) as ElementHandle<HTMLButtonElement>;
    expect(await submit.evaluate((b) => b.disabled)).toBe(true);
    await typeInto(options, 'workspace-delete-name', 'SkyJet Agency');
    await options.click('[data-testid="workspace-delete-submit"]');
    await options.waitForFunction(
      () => document.querySelectorAll('[data-testid="workspace-list"] > li').length === 1,
    );
    const workspaces = await call<Workspace[]>(options, 'workspaces.list', null);
    expect(workspaces.map((w) => w.name)).toEqual(['Acme']);
    expect(
      (await call<{ activeWorkspaceId: string }>(options, 'settings.get', null)).activeWorkspaceId,
    ).toBe(acme.id);
    // The last one cannot go.
    expect(
      await options.$eval(
        '[data-testid="workspace-delete"]',
        (b) => (b as HTMLButtonElement).disabled,
      ),
    ).toBe(true);
    expect(session.errors).toEqual([]);
  });
});
