/**
 * Insertion as typing: `document.execCommand('insertText')` edits the DOM at
 * the caret and fires `input` events, like a keyboard would. Deprecated but
 * still the only way to type into a plain contenteditable that has no model of
 * its own; never used for Draft.js (it breaks an empty Draft editor).
 */

/** The whole text in one command (text fields, Quill, ProseMirror take "\n" as a new line). */
export function execInsertText(el: HTMLElement, text: string): void {
  el.ownerDocument.execCommand('insertText', false, text);
}

/**
 * Line by line with an explicit line break between lines: a multi-line
 * `insertText` lands with lines swapped or lost in some editors, while one
 * line at a time plus `insertLineBreak` (Shift+Enter's command, never a submit)
 * lands in order.
 */
export function execInsertLines(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  text.split('\n').forEach((line, index) => {
    if (index > 0) doc.execCommand('insertLineBreak');
    if (line) doc.execCommand('insertText', false, line);
  });
}
