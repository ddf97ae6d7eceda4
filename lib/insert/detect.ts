/**
 * Which editor library drives an editable, from the marks each one leaves in
 * its DOM. The library decides how text can get into its model.
 */
import { editingHost, isTextField, resolveEditable } from './dom';
import type { EditorFamily } from './types';

/** Marks of each library, checked on the editing host and its ancestors, first match wins. */
const FAMILY_MARKS: readonly { family: EditorFamily; selector: string }[] = [
  // Draft.js: the contenteditable is `.public-DraftEditor-content` inside `.DraftEditor-root`.
  { family: 'draft', selector: '.DraftEditor-root, .public-DraftEditor-content' },
  { family: 'lexical', selector: '[data-lexical-editor]' },
  { family: 'quill', selector: '.ql-editor' },
  // TipTap renders a ProseMirror view: same family.
  { family: 'prosemirror', selector: '.ProseMirror' },
  { family: 'slate', selector: '[data-slate-editor]' },
];

/**
 * The family of the editor `el` belongs to (`el` may be the editable, a node inside
 * it, or a wrapper around it), or null when there is no editable there.
 */
export function detectFamily(el: Element | null): EditorFamily | null {
  const editable = resolveEditable(el);
  if (!editable) return null;
  if (isTextField(editable)) return 'textarea';
  const host = editingHost(editable);
  for (const { family, selector } of FAMILY_MARKS) {
    if (host.closest(selector)) return family;
  }
  // Draft's content root, for a page that renamed its classes but kept the data attributes.
  if (host.querySelector(':scope > [data-contents]')) return 'draft';
  return 'contenteditable';
}
