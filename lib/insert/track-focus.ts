/**
 * The editable the CM focused last in this page: where Insert goes when the
 * adapter does not know the mention's reply box. Clicking in Vigie's side
 * panel does not move the page's focus, but Vigie's own in-page UI would, so
 * callers pass `ignore` for it.
 */
import { deepActiveElement, editingHost, isEditable } from './dom';

export function trackLastFocusedEditable(
  signal: AbortSignal,
  ignore: (el: Element) => boolean = () => false,
  doc: Document = document,
): () => HTMLElement | null {
  let last: HTMLElement | null = null;
  const consider = (el: Element | null) => {
    if (el && isEditable(el) && !ignore(el)) last = editingHost(el);
  };
  consider(deepActiveElement(doc));
  doc.addEventListener(
    'focusin',
    (event) => {
      // The element itself, also inside an open shadow root (the event is retargeted to its host).
      const [origin] = event.composedPath();
      consider(origin instanceof Element ? origin : null);
    },
    { capture: true, signal },
  );
  return () => (last?.isConnected && isEditable(last) ? last : null);
}
