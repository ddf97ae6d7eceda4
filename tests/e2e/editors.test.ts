import type { Page } from 'puppeteer';
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
  waitForHighlights,
} from './harness';

const POST = 'https://old.reddit.com/r/france/comments/1acme0/acme_air/';
const PASSPHRASE = 'cabine pressurisée';

interface Answer<T> {
  ok: boolean;
  data: T;
  error?: { code: string; message: string };
}
interface Issue {
  code: string;
  start: number;
  line: number;
  column: number;
  field: string;
}
interface StoredTemplate {
  id: string;
  title: string;
  status: string;
  version: number;
  approvedBy?: string;
}

let session: Session;
let options: Page;

const text = (page: Page, selector: string) =>
  page.$eval(selector, (element) => element.textContent ?? '');
const value = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLTextAreaElement).value);
const disabled = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLButtonElement).disabled);

async function replaceText(page: Page, selector: string, next: string): Promise<void> {
  await page.click(selector);
  await page.$eval(selector, (element) => (element as HTMLTextAreaElement).select());
  await page.keyboard.press('Backspace');
  await page.type(selector, next);
}

async function openSection(id: string): Promise<void> {
  await options.bringToFront();
  await options.click(`[data-testid="nav-${id}"]`);
  await options.waitForSelector(`main[data-section="${id}"]`);
}

beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
  options = await openExtensionPage(session, 'options.html');
});
afterAll(async () => session?.close());

describe('the watchlist editor', () => {
  it('shows a query error at its position as you type, and nothing invalid can be saved', async () => {
    await openSection('watchlists');
    await options.click('[data-testid="watchlist-new"]');
    await options.type('[data-testid="watchlist-name"]', 'Acme Air');
    await options.type('[data-testid="watchlist-query"]', '"Acme Air" OR *cme');
    await options.waitForSelector('[data-testid="query-issues"] [data-code="wildcard_at_start"]');
    const issue = await text(
      options,
      '[data-testid="query-issues"] [data-code="wildcard_at_start"]',
    );
    expect(issue).toContain('1:15');
    expect(issue).toContain('position 15');
    // The offending term is underlined in the overlay behind the textarea.
    const marked = await options.$$eval(
      '[data-testid="watchlist-query-overlay"] [data-mark="error"]',
      (spans) => spans.map((span) => span.textContent),
    );
    expect(marked).toEqual(['*cme']);
    expect(await disabled(options, '[data-testid="watchlist-save"]')).toBe(true);

    // The page is only a comfort: the background refuses on its own, with the position.
    const forced = await callBackground<Answer<{ ok: boolean; errors: Issue[] }>>(
      options,
      'watchlist.save',
      { name: 'Acme Air', kind: 'brand', query: '"Acme Air" OR *cme', enabled: true },
    );
    expect(forced.data).toMatchObject({
      ok: false,
      errors: [{ field: 'query', code: 'wildcard_at_start', start: 14, line: 1, column: 15 }],
    });
    const unbalanced = await callBackground<Answer<{ ok: boolean; errors: Issue[] }>>(
      options,
      'watchlist.save',
      { name: 'Acme', kind: 'brand', query: 'Acme AND (', enabled: true },
    );
    expect(unbalanced.data).toMatchObject({
      ok: false,
      errors: [{ code: 'unclosed_paren', column: 10 }],
    });
    const stored = await callBackground<Answer<unknown[]>>(options, 'watchlists.list', null);
    expect(stored.data).toEqual([]);
  });

  it('tests a pasted post, saves the fixed query, and pages highlight with it', async () => {
    await replaceText(options, '[data-testid="watchlist-query"]', '"Acme Air" OR #acmeair');
    await options.waitForFunction(
      () => !document.querySelector('[data-testid="query-issues"] [data-severity="error"]'),
    );
    await options.type(
      '[data-testid="query-test-text"]',
      'Encore un retard chez Acme Air, merci #AcmeAir',
    );
    await options.waitForSelector('[data-testid="query-test-result"][data-matched="true"]');
    const terms = await options.$$eval('[data-testid="query-test-terms"] code', (codes) =>
      codes.map((code) => code.textContent),
    );
    expect(terms).toEqual(['"Acme Air"', '#acmeair']);
    const marks = await options.$$eval('[data-testid="query-test-highlighted"] mark', (found) =>
      found.map((mark) => mark.textContent),
    );
    expect(marks).toEqual(['Acme Air', '#AcmeAir']);

    await options.waitForFunction(
      () =>
        !(document.querySelector('[data-testid="watchlist-save"]') as HTMLButtonElement).disabled,
    );
    await options.click('[data-testid="watchlist-save"]');
    await options.waitForSelector('[data-testid="watchlist-editor-list"] [data-watchlist-id]');
    const list = await callBackground<Answer<{ name: string; query: string }[]>>(
      options,
      'watchlists.list',
      null,
    );
    expect(list.data).toEqual([
      expect.objectContaining({ name: 'Acme Air', query: '"Acme Air" OR #acmeair' }),
    ]);

    const page = await openFixture(session, POST);
    await waitForHighlights(page, 'vigie-brand');
    const found = await highlightTexts(page);
    expect(found['vigie-brand']?.length).toBeGreaterThan(0);
    expect(found['vigie-brand']).toContain('Acme Air');
    expect(found['vigie-brand']?.every((t) => /^(acme\s+air|#acmeair)$/i.test(t))).toBe(true);
    await page.close();
  });
});

describe('the template editor and its approval', () => {
  let templateId: string;

  it('writes a template as a senior: completion, counters, an unknown variable refused', async () => {
    await openSection('general');
    await options.type('[data-testid="senior-passphrase"]', PASSPHRASE);
    await options.click('[data-testid="role-senior"]');
    await options.waitForSelector('[data-testid="role-junior"]');
    await options.type('[data-testid="agent-name"]', 'Claire Senior');
    await options.keyboard.press('Tab');
    // The name is stored when the field loses focus: wait until the background has it.
    await options.waitForFunction(async () => {
      const answer = (await chrome.runtime.sendMessage({
        vigie: 1,
        type: 'settings.get',
        payload: null,
      })) as { data?: { agentName?: string } } | undefined;
      return answer?.data?.agentName === 'Claire Senior';
    });

    await openSection('templates');
    await options.click('[data-testid="template-new"]');
    await options.type('[data-testid="template-title"]', 'Excuses retard');
    await options.select('[data-testid="template-intent"]', 'apology');
    await options.type('[data-testid="template-tags"]', 'retard, remboursement');

    // `{aut` opens the completion list; Enter takes the first entry.
    await options.type('[data-testid="template-body"]', 'Bonjour {aut');
    await options.waitForSelector('[data-testid="template-body-completions"] [role="option"]');
    const offered = await options.$$eval(
      '[data-testid="template-body-completions"] [role="option"]',
      (items) => items.map((item) => item.getAttribute('data-insert')),
    );
    expect(offered.slice(0, 2)).toEqual(['{author}', '{author_handle}']);
    await options.keyboard.press('ArrowDown');
    await options.keyboard.press('ArrowUp');
    await options.keyboard.press('Enter');
    expect(await value(options, '[data-testid="template-body"]')).toBe('Bonjour {author}');

    await options.type('[data-testid="template-body"]', ', désolés pour ce retard. Signé {agnet}');
    await options.waitForSelector(
      '[data-testid="template-issues"] [data-code="unknown_variable_did_you_mean"]',
    );
    const error = await text(options, '[data-testid="template-issues"] [data-code]');
    expect(error).toContain('1:49');
    expect(error).toContain('{agent}');
    expect(await disabled(options, '[data-testid="template-save"]')).toBe(true);
    const forced = await callBackground<Answer<{ ok: boolean; errors: Issue[] }>>(
      options,
      'template.save',
      { title: 'x', body: 'Signé {agnet}', language: 'fr', tags: [] },
    );
    expect(forced.data).toMatchObject({
      ok: false,
      errors: [{ field: 'body', code: 'unknown_variable_did_you_mean', start: 6 }],
    });

    const body = await value(options, '[data-testid="template-body"]');
    await replaceText(options, '[data-testid="template-body"]', body.replace(' Signé {agnet}', ''));
    await options.waitForFunction(() => !document.querySelector('[data-testid="template-issues"]'));
    // Counters per network, in each network's unit; a long X variant goes red.
    expect(await text(options, '[data-testid="length-x"]')).toMatch(/^\d+ \/ 280$/);
    await options.click('[data-testid="tab-x"]');
    await options.type(
      '[data-testid="template-variant-x"]',
      `Bonjour {author}, ${'vraiment '.repeat(30)}désolés.`,
    );
    await options.waitForSelector('[data-testid="length-x"][data-over="true"]');
    await replaceText(options, '[data-testid="template-variant-x"]', 'Désolés {author} !');
    await options.waitForSelector('[data-testid="length-x"][data-over="false"]');
    expect(await text(options, '[data-testid="template-preview"]')).toBe(
      'Désolés Camille Martin !',
    );
    await options.click('[data-testid="tab-body"]');

    await options.click('[data-testid="template-save"]');
    await options.waitForSelector('[data-testid="template-status"]');
    expect(await text(options, '[data-testid="template-status"]')).toBe('draft');
    const list = await callBackground<Answer<StoredTemplate[]>>(options, 'templates.list', null);
    expect(list.data).toEqual([
      expect.objectContaining({ title: 'Excuses retard', status: 'draft', version: 1 }),
    ]);
    templateId = list.data[0]!.id;
  });

  it('is submitted and approved by the senior, who is recorded with the time', async () => {
    await options.click('[data-testid="template-to-pending"]');
    await options.waitForFunction(
      () =>
        document.querySelector('[data-testid="template-status"]')?.textContent ===
        'awaiting approval',
    );
    await options.click('[data-testid="template-to-approved"]');
    await options.waitForSelector('[data-testid="template-approval"]');
    expect(await text(options, '[data-testid="template-approval"]')).toContain(
      'approved by Claire Senior',
    );
    const list = await callBackground<Answer<StoredTemplate[]>>(options, 'templates.list', null);
    expect(list.data[0]).toMatchObject({ status: 'approved', approvedBy: 'Claire Senior' });
  });

  it('keeps each wording as a version and shows the word changes', async () => {
    await options.click('[data-testid="template-body"]');
    await options.keyboard.press('End');
    await options.type('[data-testid="template-body"]', ' Écrivez-nous en message privé.');
    await options.click('[data-testid="template-save"]');
    await options.waitForSelector('[data-testid="template-history"] [data-version="2"]');
    await options.waitForSelector('[data-testid="template-diff"] ins');
    const added = await options.$$eval('[data-testid="template-diff"] ins', (ins) =>
      ins.map((i) => i.textContent).join(''),
    );
    expect(added).toContain('Écrivez-nous en message privé.');
    const approvals = await options.$$eval('[data-testid="history-approval"]', (tags) =>
      tags.map((tag) => tag.textContent),
    );
    expect(approvals).toHaveLength(2);
    expect(approvals.every((approval) => approval?.includes('Claire Senior'))).toBe(true);
  });

  it('is inserted from the side panel into the page’s reply box', async () => {
    const page = await openFixture(session, POST);
    await waitForHighlights(page, 'vigie-brand');
    const tabId = await tabIdOf(session, POST);
    const panel = await openExtensionPage(session, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="mention-list"] > li');
    const mentions = await callBackground<
      Answer<{ id: string; text: string; author: { name?: string }; risk: { level: string } }[]>
    >(panel, 'mentions.forTab', { tabId });
    const complaint = mentions.data.find((m) => /rembours/i.test(m.text));
    if (!complaint) throw new Error('no complaint on the page');
    await panel.click(`[data-mention-id="${complaint.id}"] button`);
    await panel.waitForSelector(`[data-template-id="${templateId}"] button`);
    await panel.click(`[data-template-id="${templateId}"] button`);
    const expected = `Bonjour ${complaint.author.name}, désolés pour ce retard. Écrivez-nous en message privé.`;
    await panel.waitForFunction(
      (want) =>
        (document.querySelector('[data-testid="reply-text"]') as HTMLTextAreaElement)?.value ===
        want,
      {},
      expected,
    );
    await panel.click('[data-testid="reply-insert"]');
    await panel.waitForSelector('[data-testid="reply-outcome"]');
    const boxes = await page.$$eval('textarea[name="text"]', (areas) =>
      areas.map((area) => (area as HTMLTextAreaElement).value),
    );
    expect(boxes).toContain(expected);
    const log = await callBackground<Answer<{ templateId?: string; templateVersion?: number }[]>>(
      panel,
      'interactions.recent',
      { days: 1 },
    );
    expect(log.data).toEqual([expect.objectContaining({ templateId, templateVersion: 2 })]);
    await panel.close();
    await page.close();
  });

  it('lets a junior propose a draft but not approve it', async () => {
    await openSection('general');
    await options.click('[data-testid="role-junior"]');
    await options.waitForSelector('[data-testid="senior-passphrase"]');
    await openSection('templates');
    await options.click('[data-testid="template-new"]');
    await options.type('[data-testid="template-title"]', 'Merci');
    await options.type('[data-testid="template-body"]', 'Merci {author|à vous} !');
    await options.waitForFunction(
      () =>
        !(document.querySelector('[data-testid="template-save"]') as HTMLButtonElement).disabled,
    );
    await options.click('[data-testid="template-save"]');
    await options.waitForSelector('[data-testid="template-to-pending"]');
    await options.click('[data-testid="template-to-pending"]');
    await options.waitForFunction(
      () =>
        document.querySelector('[data-testid="template-status"]')?.textContent ===
        'awaiting approval',
    );
    expect(await options.$('[data-testid="template-to-approved"]')).toBeNull();
    expect(await options.$('[data-testid="template-read-only"]')).not.toBeNull();
    const list = await callBackground<Answer<StoredTemplate[]>>(options, 'templates.list', null);
    const proposed = list.data.find((t) => t.title === 'Merci');
    const refused = await callBackground<Answer<unknown>>(options, 'template.transition', {
      id: proposed?.id,
      to: 'approved',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nor may a junior change approved wording.
    const edit = await callBackground<Answer<unknown>>(options, 'template.save', {
      id: templateId,
      title: 'Excuses retard',
      body: 'Autre chose',
      language: 'fr',
      tags: [],
    });
    expect(edit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const after = await callBackground<Answer<StoredTemplate[]>>(options, 'templates.list', null);
    expect(after.data.find((t) => t.title === 'Merci')?.status).toBe('pending');
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
