/**
 * DOM helpers shared by the engine: what counts as an editable, which element
 * is the editing host, and the selection that applies to it (editors inside a
 * shadow root have their own in Chromium).
 */

/** Input types that hold free text a reply can go into. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url']);

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** A `<textarea>` or a free-text `<input>` (checked by tag: it also works across worlds and in happy-dom). */
export function isTextField(el: Element): el is TextField {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

function contentEditableValue(el: Element): string | null {
  const value = el.getAttribute('contenteditable');
  return value === null ? null : value.toLowerCase();
}

/** True when `el` is editable content: it, or its nearest `contenteditable` ancestor, says so. */
export function isInEditableContent(el: Element): boolean {
  const native = (el as HTMLElement).isContentEditable;
  if (typeof native === 'boolean' && native) return true;
  // happy-dom has no isContentEditable: read the attributes, nearest first.
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = contentEditableValue(node);
    if (value === null) continue;
    return value === '' || value === 'true' || value === 'plaintext-only';
  }
  return false;
}

/** A text field or contenteditable that accepts typing now (not disabled, not read-only). */
export function isEditable(el: Element | null): el is HTMLElement {
  if (!el?.isConnected) return false;
  if (isTextField(el)) return !el.disabled && !el.readOnly;
  return isInEditableContent(el) && el.getAttribute('aria-readonly') !== 'true';
}

/** The editing host of an editable element: the outermost element of its contenteditable region. */
export function editingHost(el: HTMLElement): HTMLElement {
  if (isTextField(el)) return el;
  let host = el;
  for (
    let parent = el.parentElement;
    parent && isInEditableContent(parent);
    parent = parent.parentElement
  ) {
    host = parent;
  }
  return host;
}

const EDITABLE_SELECTOR =
  'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * The editable an element stands for: itself (or its host) when editable, else the
 * first editable inside it (adapters may name a wrapper such as `.DraftEditor-root`).
 */
export function resolveEditable(el: Element | null): HTMLElement | null {
  if (!el?.isConnected) return null;
  if (isEditable(el)) return editingHost(el);
  for (const candidate of el.querySelectorAll(EDITABLE_SELECTOR)) {
    if (isEditable(candidate)) return editingHost(candidate);
  }
  return null;
}

/** The first editable inside `root`, or null. */
export function findEditableIn(root: ParentNode): HTMLElement | null {
  for (const candidate of root.querySelectorAll(EDITABLE_SELECTOR)) {
    if (isEditable(candidate)) return editingHost(candidate);
  }
  return null;
}

/** The selection that applies to `el`: its shadow root's in Chromium, else the document's. */
export function selectionFor(el: Node): Selection | null {
  const root = el.getRootNode() as
    | (ShadowRoot & { getSelection?: () => Selection | null })
    | Document;
  if (
    'getSelection' in root &&
    typeof root.getSelection === 'function' &&
    root !== el.ownerDocument
  ) {
    const own = root.getSelection();
    if (own) return own;
  }
  return el.ownerDocument?.getSelection() ?? null;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
