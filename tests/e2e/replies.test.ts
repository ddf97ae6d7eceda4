import { resolve } from 'node:path';
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

const ACME = resolve('tests/fixtures/bundles/acme.json');
const POST = 'https://old.reddit.com/r/france/comments/1acme0/acme_air/';

interface StoredMention {
  id: string;
  text: string;
  author: { name?: string };
  risk: { level: string };
  language?: string;
}

let session: Session;
let page: Page;
let panel: Page;
let mention: StoredMention;

beforeAll(async () => {
  session = await launch();
  await serviceWorker(session);
  await importBundleFile(session, ACME);
  page = await openFixture(session, POST);
  await page.waitForFunction(
    () =>
      ((CSS.highlights as unknown as Map<string, Set<unknown>>).get('vigie-brand')?.size ?? 0) > 0,
  );
  const tabId = await tabIdOf(session, POST);
  panel = await openExtensionPage(session, `sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector('[data-testid="mention-list"] > li');
  const answer = await callBackground<{ data: StoredMention[] }>(panel, 'mentions.forTab', {
    tabId,
  });
  // A French complaint: the case a junior meets most.
  const complaint = answer.data.find((m) => m.risk.level !== 'none' && /rembours/i.test(m.text));
  if (!complaint) throw new Error('no French complaint on the page');
  mention = complaint;
});
afterAll(async () => session?.close());

describe('replying from the side panel', () => {
  it('filters the list by risk', async () => {
    const all = await panel.$$eval('[data-testid="mention-list"] > li', (items) => items.length);
    await panel.select('[data-testid="filter-risk"]', 'risky');
    const risky = await panel.$$eval('[data-testid="mention-list"] > li', (items) =>
      items.map((li) => li.getAttribute('data-risk')),
    );
    expect(risky.length).toBeGreaterThan(0);
    expect(risky.length).toBeLessThan(all);
    expect(risky.every((level) => level === 'medium' || level === 'high')).toBe(true);
    await panel.select('[data-testid="filter-risk"]', 'all');
  });

  it('suggests approved replies for the mention, each with why', async () => {
    await panel.click(`[data-mention-id="${mention.id}"] button`);
    await panel.waitForSelector('[data-testid="suggestions"] > li');
    const suggestions = await panel.$$eval('[data-testid="suggestions"] > li', (items) =>
      items.map((li) => ({ id: li.getAttribute('data-template-id'), text: li.textContent ?? '' })),
    );
    expect(suggestions.slice(0, 3).map((s) => s.id)).toContain('t-excuses-dm');
    // Only approved templates: the pending holding statement is never offered to insert.
    expect(suggestions.map((s) => s.id)).not.toContain('t-attente');
    expect(suggestions.find((s) => s.id === 't-excuses-dm')?.text).toMatch(/matches: .*FR/);
  });

  it('fills the variables from the mention and inserts into the page, never sending', async () => {
    await panel.click('[data-template-id="t-excuses-dm"] button');
    await panel.waitForFunction(() =>
      (
        document.querySelector('[data-testid="reply-text"]') as HTMLTextAreaElement
      )?.value.startsWith('Bonjour'),
    );
    const text = await panel.$eval(
      '[data-testid="reply-text"]',
      (area) => (area as HTMLTextAreaElement).value,
    );
    expect(text).toBe(
      `Bonjour ${mention.author.name}, nous sommes désolés pour ce désagrément. Pouvez-vous nous écrire en message privé avec votre numéro de réservation ? Nous regardons tout de suite.`,
    );
    await panel.click('[data-testid="reply-insert"]');
    await panel.waitForSelector('[data-testid="reply-outcome"]');
    expect(await panel.$eval('[data-testid="reply-outcome"]', (p) => p.textContent)).toContain(
      'Inserted in the reply box',
    );
    const boxes = await page.$$eval('textarea[name="text"]', (areas) =>
      areas.map((area) => (area as HTMLTextAreaElement).value),
    );
    expect(boxes.filter((value) => value === text)).toHaveLength(1);
    // The page's own form was not submitted.
    expect(page.url()).toBe(POST);
  });

  it('logs the interaction with the template version, and warns before a copy-paste reply', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const log = await callBackground<{
      data: { templateId?: string; templateVersion?: number; mentionId?: string; status: string }[];
    }>(options, 'interactions.recent', { days: 1 });
    expect(log.data).toEqual([
      expect.objectContaining({
        templateId: 't-excuses-dm',
        templateVersion: 1,
        mentionId: mention.id,
        status: 'inserted',
      }),
    ]);
    await options.close();
    // Back to the list and into the same mention: the same words to the same author are flagged.
    await panel.bringToFront();
    await panel.keyboard.press('Escape');
    await panel.waitForSelector(`[data-mention-id="${mention.id}"] button`);
    await panel.click(`[data-mention-id="${mention.id}"] button`);
    await panel.waitForSelector('[data-template-id="t-excuses-dm"] button');
    await panel.click('[data-template-id="t-excuses-dm"] button');
    await panel.waitForSelector('[data-testid="reply-warnings"]');
    expect(await panel.$eval('[data-testid="reply-warnings"]', (ul) => ul.textContent)).toMatch(
      /same or nearly the same reply was/,
    );
  });

  it('saw no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
