/**
 * The insertion engine's contract: put a reply's text into the site's own
 * reply box, verified by reading back what the editor holds, and never send it.
 */

export type EditorFamily =
  | 'textarea'
  | 'draft'
  | 'lexical'
  | 'quill'
  | 'prosemirror'
  | 'slate'
  | 'contenteditable';

export type InsertMethod =
  | 'value-setter'
  | 'paste'
  | 'exec-command'
  | 'exec-command-lines'
  | 'beforeinput'
  | 'clipboard';

export interface InsertOutcome {
  /** True when the editor's own content now holds the text exactly once. */
  ok: boolean;
  family: EditorFamily | null;
  /** The strategy that worked (or `clipboard` when the CM must paste). */
  method: InsertMethod | null;
  /** What the editor held after insertion, as read back. */
  readBack?: string;
  /** Why it failed, as an i18n key (e.g. `insert_no_editor`, `insert_pasted_to_clipboard`). */
  messageKey?: InsertMessageKey;
  /** Every strategy run, in order (a later one only runs when the earlier ones changed nothing). */
  tried?: InsertMethod[];
}

/**
 * The i18n keys an outcome can carry:
 * - `insert_no_editor`: no reply box to insert into (nothing focused, no opener);
 * - `insert_pasted_to_clipboard`: the box took nothing, the reply is on the clipboard;
 * - `insert_failed`: the box changed but does not hold the reply as expected, the reply is on the clipboard;
 * - `insert_clipboard_failed`: nothing landed and the clipboard refused the reply too;
 * - `insert_no_page`: (set by the background) no Vigie content script answered in the tab.
 */
export const INSERT_MESSAGE_KEYS = [
  'insert_no_page',
  'insert_no_editor',
  'insert_pasted_to_clipboard',
  'insert_failed',
  'insert_clipboard_failed',
] as const;
export type InsertMessageKey = (typeof INSERT_MESSAGE_KEYS)[number];

/** Where to insert: the mention's reply box when the adapter knows it, else the last focused editable. */
export interface InsertTarget {
  editor: HTMLElement | null;
  opener: HTMLElement | null;
}
