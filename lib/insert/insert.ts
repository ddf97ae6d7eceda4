/**
 * insertReply: puts a reply into the site's reply box, verified by reading the
 * box back, exactly once, and never sends it (no Enter, no submit, no click on
 * a send button). When no strategy lands, the reply goes to the clipboard.
 */
import { collapseToEnd, hasCaretInside, placeCaretAtEnd } from './caret';
import { copyToClipboard } from './clipboard';
import { detectFamily } from './detect';
import { deepActiveElement, sleep } from './dom';
import { readBack } from './read-back';
import { runStrategy, strategiesFor } from './strategies';
import { findTargetEditor } from './target';
import type { EditorFamily, InsertMethod, InsertOutcome, InsertTarget } from './types';
import { isExactInsertion } from './verify';

/** Editors move their model's selection on `selectionchange` (Slate throttles it): give them time. */
const CARET_SETTLE_MS = 50;
/** Most editors re-render within a frame or two of the insertion. */
const INSERT_SETTLE_MS = 150;
/**
 * A second look before concluding "nothing landed": a late application of the first
 * strategy plus a second strategy would insert twice.
 */
const LATE_SETTLE_MS = 250;
/** After a reply box was just opened, the editor may still be mounting. */
const OPENED_SETTLE_MS = 100;

/** The text the editor can hold: a one-line `<input>` turns line breaks into spaces (as a paste would). */
function replyFor(editor: HTMLElement, text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return editor.tagName === 'INPUT' ? normalised.replace(/\n+/g, ' ') : normalised;
}

/** Focus and caret: the CM's caret if it is in the editor (collapsed to its end), else the end. */
async function prepareCaret(editor: HTMLElement): Promise<void> {
  const keepCaret = hasCaretInside(editor);
  if (deepActiveElement(editor.ownerDocument) !== editor) editor.focus({ preventScroll: true });
  if (keepCaret) collapseToEnd(editor);
  else placeCaretAtEnd(editor);
  await sleep(CARET_SETTLE_MS);
}

/** Reads the editor once it settled; looks again later when nothing seems to have changed. */
async function settledReadBack(
  editor: HTMLElement,
  family: EditorFamily,
  before: string,
): Promise<string> {
  await sleep(INSERT_SETTLE_MS);
  const first = readBack(editor, family);
  if (first !== before) return first;
  await sleep(LATE_SETTLE_MS);
  return readBack(editor, family);
}

async function fallBackToClipboard(
  text: string,
  outcome: Omit<InsertOutcome, 'ok' | 'method' | 'messageKey'>,
  messageKey: 'insert_pasted_to_clipboard' | 'insert_failed',
): Promise<InsertOutcome> {
  const copied = await copyToClipboard(text);
  return {
    ...outcome,
    ok: false,
    method: copied ? 'clipboard' : null,
    messageKey: copied ? messageKey : 'insert_clipboard_failed',
  };
}

const NO_EDITOR: InsertOutcome = {
  ok: false,
  family: null,
  method: null,
  messageKey: 'insert_no_editor',
};

/** Tries the family's strategies in order until one lands; verifies; never inserts twice. */
async function insertInto(
  editor: HTMLElement,
  text: string,
  justOpened: boolean,
): Promise<InsertOutcome> {
  const family = detectFamily(editor);
  if (!family) return NO_EDITOR;
  if (justOpened) await sleep(OPENED_SETTLE_MS);

  const reply = replyFor(editor, text);
  await prepareCaret(editor);
  const before = readBack(editor, family);
  const tried: InsertMethod[] = [];

  for (const method of strategiesFor(family, reply)) {
    if (!editor.isConnected) break;
    tried.push(method);
    runStrategy(method, editor, reply);
    let after = await settledReadBack(editor, family, before);
    // Nothing landed: the caret is still in place, the next strategy can go.
    if (after === before) continue;
    if (!isExactInsertion(before, after, reply)) {
      // Some editors finish their update a little later: one more look before giving up.
      await sleep(INSERT_SETTLE_MS);
      after = readBack(editor, family);
    }
    if (isExactInsertion(before, after, reply)) {
      return { ok: true, family, method, readBack: after, tried };
    }
    // Something changed, but not into the reply: trying again could insert twice.
    return fallBackToClipboard(text, { family, readBack: after, tried }, 'insert_failed');
  }
  return fallBackToClipboard(
    text,
    { family, readBack: before, tried },
    'insert_pasted_to_clipboard',
  );
}

/**
 * `insertReply`, also giving the editor it inserted into (to watch it with `watchSent`;
 * the outcome itself stays plain data, sent back to the background).
 */
export async function insertReplyWithEditor(
  text: string,
  target: InsertTarget | null,
  lastFocused: HTMLElement | null,
): Promise<{ outcome: InsertOutcome; editor: HTMLElement | null }> {
  const editor = await findTargetEditor(target, lastFocused);
  if (!editor) return { outcome: NO_EDITOR, editor: null };
  const justOpened = !target?.editor && !!target?.opener;
  return { outcome: await insertInto(editor, text, justOpened), editor };
}

/**
 * Inserts `text` into the target's reply box (opening it if needed) or into the
 * editable the CM focused last.
 */
export async function insertReply(
  text: string,
  target: InsertTarget | null,
  lastFocused: HTMLElement | null,
): Promise<InsertOutcome> {
  return (await insertReplyWithEditor(text, target, lastFocused)).outcome;
}
