/**
 * The editor test pages (tests/fixtures/editors/<family>/), served at
 * https://www.facebook.com/vigie-editors/<family>/ through request
 * interception, so Facebook's Vigie content script (www.facebook.com/*) runs
 * on them; and the editor's own model, read from the page's main world.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from 'puppeteer';

export const EDITORS_DIR = resolve('tests/fixtures/editors');
export const EDITOR_ORIGIN = 'https://www.facebook.com';
const PREFIX = '/vigie-editors/';

export const EDITOR_PAGES = [
  'react-textarea',
  'draft',
  'lexical-plain',
  'lexical-rich',
  'quill',
  'prosemirror',
  'tiptap',
  'slate',
  'contenteditable',
] as const;
export type EditorPage = (typeof EDITOR_PAGES)[number];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The page's URL, with its query (`initial`, `clearOnSend`). */
export function editorPageUrl(family: EditorPage, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${EDITOR_ORIGIN}${PREFIX}${family}/${search ? `?${search}` : ''}`;
}

/** The file for a request under /vigie-editors/, or null. */
export function editorFile(url: string): string | null {
  const { origin, pathname } = new URL(url);
  if (origin !== EDITOR_ORIGIN || !pathname.startsWith(PREFIX)) return null;
  const relative = pathname.slice(PREFIX.length);
  const file = normalize(
    join(
      EDITORS_DIR,
      relative.endsWith('/') || !extname(relative) ? join(relative, 'index.html') : relative,
    ),
  );
  return file.startsWith(EDITORS_DIR) && existsSync(file) ? file : null;
}

/** Answers the editor pages and their bundles; anything else gets an empty answer (nothing leaves the machine). */
export async function serveEditorPages(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!url.startsWith('http')) {
      void request.continue();
      return;
    }
    const file = editorFile(url);
    if (file) {
      void request.respond({
        status: 200,
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        headers: { 'cache-control': 'no-store' },
        body: readFileSync(file),
      });
    } else {
      void request.respond({ status: 204, body: '' });
    }
  });
}

/** What the test pages publish on `window.__editor`. */
export interface EditorModel {
  modelText: string;
  blocks: string[] | null;
  submits: number;
}

/** The editor's own model, read in the page's main world. */
export async function editorModel(page: Page): Promise<EditorModel> {
  return page.evaluate(() => {
    const editor = (window as unknown as { __editor: Record<string, unknown> }).__editor;
    const blocks = editor.blocks as (() => string[]) | undefined;
    return {
      modelText: (editor.modelText as () => string)(),
      blocks: blocks ? blocks() : null,
      submits: editor.submits as number,
    };
  });
}

/** Opens an editor page and waits for its editor to be ready. */
export async function openEditorPage(
  page: Page,
  family: EditorPage,
  query: Record<string, string> = {},
): Promise<void> {
  await page.goto(editorPageUrl(family, query), { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as unknown as { __editor?: { ready?: boolean } }).__editor?.ready === true,
  );
  await page.waitForSelector('#app textarea, #app [contenteditable="true"]');
}

/**
 * Clicks into the editor and puts the caret at the end of its text, as a CM who clicked
 * after the last word (Ctrl+End moves the caret in every editor without changing it).
 */
export async function focusEditorAtEnd(page: Page): Promise<void> {
  await page.click('#app textarea, #app [contenteditable="true"]');
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await new Promise((r) => setTimeout(r, 100));
}
