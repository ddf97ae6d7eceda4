/**
 * A candidate rewrite of `collectUnitText` (lib/listening/text.ts) for the
 * speed-up experiment: same output, `tagName` read once per element instead of
 * up to three times. Kept here, not in lib/, until measured.
 */
import type { UnitText } from '../../lib/listening/text';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'svg',
]);

export function collectUnitTextTagOnce(
  bodies: readonly Element[],
  skip: (element: Element) => boolean,
): UnitText {
  const out: UnitText = { text: '', nodes: [], starts: [] };
  let text = '';
  const separate = () => {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
  };
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        out.nodes.push(child as Text);
        out.starts.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (SKIPPED_TAGS.has(tag) || skip(element)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) separate();
        walk(element);
        if (block) separate();
      }
    }
  };
  for (const body of bodies) {
    separate();
    walk(body);
  }
  out.text = text;
  return out;
}

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
