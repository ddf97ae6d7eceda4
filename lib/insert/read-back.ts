/**
 * What an editor holds, read from its rendered DOM the way the editor lays out
 * lines. An isolated-world content script cannot reach the editor's JS model,
 * but every library here renders one block element per line (Lexical plain and
 * plain contenteditables use `<br>` inside a block), so the rendered blocks
 * give back the model's text.
 */
import { BLOCK_TAGS } from '../dom/blocks';
import { isTextField } from './dom';
import type { EditorFamily } from './types';

/**
 * Zero-width characters editors use as caret anchors (Slate, Lexical): never text.
 * (Not the joiners U+200C/U+200D: they belong to emoji sequences and some scripts.)
 */
export const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

/** Parts of an editor's DOM that are not its text: placeholders, widgets, UI. */
export const NOT_TEXT =
  '[data-slate-placeholder], .public-DraftEditorPlaceholder-root, script, style, template';

/**
 * Whitespace between tags in a page's HTML source (`<div>\n  <p>…`), which the
 * browser does not render. Editors that keep newlines in text nodes use `pre` styles.
 */
function isFormattingWhitespace(node: Node, data: string): boolean {
  if (!/^\s*\n\s*$/.test(data)) return false;
  const parent = node.parentElement;
  const view = parent?.ownerDocument.defaultView;
  if (!parent || !view) return true;
  const whiteSpace = view.getComputedStyle(parent).whiteSpace;
  return !whiteSpace.startsWith('pre') && whiteSpace !== 'break-spaces';
}

/** Same text whatever the editor did to line ends, zero-width anchors and trailing newlines. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').replace(/\n+$/, '');
}

/**
 * Lines of rendered editable content: each block is a line, `<br>` ends a line, and a
 * `<br>` that ends a block is the browser's placeholder for an empty line, not a line of its own.
 */
class LineWalker {
  private readonly lines: string[] = [];
  private current = '';
  /** Something (text or a `<br>`) opened the current line since the last block edge. */
  private open = false;
  private lastWasBreak = false;

  text(root: Node): string {
    this.visitChildren(root);
    this.endBlock();
    return this.lines.join('\n');
  }

  private visitChildren(node: Node): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.visit(child);
  }

  private visit(node: Node): void {
    if (node.nodeType === 3) {
      const data = (node.nodeValue ?? '').replace(ZERO_WIDTH, '');
      if (data && !isFormattingWhitespace(node, data)) {
        this.current += data;
        this.open = true;
        this.lastWasBreak = false;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(NOT_TEXT)) return;
    if (el.tagName === 'BR') {
      this.lines.push(this.current);
      this.current = '';
      this.open = true;
      this.lastWasBreak = true;
      return;
    }
    if (el.tagName === 'IMG') {
      // Emoji drawn as images keep the character in `alt`; decorative images have none.
      const alt = el.getAttribute('alt') ?? '';
      if (alt) {
        this.current += alt;
        this.open = true;
        this.lastWasBreak = false;
      }
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) this.endBlock();
    this.visitChildren(el);
    if (block) this.endBlock();
  }

  private endBlock(): void {
    // A `<br>` right before the block's end only holds the empty line open.
    if (this.open && !(this.lastWasBreak && this.current === '')) this.lines.push(this.current);
    this.current = '';
    this.open = false;
    this.lastWasBreak = false;
  }
}

/** The element whose rendered lines are the editor's text. */
function contentRoot(el: HTMLElement, family: EditorFamily): Element {
  if (family === 'draft') return el.querySelector('[data-contents]') ?? el;
  return el;
}

/**
 * The text `el` holds, normalised: a text field's value; for rich editors their
 * rendered blocks joined by `\n`, without zero-width anchors and trailing newlines.
 */
export function readBack(el: HTMLElement, family: EditorFamily): string {
  if (isTextField(el)) return normalizeText(el.value);
  return normalizeText(new LineWalker().text(contentRoot(el, family)));
}
