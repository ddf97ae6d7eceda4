import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROUTES } from '../fixtures/routes.mjs';
import { EXPECTED_HIGHLIGHTS } from './expected-highlights';
import {
  callBackground,
  highlightTexts,
  importBundleFile,
  launch,
  openExtensionPage,
  openFixture,
  type Session,
  serviceWorker,
  tabIdOf,
} from './harness';

const ACME = resolve('tests/fixtures/bundles/acme.json');
const KINDS = ['brand', 'competitor', 'topic', 'risk'] as const;

/** Records, from the page's own world, every mutation after DOMContentLoaded and the body then. */
const RECORD_MUTATIONS = `
  window.__vigieTest = { snapshot: null, mutations: [] };
  document.addEventListener('DOMContentLoaded', () => {
    window.__vigieTest.snapshot = document.body.innerHTML;
    new MutationObserver((records) => {
      for (const r of records) {
        window.__vigieTest.mutations.push({
          type: r.type,
          target: r.target.nodeName,
          added: [...r.addedNodes].map((n) => n.nodeName),
        });
      }
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

async function openRecorded(session: Session, url: string): Promise<Page> {
  const { serveFixtures } = await import('../fixtures/routes.mjs');
  const page = await session.browser.newPage();
  await page.evaluateOnNewDocument(RECORD_MUTATIONS);
  await serveFixtures(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Highlights once they stop changing (the first pass is sliced and the observer batches per frame). */
async function settledHighlights(page: Page): Promise<Record<string, string[]>> {
  let previous = '';
  for (let i = 0; i < 60; i++) {
    const current = await highlightTexts(page);
    const serialized = JSON.stringify(current);
    if (serialized === previous && (current['vigie-brand']?.length ?? 0) > 0) return current;
    previous = serialized;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Highlights did not settle: ${previous}`);
}

function byKind(found: Record<string, string[]>) {
  return Object.fromEntries(KINDS.map((kind) => [kind, found[`vigie-${kind}`] ?? []]));
}

let session: Session;
beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
  await importBundleFile(session, ACME);
});
afterAll(async () => session?.close());

describe('highlighting on every replica page', () => {
  const routes = FIXTURE_ROUTES.filter(
    (route) => EXPECTED_HIGHLIGHTS[`${route.site}/${route.page}`],
  );

  it('covers every dedicated site', () => {
    expect(new Set(routes.map((route) => route.site))).toEqual(
      new Set([
        'x',
        'facebook',
        'instagram',
        'linkedin',
        'youtube',
        'tiktok',
        'reddit',
        'reddit-old',
        'trustpilot',
        'tripadvisor',
        'google-maps',
        'mastodon',
        'bluesky',
      ]),
    );
  });

  it.each(routes.map((route) => [`${route.site}/${route.page}`, route.url]))(
    '%s: exactly the expected ranges, and the page’s own DOM untouched',
    async (name, url) => {
      const page = await openRecorded(session, url);
      expect(byKind(await settledHighlights(page))).toEqual(EXPECTED_HIGHLIGHTS[name]);
      if (!name.endsWith('react-feed')) {
        const record = await page.evaluate(() => {
          const test = (
            window as unknown as {
              __vigieTest: {
                snapshot: string;
                mutations: { type: string; target: string; added: string[] }[];
              };
            }
          ).__vigieTest;
          return { same: test.snapshot === document.body.innerHTML, mutations: test.mutations };
        });
        expect(record.same).toBe(true);
        // The one change Vigie makes: its overlay host, hung off <html>, outside the site's root.
        expect(record.mutations).toEqual([
          { type: 'childList', target: 'HTML', added: ['VIGIE-OVERLAY'] },
        ]);
      }
      await page.close();
    },
  );
});

describe('on a feed', () => {
  const FEED = 'https://x.com/home';
  let page: Page;
  let tabId: number;
  type Stored = {
    id: string;
    dedupeKey: string;
    permalink?: string;
    author: { name?: string };
    terms: string[];
  };
  let mentions: Stored[];

  beforeAll(async () => {
    page = await openFixture(session, FEED);
    await settledHighlights(page);
    tabId = await tabIdOf(session, FEED);
    const options = await openExtensionPage(session, 'options.html');
    const answer = await callBackground<{ ok: true; data: Stored[] }>(options, 'mentions.forTab', {
      tabId,
    });
    mentions = answer.data;
    await options.close();
  });

  it('stores each mentioned post once, in page order, and counts them on the badge', async () => {
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(mentions.map((m) => m.dedupeKey)).size).toBe(mentions.length);
    // Quoted posts carry no permalink on X; the others must come in the page's order.
    const links = mentions.flatMap((m) => (m.permalink ? [m.permalink] : []));
    expect(links.length).toBeGreaterThanOrEqual(4);
    const positions = await page.evaluate((wanted) => {
      const anchors = [...document.querySelectorAll('a[href]')].map(
        (a) => (a as HTMLAnchorElement).href,
      );
      return wanted.map((link) => anchors.indexOf(link));
    }, links);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const worker = await serviceWorker(session);
    const badge = await worker.evaluate(
      (id) =>
        (
          chrome as unknown as { action: { getBadgeText(d: object): Promise<string> } }
        ).action.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe(String(mentions.length));
  });

  it('opens the mention card from the marker: why it matched, author, actions', async () => {
    const first = mentions[0]!;
    await page.evaluate((key) => {
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      const marker = [
        ...(root?.querySelectorAll<HTMLElement>('[data-testid="mention-marker"]') ?? []),
      ].find((m) => m.dataset.key === key);
      if (!marker) throw new Error(`no marker for ${key}`);
      marker.click();
    }, first.dedupeKey);
    const card = await page.waitForFunction(() => {
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      const found = root?.querySelector('[data-testid="mention-card"]');
      return found ? found.textContent : null;
    });
    const text = (await card.jsonValue()) as string;
    expect(text).toContain(first.author.name ?? '');
    expect(text).toContain(first.terms[0] ?? '');
    expect(text).toMatch(/Acme Air|SkyJet/);
    expect(text).toContain('Escalate to senior');
    // The card is inside Vigie's shadow root: the page's DOM does not see it.
    expect(await page.$('[data-testid="mention-card"]')).toBeNull();
  });

  it('marks a mention handled from the card', async () => {
    await page.evaluate(() => {
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Mark handled',
      );
      (button as HTMLButtonElement).click();
    });
    const options = await openExtensionPage(session, 'options.html');
    await expect
      .poll(async () => {
        const answer = await callBackground<{ data: { id: string; status: string }[] }>(
          options,
          'mentions.forTab',
          { tabId },
        );
        return answer.data.find((m) => m.id === mentions[0]!.id)?.status;
      })
      .toBe('replied');
    await options.close();
  });

  it('lists the tab’s mentions in the side panel; a click scrolls to one and pulses it', async () => {
    const panel = await openExtensionPage(session, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="mention-list"] > li');
    const ids = await panel.$$eval('[data-testid="mention-list"] > li', (items) =>
      items.map((li) => li.getAttribute('data-mention-id')),
    );
    expect(ids).toEqual(mentions.map((m) => m.id));
    const last = mentions.at(-1)!;
    await panel.click(`[data-mention-id="${last.id}"] button`);
    await page.waitForFunction(
      () =>
        ((CSS.highlights as unknown as Map<string, Set<unknown>>).get('vigie-pulse')?.size ?? 0) >
        0,
    );
    await panel.close();
  });
});

describe('pages that change', () => {
  const REACT_FEEDS = FIXTURE_ROUTES.filter((route) => route.page === 'react-feed');

  it.each(REACT_FEEDS.map((route) => [route.site, route.url]))(
    '%s React feed: appended posts are highlighted and React keeps working',
    async (_site, url) => {
      const page = await openFixture(session, url);
      const before = byKind(await settledHighlights(page));
      const rerendersBefore = await page.evaluate(
        () => (window as unknown as { __fixture: { rerenders: number } }).__fixture.rerenders,
      );
      await page.evaluate(() =>
        (window as unknown as { __fixture: { addPost(text: string): void } }).__fixture.addPost(
          'Mon vol Acme Air est annulé, merci #acmeair de me répondre',
        ),
      );
      await expect
        .poll(async () => byKind(await highlightTexts(page)).brand?.length)
        .toBe((before.brand?.length ?? 0) + 2);
      const after = byKind(await highlightTexts(page));
      expect(after.brand).toEqual(expect.arrayContaining(['Acme Air', '#acmeair']));
      await page.evaluate(() =>
        (window as unknown as { __fixture: { likeFirst(): void } }).__fixture.likeFirst(),
      );
      const state = await page.evaluate(() => {
        const w = window as unknown as {
          __fixture: { rerenders: number };
          __reactErrors: unknown[];
        };
        return { rerenders: w.__fixture.rerenders, errors: w.__reactErrors };
      });
      expect(state.errors).toEqual([]);
      expect(state.rerenders).toBeGreaterThan(rerendersBefore);
      // Highlights survive React's re-render of the same posts.
      expect(byKind(await settledHighlights(page)).brand).toEqual(after.brand);
      await page.close();
    },
  );

  it('drops the ranges of removed posts and re-evaluates edited ones', async () => {
    const page = await openFixture(session, 'https://x.com/explore');
    const before = byKind(await settledHighlights(page));
    await page.evaluate(() =>
      (window as unknown as { __fixture: { editFirst(text: string): void } }).__fixture.editFirst(
        'Rien à voir avec une compagnie aérienne',
      ),
    );
    await expect
      .poll(async () => byKind(await highlightTexts(page)).brand?.length)
      .toBeLessThan(before.brand?.length ?? 0);
    await page.close();
  });
});

describe('the CM’s language on the page', () => {
  it('the card speaks the language chosen in the options, not the browser’s', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await callBackground(options, 'settings.update', { locale: 'fr' });
    const page = await openFixture(session, 'https://x.com/home');
    await settledHighlights(page);
    await page.evaluate(() => {
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      root?.querySelector<HTMLElement>('[data-testid="mention-marker"]')?.click();
    });
    const card = await page.waitForFunction(() => {
      const root = document.querySelector('vigie-overlay')?.shadowRoot;
      return root?.querySelector('[data-testid="mention-card"]')?.textContent ?? null;
    });
    expect(await card.jsonValue()).toContain('Faire remonter au senior');
    await callBackground(options, 'settings.update', { locale: 'auto' });
    await page.close();
    await options.close();
  });
});

describe('a watchlist’s own colour', () => {
  it('moves its matches to a highlight of their own, styled without touching the page', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const colour = {
      id: 'w-skyjet',
      name: 'SkyJet',
      kind: 'competitor',
      query: 'SkyJet OR #skyjet OR @skyjet',
      enabled: true,
      color: '#0a7f3f',
    };
    await callBackground(options, 'watchlist.save', colour);
    const page = await openFixture(session, 'https://x.com/home');
    const highlights = await settledHighlights(page);
    const own = Object.entries(highlights).find(([name]) => /^vigie-w\d+$/.test(name));
    expect(own?.[1]).toContain('SkyJet');
    expect(highlights['vigie-competitor'] ?? []).not.toContain('SkyJet');
    expect(highlights['vigie-brand']).toContain('Acme Air');
    const css = await page.evaluate(() =>
      [...document.adoptedStyleSheets].flatMap((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText),
      ),
    );
    expect(css.join('\n')).toMatch(/::highlight\(vigie-w\d+\)/);
    // Back to the kind's colour for the tests that follow.
    const { color: _color, ...plain } = colour;
    await callBackground(options, 'watchlist.save', plain);
    await page.close();
    await options.close();
  });
});

describe('errors', () => {
  it('saw no console error in Vigie’s pages, worker or the replica pages', () => {
    expect(session.errors).toEqual([]);
  });
});
