/** The one element Vigie adds to a page: the host of its shadow-root UI, outside the site's root. */
export const OVERLAY_HOST_TAG = 'vigie-overlay';

/**
 * True for Vigie's host element. Its content lives in a shadow root, so the
 * page's tree walks, mutation records and focus events only ever meet the
 * host itself: no ancestor search is needed (that `closest()` per element
 * was a measurable part of a first pass, see bench/README.md).
 */
export function isOwnNode(element: Element): boolean {
  return element.localName === OVERLAY_HOST_TAG;
}
