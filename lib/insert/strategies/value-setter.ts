/**
 * Text fields (React-controlled or not): set the value through the prototype's
 * own setter, then fire `input`. React tracks the value it last rendered on
 * the element's own `value` property; going around it makes React see a
 * change and call its onChange, so the component's state takes the text.
 * (From the content script's isolated world any assignment goes around it, as
 * React's tracker lives on the main world's wrapper; the setter also works when
 * this runs in the page's world.)
 */
import type { TextField } from '../dom';

function nativeValueSetter(
  field: TextField,
): ((this: TextField, value: string) => void) | undefined {
  const view = field.ownerDocument.defaultView;
  if (!view) return undefined;
  const proto =
    field.tagName === 'TEXTAREA'
      ? view.HTMLTextAreaElement.prototype
      : view.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set as
    | ((this: TextField, value: string) => void)
    | undefined;
}

/** Splices `text` in at the field's caret (replacing its selection, which the engine collapsed). */
export function insertWithValueSetter(field: TextField, text: string): void {
  const { value } = field;
  const start = field.selectionStart ?? value.length;
  const end = field.selectionEnd ?? start;
  const next = value.slice(0, start) + text + value.slice(end);
  const setValue = nativeValueSetter(field);
  if (setValue) setValue.call(field, next);
  else field.value = next;
  const caret = start + text.length;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}
