/**
 * Insertion through the built extension: each editor test page (built from the
 * editor's real npm package) is served at www.facebook.com, where Vigie's
 * content script runs; the CM clicks in the reply box, Vigie's page asks the
 * background (`reply.insert`), the content script inserts. The editor's OWN
 * model must then hold exactly the expected text, and nothing was submitted.
 * The results are written to tests/e2e/insert-table.md.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertOutcome } from '../../lib/insert/types';
import {
  EDITOR_PAGES,
  type EditorPage,
  editorModel,
  focusEditorAtEnd,
  openEditorPage,
  serveEditorPages,
} from './editor-pages';
import {
  callBackground,
  launch,
  openExtensionPage,
  type Session,
  tabIdOf,
  watchErrors,
} from './harness';

const ONE_LINE = 'Merci pour votre message, nous revenons vers vous.';
const TWO_LINES = 'Bonjour Léa 👋\nNous regardons tout de suite.';

const CASES = [
  { name: 'empty, one line', initial: '', text: ONE_LINE },
  { name: 'empty, two lines + emoji', initial: '', text: TWO_LINES },
  { name: '"abc", caret at end, one line', initial: 'abc', text: ONE_LINE },
  // The CM clicked in the box, then on the page: no caret in the box, the reply goes at its end.
  {
    name: '"abc", CM clicked away since, two lines',
    initial: 'abc',
    text: TWO_LINES,
    clickAway: true,
  },
] as const satisfies readonly {
  name: string;
  initial: string;
  text: string;
  clickAway?: boolean;
}[];

interface InsertResult {
  outcome: InsertOutcome;
  interactionId?: string;
}

interface Row {
  family: EditorPage;
  case: string;
  method: string;
  pass: boolean;
  detail: string;
}

let session: Session;
let vigiePage: Page;
const rows: Row[] = [];

/** Asks Vigie to insert into the tab, as the side panel's Insert button does. */
async function insertThroughVigie(
  page: Page,
  text: string,
  { pageInFront = true } = {},
): Promise<InsertResult> {
  const tabId = await tabIdOf(session, page.url());
  // The CM's tab is the visible one (the side panel sits beside it).
  if (pageInFront) await page.bringToFront();
  else await vigiePage.bringToFront();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await callBackground<{ ok: boolean; data?: InsertResult; error?: unknown }>(
      vigiePage,
      'reply.insert',
      { tabId, text },
    );
    if (!response.ok || !response.data)
      throw new Error(`reply.insert: ${JSON.stringify(response)}`);
    // The content script may still be starting: nothing was inserted, ask again.
    if (response.data.outcome.messageKey !== 'insert_no_page' || Date.now() > deadline) {
      return response.data;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function openEditor(family: EditorPage, query: Record<string, string> = {}): Promise<Page> {
  const page = await session.browser.newPage();
  watchErrors(session, page, `${family} ${JSON.stringify(query)}`);
  await serveEditorPages(page);
  await openEditorPage(page, family, query);
  return page;
}

function writeTable(): void {
  const header = ['family', ...CASES.map((c) => c.name)];
  const lines = [
    '# Insertion table (e2e, built extension, real editor packages)',
    '',
    'Written by `tests/e2e/insert.test.ts`: each cell is the strategy that landed and whether the',
    "editor's own model then held exactly the expected text with no submit.",
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...EDITOR_PAGES.map((family) => {
      const cells = CASES.map((c) => {
        const row = rows.find((r) => r.family === family && r.case === c.name);
        return row ? `${row.method} ${row.pass ? '✅' : `❌ ${row.detail}`}` : 'not run';
      });
      return `| ${family} | ${cells.join(' | ')} |`;
    }),
    '',
  ];
  writeFileSync('tests/e2e/insert-table.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

beforeAll(async () => {
  session = await launch();
  vigiePage = await openExtensionPage(session, 'options.html');
});

afterAll(async () => {
  if (rows.length === EDITOR_PAGES.length * CASES.length) writeTable();
  else console.log(rows);
  await session?.close();
});

describe('insertion through reply.insert into each editor family', () => {
  for (const family of EDITOR_PAGES) {
    for (const testCase of CASES) {
      it(`${family}: ${testCase.name}`, async () => {
        const page = await openEditor(
          family,
          testCase.initial ? { initial: testCase.initial } : {},
        );
        try {
          await focusEditorAtEnd(page);
          if ('clickAway' in testCase) await page.click('h1');
          const { outcome } = await insertThroughVigie(page, testCase.text);
          const model = await editorModel(page);
          const expected = testCase.initial + testCase.text;
          const pass = outcome.ok && model.modelText === expected && model.submits === 0;
          rows.push({
            family,
            case: testCase.name,
            method: outcome.method ?? 'none',
            pass,
            detail: pass
              ? ''
              : `model ${JSON.stringify(model.modelText)}, ${JSON.stringify(outcome)}`,
          });
          expect(outcome).toMatchObject({ ok: true });
          expect(model.modelText).toBe(expected);
          expect(model.submits).toBe(0);
          if (family === 'lexical-rich' || family === 'prosemirror' || family === 'tiptap') {
            // One paragraph per line, as the editor makes them when the CM types Enter.
            expect(model.blocks).toEqual(expected.split('\n'));
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('when insertion cannot happen', () => {
  it('asks the CM to click in a reply box when none was focused', async () => {
    const page = await openEditor('contenteditable');
    try {
      const { outcome } = await insertThroughVigie(page, ONE_LINE);
      expect(outcome).toMatchObject({ ok: false, messageKey: 'insert_no_editor' });
      expect((await editorModel(page)).modelText).toBe('');
    } finally {
      await page.close();
    }
  });

  // In front, the page may use the Clipboard API; behind Vigie's page it is refused
  // ("document is not focused") and the copy goes through execCommand('copy').
  it.each([true, false])(
    'puts the reply on the clipboard when the box takes nothing (page in front: %s)',
    async (pageInFront) => {
      const context = session.browser.defaultBrowserContext();
      await context.overridePermissions('https://www.facebook.com', [
        'clipboard-read',
        'clipboard-write',
      ]);
      const page = await openEditor('contenteditable', { refuse: '1', initial: 'abc' });
      try {
        await focusEditorAtEnd(page);
        const { outcome } = await insertThroughVigie(page, TWO_LINES, { pageInFront });
        expect(outcome).toMatchObject({
          ok: false,
          family: 'contenteditable',
          method: 'clipboard',
          messageKey: 'insert_pasted_to_clipboard',
          tried: ['exec-command-lines'],
        });
        const model = await editorModel(page);
        expect(model.modelText).toBe('abc');
        expect(model.submits).toBe(0);
        await page.bringToFront();
        await page.bringToFront();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TWO_LINES);
      } finally {
        await page.close();
        await context.clearPermissionOverrides();
      }
    },
  );
});

describe('a reply the CM posts is logged as sent', () => {
  for (const family of ['react-textarea', 'draft', 'lexical-rich', 'slate'] as const) {
    it(`${family}: the box empties after its send button, the interaction becomes sent`, async () => {
      const page = await openEditor(family, { clearOnSend: '1' });
      try {
        await focusEditorAtEnd(page);
        const { outcome, interactionId } = await insertThroughVigie(page, TWO_LINES);
        expect(outcome.ok).toBe(true);
        expect(interactionId).toBeTruthy();
        // The CM edits a little, then sends.
        await page.keyboard.type(' Merci !');
        await page.click('#send');
        expect((await editorModel(page)).modelText).toBe('');
        let interaction: { status?: string; finalText?: string } | undefined;
        for (let i = 0; i < 40 && interaction?.status !== 'sent'; i++) {
          await new Promise((r) => setTimeout(r, 100));
          const recent = await callBackground<{
            data: { id: string; status: string; finalText?: string }[];
          }>(vigiePage, 'interactions.recent', { days: 1 });
          interaction = recent.data.find((item) => item.id === interactionId);
        }
        expect(interaction).toMatchObject({ status: 'sent', finalText: `${TWO_LINES} Merci !` });
      } finally {
        await page.close();
      }
    });
  }
});

it('leaves no error in the pages or the worker', () => {
  // Editor pages built from the real packages log nothing on their own.
  expect(session.errors).toEqual([]);
});
