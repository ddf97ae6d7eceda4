/**
 * Candidate rewrites measured by the bench before they go to lib/ (or not).
 */
/** Text that never renders (copied from lib/sites/dom-web.ts, not exported there). */
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * A candidate rewrite of `isMarkupHidden` (lib/sites/dom-web.ts) for the
 * experiment: same answers, one `matches()` with a selector list built once
 * (`[hidden]` and the hidden-text classes) instead of `hasAttribute` plus one
 * `classList.contains` per class.
 */
export function markupHiddenWith(hiddenClasses: readonly string[]): (el: Element) => boolean {
  const selector = ['[hidden]', ...hiddenClasses.map((name) => `.${name}`)].join(',');
  return (el) => {
    if (NON_TEXT_TAGS.has(el.tagName) || el.matches(selector)) return true;
    const style = el.getAttribute('style');
    return style !== null && HIDING_STYLE.test(style);
  };
}
