/**
 * DOMPurify is only sound on a real browser DOM (happy-dom lets nodes
 * through: see sanitize.test.ts), so the one DOMPurify call site of Vigie and
 * the report it gates are checked here in Debian's Chromium, the browser of
 * the e2e tests. Skipped when no Chromium is installed.
 */
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVE_CONTENT, HOSTILE_EXCERPT, PNG_URL } from './report-cases';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Exposes the real modules to the page as `window.vigie`. */
const ENTRY = `
import { sanitizeHtml, sanitizeText } from './lib/sanitize';
import { crisisReportHtml } from './lib/incidents/report';
import { reportInput } from './tests/dom/incidents/report-cases';
import en from './public/_locales/en/messages.json';
const t = (key, ...subs) => {
  const message = en[key]?.message;
  if (message === undefined) throw new Error('No message ' + key);
  return message.replace(/\\$(\\$|[1-9])/g, (_, ref) => (ref === '$' ? '$' : (subs[Number(ref) - 1] ?? '')));
};
window.vigie = { sanitizeHtml, sanitizeText, report: () => crisisReportHtml(reportInput(t, 'en')) };
`;

/** The same modules with the DOMPurify gate turned off, to see what the gate changes. */
const WITHOUT_GATE: Plugin = {
  name: 'without-gate',
  setup(esbuild) {
    esbuild.onLoad({ filter: /lib[\\/]sanitize\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const gated = 'return instance().sanitize(html, STRICT);';
      if (!source.includes(gated)) throw new Error('sanitizeHtml changed: update this test');
      return { contents: source.replace(gated, 'return html;'), loader: 'ts' };
    });
  },
};

async function bundle(plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

interface VigieWindow {
  vigie: {
    sanitizeHtml(html: string): string;
    sanitizeText(text: string): string;
    report(): string;
  };
  pwned?: number;
}

describe('in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ content: await bundle() });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const sanitize = (html: string) =>
    page.evaluate((dirty) => (window as unknown as VigieWindow).vigie.sanitizeHtml(dirty), html);

  it('removes scripts, handlers, styles, frames, forms and SVG, keeps the text', async () => {
    const out = await sanitize(
      '<p onclick="alert(1)" style="color:red">ok</p><img src=x onerror=alert(1)><script>alert(2)</script>' +
        '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input></form>' +
        '<svg><script>alert(3)</script></svg><style>body{}</style><object data="x"></object>' +
        '<div><u>kept text</u><math><mi xlink:href="javascript:alert(4)">m</mi></math></div>',
    );
    expect(out).toBe('<p>ok</p><img><div>kept text</div>');
  }, 20_000);

  it('keeps only http(s) and anchor links, marked to leave without a referrer', async () => {
    const out = await sanitize(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a>' +
        '<a href="data:text/html,<script>alert(1)</script>">c</a><a href="vbscript:x">d</a>' +
        '<a href="https://acme.example/p">e</a><a href="#incident-1">f</a><a href="//evil.example">g</a>',
    );
    expect(out).toBe(
      '<a>a</a><a>b</a><a>c</a><a>d</a><a href="https://acme.example/p" rel="noopener noreferrer nofollow">e</a><a href="#incident-1">f</a><a>g</a>',
    );
  }, 20_000);

  it('keeps raster data-URL images only', async () => {
    const svg = 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+';
    const out = await sanitize(
      `<img src="${PNG_URL}" alt="ok"><img src="${svg}"><img src="https://evil.example/t.gif">`,
    );
    expect(out).toBe(`<img src="${PNG_URL}" alt="ok"><img><img>`);
  }, 20_000);

  it('builds a report that keeps its evidence through DOMPurify', async () => {
    const found = await page.evaluate((selector) => {
      const html = (window as unknown as VigieWindow).vigie.report();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const first = doc.querySelector('article.incident');
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      );
      return {
        active: doc.querySelectorAll(selector).length,
        handlers,
        excerpt: first?.querySelector('blockquote')?.textContent,
        screenshot: first?.querySelector('figure img')?.getAttribute('src'),
        timeline: [...(first?.querySelectorAll('ol.timeline li') ?? [])].length,
        mentions: first?.querySelectorAll('table tbody tr').length,
        hrefs: [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),
        articles: doc.querySelectorAll('article.incident').length,
        summaryRows: doc.querySelectorAll('section.summary tbody tr').length,
      };
    }, ACTIVE_CONTENT);
    expect(found).toEqual({
      active: 0,
      handlers: [],
      excerpt: HOSTILE_EXCERPT,
      screenshot: PNG_URL,
      timeline: 2,
      mentions: 2,
      hrefs: [
        '#incident-1',
        '#incident-2',
        'https://x.com/acme/status/42?ref=%22%3E%3Cscript%3Ewindow.pwned=5%3C/script%3E',
        'https://x.com/jo/status/7',
        'https://acme.example/status',
      ],
      articles: 2,
      summaryRows: 4,
    });
  }, 20_000);

  it('loses none of the report’s own markup in the gate: the allow-list covers it', async () => {
    const ungatedPage = await browser.newPage();
    try {
      await ungatedPage.setContent('<!DOCTYPE html><html><body></body></html>');
      await ungatedPage.addScriptTag({ content: await bundle([WITHOUT_GATE]) });
      const bodyOf = (target: Page) =>
        target.evaluate(() => {
          const html = (window as unknown as VigieWindow).vigie.report();
          return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
        });
      const [gated, ungated] = [await bodyOf(page), await bodyOf(ungatedPage)];
      expect(gated.length).toBeGreaterThan(4_000);
      expect(gated).toBe(ungated);
    } finally {
      await ungatedPage.close();
    }
  }, 20_000);

  it('opens as a page where nothing from the pages runs and the screenshot shows', async () => {
    const html = await page.evaluate(() => (window as unknown as VigieWindow).vigie.report());
    const reportPage = await browser.newPage();
    try {
      await reportPage.setContent(html, { waitUntil: 'load' });
      const state = await reportPage.evaluate(() => ({
        pwned: (window as unknown as VigieWindow).pwned,
        imageWidth: document.querySelector<HTMLImageElement>('figure img')?.naturalWidth,
        title: document.title,
      }));
      expect(state).toEqual({ pwned: undefined, imageWidth: 1, title: 'Crisis report' });
    } finally {
      await reportPage.close();
    }
  }, 20_000);
});
