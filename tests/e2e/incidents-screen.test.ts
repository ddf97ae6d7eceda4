import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  importBundleFile,
  launch,
  openExtensionPage,
  openFixture,
  type Session,
  serviceWorker,
  tabIdOf,
} from './harness';

/** Julie Martin's complaint on X; she posts again on LinkedIn and Instagram later. */
const POST = 'https://x.com/acme_air/status/1858000000000000001';
const LATER = ['https://www.linkedin.com/feed/', 'https://www.instagram.com/'];
const THREAD = 'https://old.reddit.com/r/france/comments/1acme0/acme_air/';
const AGENT = 'Camille';
const HOLDING = 'Nous avons connaissance de la situation';

interface StoredIncident {
  id: string;
  title: string;
  permalink?: string;
  excerpt?: string;
  mentionIds: string[];
  screenshotId?: string;
}

interface Suggestion {
  mention: { id: string; text: string };
  reasons: string[];
}

let session: Session;
let page: Page;
let options: Page;
let incident: StoredIncident;
let attached: Suggestion['mention'];
const downloads = mkdtempSync(join(tmpdir(), 'vigie-reports-'));

/** The acme bundle with its crisis template approved: only approved wording is offered. */
function crisisBundle(): string {
  const bundle = JSON.parse(readFileSync(resolve('tests/fixtures/bundles/acme.json'), 'utf8'));
  for (const template of bundle.templates) {
    if (template.id === 't-attente') template.status = 'approved';
  }
  const path = join(downloads, 'acme-crisis.json');
  writeFileSync(path, JSON.stringify(bundle));
  return path;
}

/** A real gesture grants activeTab (the screenshot); clicking the toolbar action does the same. */
async function grantActiveTab(target: Page): Promise<void> {
  await target.bringToFront();
  const extension = (await session.browser.extensions()).get(session.id);
  await extension?.triggerAction(target);
  const popup = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
  await (await popup.asPage()).close();
}

async function waitForFile(extension: string, before: readonly string[]): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        found = readdirSync(downloads).find(
          (name) => name.endsWith(extension) && !before.includes(name),
        );
        return found;
      },
      { timeout: 10_000 },
    )
    .toBeTruthy();
  return join(downloads, found ?? '');
}

const timeline = (target: Page) =>
  target.$$eval('[data-testid="incident-timeline"] > li', (items) =>
    items.map((li) => ({
      status: li.getAttribute('data-status'),
      kind: li.getAttribute('data-kind'),
      text: li.textContent ?? '',
    })),
  );

beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
  await importBundleFile(session, crisisBundle());
  options = await openExtensionPage(session, 'options.html');
  await callBackground(options, 'settings.update', { agentName: AGENT });
  const cdp = await session.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
});
afterAll(async () => session?.close());

describe('the incidents screen (options#incidents)', () => {
  it('captures a bad buzz from the page, then the author posts again elsewhere', async () => {
    // Capture Julie's complaint from a selection (context menu), as a CM would.
    page = await openFixture(session, POST);
    await grantActiveTab(page);
    await page.waitForFunction(
      () =>
        ((CSS.highlights as unknown as Map<string, Set<unknown>>).get('vigie-brand')?.size ?? 0) >
        0,
    );
    const selected = await page.evaluate(() => {
      const text = [...document.querySelectorAll('[data-testid="tweetText"]')].find((el) =>
        el.textContent?.includes('AC456'),
      );
      if (!text) throw new Error('no AC456 tweet');
      const range = document.createRange();
      range.selectNodeContents(text);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return document.getSelection()?.toString() ?? '';
    });
    const worker = await serviceWorker(session);
    const tabId = await tabIdOf(session, POST);
    await worker.evaluate(
      (text, id) =>
        (
          globalThis as unknown as {
            vigie: { onMenuClicked(info: object, tabId: number): Promise<unknown> };
          }
        ).vigie.onMenuClicked({ menuItemId: 'vigie-log-bad-buzz', selectionText: text }, id),
      selected,
      tabId,
    );
    await expect
      .poll(
        async () =>
          (await callBackground<{ data: StoredIncident[] }>(options, 'incidents.list', null)).data
            .length,
      )
      .toBe(1);
    const [captured] = (
      await callBackground<{ data: StoredIncident[] }>(options, 'incidents.list', null)
    ).data;
    if (!captured) throw new Error('no incident');
    incident = captured;
    // The in-page form keeps the capture as it is: Enter saves it.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('vigie-overlay')].some(
        (host) =>
          (host as HTMLElement).dataset.part === 'incident' &&
          host.shadowRoot?.querySelector('[data-testid="incident-title"]'),
      ),
    );
    await page.evaluate(() => {
      const host = [...document.querySelectorAll('vigie-overlay')].find(
        (h) => (h as HTMLElement).dataset.part === 'incident',
      );
      host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="incident-title"]')?.focus();
    });
    await page.keyboard.press('Enter');

    // Later, Julie posts elsewhere: those mentions are first seen after the capture.
    for (const url of LATER) await openFixture(session, url);
    await expect
      .poll(async () => {
        const detail = await callBackground<{ data?: { suggestions: Suggestion[] } }>(
          options,
          'incident.get',
          { id: incident.id },
        );
        return detail.data?.suggestions.some((s) => s.reasons.includes('author')) ?? false;
      })
      .toBe(true);
  }, 90_000);

  it('lists the incident with severity, status and linked count, and opens it with its evidence', async () => {
    expect(incident.screenshotId).toBeTruthy();
    await options.goto(`chrome-extension://${session.id}/options.html#incidents`);
    await options.bringToFront();
    await options.waitForSelector(`[data-incident-id="${incident.id}"]`);
    const row = await options.$eval(`[data-incident-id="${incident.id}"]`, (li) => ({
      text: li.textContent ?? '',
      severity: li.getAttribute('data-severity'),
      status: li.getAttribute('data-status'),
    }));
    expect(row).toMatchObject({ severity: '2', status: 'open' });
    expect(row.text).toMatch(/Moderate 2\/4/);
    expect(row.text).toMatch(/Linked mentions: 1/);

    await options.click(`[data-incident-id="${incident.id}"] button`);
    await options.waitForSelector('[data-testid="incident-screenshot"]');
    expect(
      await options.$eval('[data-testid="incident-screenshot"]', (img) => img.getAttribute('src')),
    ).toMatch(/^data:image\/png;base64,/);
    expect(await options.$eval('[data-testid="incident-excerpt"]', (q) => q.textContent)).toContain(
      'Vol AC456 annulé',
    );
    expect(options.url()).toContain(`#incidents/${incident.id}`);
  });

  it('edits the severity, walks the workflow with comments, and the timeline says who', async () => {
    await options.select('[data-testid="incident-edit-severity"]', '3');
    await options.click('[data-testid="incident-save"]');
    await options.waitForFunction(() =>
      document.querySelector('[data-testid="incident-severity"]')?.textContent?.includes('3/4'),
    );
    for (const to of ['escalated', 'holding', 'resolved']) {
      const before = (await timeline(options)).length;
      await options.type('[data-testid="incident-comment"]', `step ${to}`);
      await options.click(`[data-testid="incident-move-${to}"]`);
      await options.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="incident-timeline"] > li').length > n,
        {},
        before,
      );
      // The comment field empties once the move is saved (the timeline may re-render first).
      await options.waitForFunction(
        () =>
          (document.querySelector('[data-testid="incident-comment"]') as HTMLTextAreaElement)
            ?.value === '',
      );
    }
    const events = await timeline(options);
    expect(events.map((event) => event.status)).toEqual([
      'open',
      'escalated',
      'holding',
      'resolved',
    ]);
    for (const event of events.slice(1)) {
      expect(event.text).toContain(`by ${AGENT}`);
      expect(event.text).toContain(`step ${event.status}`);
    }
    // From resolved: post-mortem or reopen, nothing else.
    const moves = await options.$$eval('[data-testid^="incident-move-"]', (buttons) =>
      buttons.map((b) => b.getAttribute('data-testid')),
    );
    expect(moves.sort()).toEqual(['incident-move-open', 'incident-move-post-mortem']);
  });

  it('suggests Julie’s later mention (same author) and attaches it in one click', async () => {
    const suggestion = await options.$$eval('[data-testid="incident-suggestions"] > li', (items) =>
      items.map((li) => ({
        id: li.getAttribute('data-mention-id') ?? '',
        text: li.textContent ?? '',
      })),
    );
    const julie = suggestion.find((s) => /same author/.test(s.text));
    if (!julie) throw new Error(`no same-author suggestion in ${JSON.stringify(suggestion)}`);
    attached = { id: julie.id, text: julie.text };
    await options.click(
      `[data-testid="incident-suggestions"] > li[data-mention-id="${julie.id}"] [data-testid="attach"]`,
    );
    await options.waitForSelector(
      `[data-testid="incident-linked"] > li[data-mention-id="${julie.id}"]`,
    );
    expect(
      await options.$$eval('[data-testid="incident-suggestions"] > li', (items) =>
        items.map((li) => li.getAttribute('data-mention-id')),
      ),
    ).not.toContain(julie.id);
    const events = await timeline(options);
    const link = events.at(-1);
    expect(link).toMatchObject({ kind: 'mention-attached', status: 'resolved' });
    expect(link?.text).toContain(`Mention attached`);
    expect(link?.text).toContain(`by ${AGENT}`);
  });

  it('copies the escalation packet as text and as Markdown, and shows what was copied', async () => {
    await session.browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${session.id}`, [
        'clipboard-read',
        'clipboard-write',
        'clipboard-sanitized-write',
      ]);
    await options.bringToFront();
    await options.click('[data-testid="packet-copy-text"]');
    await options.waitForSelector('[data-testid="packet-copied"][data-format="text"]');
    const text = await options.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(incident.permalink ?? 'missing permalink');
    expect(text).toContain('Vol AC456 annulé');
    expect(text).toContain('High (3/4)');
    expect(text).toContain(HOLDING);
    expect(await options.$eval('[data-testid="packet-preview"]', (pre) => pre.textContent)).toBe(
      text,
    );

    await options.click('[data-testid="packet-copy-markdown"]');
    await options.waitForSelector('[data-testid="packet-copied"][data-format="markdown"]');
    const markdown = await options.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^### Incident: /);
    expect(markdown).toContain('**Severity**');
    expect(markdown).toContain(`](<${incident.permalink}>)`);
  });

  it('exports this incident’s report: self-contained HTML with the evidence, and JSON', async () => {
    const before = readdirSync(downloads);
    await options.click('[data-testid="incident-export-html"]');
    const htmlPath = await waitForFile('.html', before);
    await options.click('[data-testid="incident-export-json"]');
    const jsonPath = await waitForFile('.json', [...before, 'acme-crisis.json']);
    expect(htmlPath).toMatch(/vigie-incident-\d{4}-\d{2}-\d{2}-vol-ac456/);

    const html = readFileSync(htmlPath, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const report = await session.browser.newPage();
    await report.setContent(html);
    const shown = await report.evaluate(() => ({
      text: document.body.textContent ?? '',
      images: [...document.images].map((img) => img.getAttribute('src') ?? ''),
      scripts: document.scripts.length,
    }));
    expect(shown.scripts).toBe(0);
    expect(shown.images.some((src) => src.startsWith('data:image/png;base64,'))).toBe(true);
    expect(shown.text).toContain('Vol AC456 annulé');
    for (const status of ['Escalated to senior', 'Holding statement published', 'Resolved']) {
      expect(shown.text).toContain(status);
    }
    expect(shown.text).toContain('step holding');
    const attachedMention = await callBackground<{
      data: { linked: { id: string; text: string }[] };
    }>(options, 'incident.get', { id: incident.id });
    const linkedText = attachedMention.data.linked.find((m) => m.id === attached.id)?.text ?? '';
    expect(linkedText).not.toBe('');
    expect(shown.text).toContain(linkedText.slice(0, 40));
    await report.close();

    const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(json).toMatchObject({ format: 'vigie-crisis-report', summary: { incidents: 1 } });
    expect(json.incidents[0].id).toBe(incident.id);
    expect(json.incidents[0].screenshot).toMatch(/^data:image\/png;base64,/);
    expect(json.incidents[0].linkedMentions.map((m: { id: string }) => m.id)).toContain(
      attached.id,
    );
    expect(json.incidents[0].timeline.map((e: { status: string }) => e.status)).toContain(
      'holding',
    );
  });

  it('exports a period report over the workspace’s incidents', async () => {
    await options.bringToFront();
    await options.click('[data-testid="incident-back"]');
    await options.waitForSelector('[data-testid="period-report"]');
    await options.click('[data-testid="period-report"] summary');
    const before = readdirSync(downloads);
    await options.click('[data-testid="period-export-html"]');
    const path = await waitForFile('.html', before);
    expect(path).toMatch(/vigie-crisis-report-\d{4}-\d{2}-\d{2}/);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('Vol AC456 annulé');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the side panel’s Incidents view', () => {
  it('lists the incident and inserts a holding statement into the page’s reply box', async () => {
    // The statement goes where the CM answers: here, the thread on Reddit where it spread.
    const thread = await openFixture(session, THREAD);
    await thread.waitForFunction(
      () =>
        ((CSS.highlights as unknown as Map<string, Set<unknown>>).get('vigie-brand')?.size ?? 0) >
        0,
    );
    const tabId = await tabIdOf(session, THREAD);
    const panel = await openExtensionPage(session, `sidepanel.html?tabId=${tabId}`);
    await panel.click('[data-testid="view-incidents"]');
    await panel.waitForSelector(`[data-incident-id="${incident.id}"] button`);
    await panel.click(`[data-incident-id="${incident.id}"] button`);
    await panel.waitForSelector('[data-template-id="t-attente"] [data-testid="holding-insert"]');
    expect(
      await panel.$eval(
        '[data-template-id="t-attente"] [data-testid="holding-text"]',
        (p) => p.textContent,
      ),
    ).toContain(HOLDING);

    // The CM put the cursor in the post's reply box, then picks the statement.
    await thread.bringToFront();
    await thread.evaluate(() => {
      const visible = [
        ...document.querySelectorAll<HTMLTextAreaElement>('textarea[name="text"]'),
      ].find((area) => area.offsetParent !== null);
      if (!visible) throw new Error('no visible reply box');
      visible.focus();
    });
    await panel.bringToFront();
    await panel.click('[data-template-id="t-attente"] [data-testid="holding-insert"]');
    await panel.waitForSelector('[data-testid="holding-outcome"]');
    expect(await panel.$eval('[data-testid="holding-outcome"]', (p) => p.textContent)).toContain(
      'Inserted in the reply box',
    );
    const boxes = await thread.$$eval('textarea[name="text"]', (areas) =>
      areas.map((area) => (area as HTMLTextAreaElement).value),
    );
    expect(boxes.filter((value) => value.startsWith(HOLDING))).toHaveLength(1);
    expect(thread.url()).toBe(THREAD);
    const log = await callBackground<{ data: { templateId?: string; status: string }[] }>(
      panel,
      'interactions.recent',
      { days: 1 },
    );
    expect(log.data).toContainEqual(
      expect.objectContaining({ templateId: 't-attente', status: 'inserted' }),
    );
    await panel.close();
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
