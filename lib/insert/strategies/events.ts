/**
 * Insertion through the editor's own event handlers: a synthetic `paste`, or a
 * synthetic `beforeinput`, each carrying the text in a DataTransfer. Rich
 * editors cancel these events and insert the text into their model
 * themselves; nothing happens in an editor that ignores them (untrusted
 * events have no default action), which is what makes them safe to try.
 */

function plainTextTransfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** Draft.js, Lexical, Quill, ProseMirror/TipTap (and Slate) paste plain text line by line into blocks. */
export function dispatchPaste(el: HTMLElement, text: string): void {
  el.dispatchEvent(
    new ClipboardEvent('paste', {
      clipboardData: plainTextTransfer(text),
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/**
 * Slate handles `beforeinput` itself: `insertFromPaste` with a DataTransfer goes through
 * `ReactEditor.insertData`, which splits lines into blocks. (A plain `insertText`
 * would put a raw "\n" inside one block, and Slate may defer it to an `input` event
 * that never comes for a synthetic event.)
 */
export function dispatchBeforeInputPaste(el: HTMLElement, text: string): void {
  el.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertFromPaste',
      dataTransfer: plainTextTransfer(text),
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}
