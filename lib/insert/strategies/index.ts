/**
 * The strategies of each editor family, in the order they are tried. A later
 * one is only tried when the earlier ones changed nothing, so the order puts
 * first what was measured to land exactly.
 *
 * Measured here (Chromium 156, isolated world, each strategy alone, editor's own
 * model compared; "2 lines" = a two-line reply with an emoji):
 *
 * | family          | paste | beforeinput (insertFromPaste) | execCommand insertText | line by line + insertLineBreak |
 * |-----------------|-------|-------------------------------|------------------------|--------------------------------|
 * | React textarea  | no    | no                            | yes                    | yes                            |
 * | Draft.js        | yes   | no                            | 1 line into text only; an empty editor unmounts | same  |
 * | Lexical plain/rich | yes | no                           | 1 line only (lines swapped) | 1 line only (break lost)  |
 * | Quill 2         | yes   | no                            | yes                    | yes                            |
 * | ProseMirror     | yes   | no                            | yes                    | 1 line only (break ignored)    |
 * | TipTap          | yes   | no                            | yes                    | yes                            |
 * | Slate           | yes   | yes                           | no (DOM changes, model does not) | no                   |
 * | contenteditable | no    | no                            | yes                    | yes                            |
 *
 * (The value setter + `input` lands in the React textarea; see also
 * /work/shared/notes/insertion.md and tests/e2e/insert-table.md.)
 */
import { isTextField } from '../dom';
import type { EditorFamily, InsertMethod } from '../types';
import { dispatchBeforeInputPaste, dispatchPaste } from './events';
import { execInsertLines, execInsertText } from './exec-command';
import { insertWithValueSetter } from './value-setter';

/** One way to insert, and whether it was measured to keep line breaks in that family. */
export interface Strategy {
  method: InsertMethod;
  /** False: only tried for a one-line reply (it loses or swaps lines in this family). */
  multiLine: boolean;
}

const any = (method: InsertMethod): Strategy => ({ method, multiLine: true });
const oneLine = (method: InsertMethod): Strategy => ({ method, multiLine: false });

export const STRATEGIES: Readonly<Record<EditorFamily, readonly Strategy[]>> = {
  textarea: [any('value-setter'), any('exec-command')],
  // execCommand makes React unmount an empty Draft editor: paste only.
  draft: [any('paste')],
  // execCommand drops Lexical's line breaks (or swaps the lines): one line only.
  lexical: [any('paste'), oneLine('exec-command')],
  quill: [any('paste'), any('exec-command')],
  prosemirror: [any('paste'), any('exec-command')],
  slate: [any('beforeinput'), any('paste')],
  // A plain contenteditable has no paste handler: only typing reaches it.
  contenteditable: [any('exec-command-lines')],
};

/** The strategies to try for this reply, in order. */
export function strategiesFor(family: EditorFamily, text: string): InsertMethod[] {
  const multiLine = text.includes('\n');
  return STRATEGIES[family].filter((s) => s.multiLine || !multiLine).map((s) => s.method);
}

/** Runs one strategy on the editor, whose caret is already in place. */
export function runStrategy(method: InsertMethod, el: HTMLElement, text: string): void {
  switch (method) {
    case 'value-setter':
      if (isTextField(el)) insertWithValueSetter(el, text);
      return;
    case 'paste':
      dispatchPaste(el, text);
      return;
    case 'beforeinput':
      dispatchBeforeInputPaste(el, text);
      return;
    case 'exec-command':
      execInsertText(el, text);
      return;
    case 'exec-command-lines':
      execInsertLines(el, text);
      return;
    case 'clipboard':
      return;
  }
}
