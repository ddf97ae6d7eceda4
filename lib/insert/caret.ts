/**
 * Where the reply goes: at the CM's caret when it is inside the editor, else
 * at the end of what the editor holds.
 */
import { isTextField, selectionFor } from './dom';
import { NOT_TEXT, ZERO_WIDTH } from './read-back';

/** True when the editor holds the selection (both ends inside it). */
export function hasCaretInside(el: HTMLElement): boolean {
  if (isTextField(el)) return el.ownerDocument.activeElement === el;
  const selection = selectionFor(el);
  if (!selection || selection.rangeCount === 0) return false;
  const { anchorNode, focusNode } = selection;
  return !!anchorNode && !!focusNode && el.contains(anchorNode) && el.contains(focusNode);
}

/** Zero-width anchors (Slate, Lexical) are not a place to put the caret after. */
function hasVisibleText(node: Node): boolean {
  return (node.nodeValue ?? '').replace(ZERO_WIDTH, '') !== '';
}

/**
 * The last place text can go in `el`: the end of its last text node, or just before
 * its last `<br>` when an empty line comes after the text (the `<br>` holds that line).
 */
export function endPoint(el: HTMLElement): { node: Node; offset: number } | null {
  const doc = el.ownerDocument;
  // Placeholders and non-editable islands (Slate draws its placeholder inside the editor) hold no caret.
  const skip = (node: Node) =>
    node.nodeType === 1 &&
    ((node as Element).matches(NOT_TEXT) ||
      (node as Element).getAttribute('contenteditable') === 'false');
  const walker = doc.createTreeWalker(el, 0x1 | 0x4, {
    // SHOW_ELEMENT | SHOW_TEXT; FILTER_REJECT (2) skips the subtree, FILTER_ACCEPT (1).
    acceptNode: (node) => (skip(node) ? 2 : 1),
  });
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3 ? hasVisibleText(node) : (node as Element).tagName === 'BR')
      last = node;
  }
  if (!last) return null;
  if (last.nodeType === 3) return { node: last, offset: last.nodeValue?.length ?? 0 };
  const parent = last.parentNode;
  if (!parent) return null;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, last) };
}

/** Puts a collapsed caret at the end of the editor's text (for a text field: at the end of its value). */
export function placeCaretAtEnd(el: HTMLElement): void {
  if (isTextField(el)) {
    const end = el.value.length;
    el.setSelectionRange(end, end);
    return;
  }
  const selection = selectionFor(el);
  if (!selection) return;
  const point = endPoint(el);
  const range = el.ownerDocument.createRange();
  if (point) range.setStart(point.node, point.offset);
  else range.selectNodeContents(el);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Collapses a selection the CM left inside the editor to its end, so the reply is
 * added and does not replace selected text (the old text must stay intact).
 */
export function collapseToEnd(el: HTMLElement): void {
  if (isTextField(el)) {
    const end = el.selectionEnd ?? el.value.length;
    el.setSelectionRange(end, end);
    return;
  }
  const selection = selectionFor(el);
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) selection.collapseToEnd();
}
