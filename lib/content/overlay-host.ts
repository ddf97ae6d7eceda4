/** The one element Vigie adds to a page: the host of its shadow-root UI, outside the site's root. */
export const OVERLAY_HOST_TAG = 'vigie-overlay';

export function isOwnNode(element: Element): boolean {
  return element.localName === OVERLAY_HOST_TAG || element.closest(OVERLAY_HOST_TAG) !== null;
}
