/**
 * DOM readers shared by the web adapters (Reddit, review sites, Mastodon,
 * Bluesky, generic pages) on top of `dom.ts`. Like `dom.ts`, every function
 * reads only the nodes it is handed.
 */
import { BLOCK_TAGS } from '../dom/blocks';
import { joinSelectors, parseCount } from './dom';

/** Class names sites use for text that is in the DOM but not on screen. */
export const HIDDEN_TEXT_CLASSES: readonly string[] = [
  'sr-only', // Bootstrap 4, Tailwind, phpBB prosilver
  'visually-hidden', // Bootstrap 5, many design systems
  'visuallyhidden', // HTML5 Boilerplate
  'screen-reader-text', // WordPress core and themes
  'screen-reader-only',
  'a11y-hidden',
  'u-hidden',
  'invisible', // Mastodon link-shortening parts; Bootstrap `visibility: hidden`
];

/** Elements whose text never renders as page text. */
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);

/** Inline styles that take an element out of view (computed styles are not read: adapters stay pure and cheap). */
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True when markup alone says `el` is not visible text: screen-reader-only classes,
 * the `hidden` attribute, an inline `display: none`, non-text elements. `aria-hidden`
 * is deliberately not here: it hides from assistive tech, not from the eye.
 */
export function isMarkupHidden(el: Element): boolean {
  if (NON_TEXT_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  for (const name of HIDDEN_TEXT_CLASSES) if (el.classList.contains(name)) return true;
  return false;
}

/**
 * Every element `isMarkupHidden` may accept, as one selector (`SiteAdapter.hiddenTextCandidates`),
 * plus the adapter's own hidden-text selectors.
 */
export function markupHiddenCandidates(selectors: readonly string[] = []): string {
  return [
    ...new Set([...NON_TEXT_TAGS].map((tag) => tag.toLowerCase())),
    '[hidden]',
    '[style]',
    ...HIDDEN_TEXT_CLASSES.map((name) => `.${name}`),
    ...selectors,
  ].join(',');
}

/** True when `el` matches any of `selectors` (an empty list matches nothing). */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  if (selectors.length === 0) return false;
  return el.matches(joinSelectors(selectors));
}

/**
 * Visible text of `el` with line breaks where blocks start and end, so that
 * `<p>a</p><p>b</p>` (Mastodon, Reddit's rich text) reads "a\nb", not "ab".
 * `skip` rejects subtrees: hidden text, nested units, UI chrome.
 */
export function blockText(el: Element, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (skip(element)) continue;
      if (element.tagName === 'BR') {
        out += '\n';
        continue;
      }
      const block = BLOCK_TAGS.has(element.tagName);
      if (block) out += '\n';
      walk(element);
      if (block) out += '\n';
    }
  };
  walk(el);
  return out
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The texts of several body parts (title, body), one per line, empty ones dropped. */
export function joinLines(parts: readonly string[]): string {
  return parts.filter((part) => part.length > 0).join('\n');
}

/**
 * `lang` on `from` or on an ancestor up to `unit` inclusive. Unlike `languageOf`,
 * it ignores `<html lang>`, which is the interface language on social sites, not
 * the language the author wrote in.
 */
export function ownLanguage(from: Element, unit: Element): string | undefined {
  const tagged = from.closest('[lang]');
  if (!tagged || !unit.contains(tagged)) return undefined;
  return tagged.getAttribute('lang') || undefined;
}

/**
 * A 1–5 rating as review sites label it: "Rated 4 out of 5 stars", "Noté 4 sur 5 étoiles",
 * "4,0 sur 5 bulles", "4.0 of 5 bubbles", "4 étoiles", "4 stars", "4/5".
 */
export function parseRating(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const outOfFive =
    /(\d(?:[.,]\d+)?)\s*(?:\/|out of|of|sur|de|von|su|van)\s*5(?!\d)/i.exec(label) ??
    /(\d(?:[.,]\d+)?)\s*(?:étoiles?|etoiles?|stars?|bulles?|bubbles?|sterne?n?)\b/i.exec(label);
  if (!outOfFive?.[1]) return undefined;
  const value = Number.parseFloat(outOfFive[1].replace(',', '.'));
  return value >= 1 && value <= 5 ? value : undefined;
}

/** Month names (English and French, full and abbreviated, lower case, accents kept) → month index. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan', 'janvier', 'janv'],
    ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév'],
    ['march', 'mar', 'mars'],
    ['april', 'apr', 'avril', 'avr'],
    ['may', 'mai'],
    ['june', 'jun', 'juin'],
    ['july', 'jul', 'juillet', 'juil'],
    ['august', 'aug', 'août', 'aout'],
    ['september', 'sep', 'sept', 'septembre'],
    ['october', 'oct', 'octobre'],
    ['november', 'nov', 'novembre'],
    ['december', 'dec', 'décembre', 'decembre', 'déc'],
  ].flatMap((names, month) => names.map((name): [string, number] => [name, month])),
);

const MONTH_WORD = '([a-zà-ÿ]+)\\.?';
/** "March 27, 2026" / "Mar 27, 2026". */
const MONTH_DAY_YEAR = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');
/** "27 mars 2026" / "1er mai 2024" / "27 Mar 2026". */
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er)?\\s+${MONTH_WORD}\\s+(\\d{4})`, 'i');
/** "8:35 AM", "08:35", "14 h 33". */
const CLOCK = /(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*([ap])\.?\s*m\.?)?/i;

/**
 * An absolute date written out in English or French, as sites print it in a
 * label or next to a review: "March 27, 2026 at 8:35 AM", "27 mars 2026 à 08:35",
 * "Written March 12, 2024", "Rédigé le 12 mars 2024". Never a relative one
 * ("2 h ago" gives undefined).
 *
 * With a clock time, the page printed it in the viewer's time zone, so it is read
 * as local time. A bare date is read as UTC midnight so that its day does not
 * shift with the viewer's zone.
 */
export function parseWrittenDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let year: number;
  let month: number | undefined;
  let day: number;
  let rest: string;
  const monthFirst = MONTH_DAY_YEAR.exec(raw);
  const dayFirst = DAY_MONTH_YEAR.exec(raw);
  if (monthFirst?.[1] && MONTHS.has(monthFirst[1].toLowerCase())) {
    month = MONTHS.get(monthFirst[1].toLowerCase());
    day = Number(monthFirst[2]);
    year = Number(monthFirst[3]);
    rest = raw.slice(monthFirst.index + monthFirst[0].length);
  } else if (dayFirst?.[2] && MONTHS.has(dayFirst[2].toLowerCase())) {
    month = MONTHS.get(dayFirst[2].toLowerCase());
    day = Number(dayFirst[1]);
    year = Number(dayFirst[3]);
    rest = raw.slice(dayFirst.index + dayFirst[0].length);
  } else {
    return undefined;
  }
  if (month === undefined || day < 1 || day > 31) return undefined;
  const clock = CLOCK.exec(rest);
  if (!clock) return new Date(Date.UTC(year, month, day)).toISOString();
  let hours = Number(clock[1]);
  const minutes = Number(clock[2]);
  const meridiem = clock[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return new Date(year, month, day, hours, minutes).toISOString();
}

/**
 * Units found by `selectors` with a unit's own inner wrappers dropped: when a
 * matched element sits inside another matched element *and* `sameUnit(outer, inner)`
 * says they are one post (two layout variants matching one post), only the outer
 * one is kept.
 */
export function dropSameUnitDuplicates(
  found: readonly Element[],
  sameUnit: (outer: Element, inner: Element) => boolean,
): Element[] {
  const kept: Element[] = [];
  for (const element of found) {
    const duplicate = kept.some((outer) => outer.contains(element) && sameUnit(outer, element));
    if (!duplicate) kept.push(element);
  }
  return kept;
}

/** An element's accessible label: `aria-label`, else `title` (e.g. "Reply (3 replies)"). */
export function labelOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  return el.getAttribute('aria-label') ?? el.getAttribute('title') ?? undefined;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/** `el` typed as an HTML element when it is one (not SVG/MathML), else null. */
export function htmlElement(el: Element | null | undefined): HTMLElement | null {
  return el && el.namespaceURI === XHTML ? (el as HTMLElement) : null;
}

/** First HTML element under `root` matching any of `selectors`, tried in order. */
export function firstHtml(
  root: ParentNode | null,
  selectors: readonly string[],
): HTMLElement | null {
  if (!root) return null;
  for (const selector of selectors) {
    const found = htmlElement(root.querySelector(selector));
    if (found) return found;
  }
  return null;
}

/**
 * Elements under `unit` matching `selectors` that belong to `unit` itself: their
 * closest unit (per `unitSelectors`) is `unit`, not a unit nested inside it.
 */
export function ownAll(
  unit: Element,
  selectors: readonly string[],
  unitSelectors: readonly string[],
): Element[] {
  if (selectors.length === 0) return [];
  const units = joinSelectors(unitSelectors);
  const found = unit.querySelectorAll(joinSelectors(selectors));
  // A plain loop: `bodyOf` runs this for every unit of the first pass.
  const own: Element[] = [];
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.closest(units) === unit) own.push(el);
  }
  return own;
}

/** The first own element for the first of `selectors` that finds one (newest layout first). */
export function ownFirst(
  unit: Element,
  selectors: readonly string[],
  unitSelectors: readonly string[],
): Element | null {
  const units = joinSelectors(unitSelectors);
  for (const selector of selectors) {
    for (const el of unit.querySelectorAll(selector)) {
      if (el.closest(units) === unit) return el;
    }
  }
  return null;
}

/**
 * Units matching `selectors` in `root`, `root` itself included when it is one
 * (a content script hands over added subtrees, often the unit itself), in
 * document order.
 */
export function unitsIn(root: ParentNode, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  const joined = joinSelectors(selectors);
  const found = Array.from(root.querySelectorAll(joined));
  if (isElement(root) && root.matches(joined)) found.unshift(root);
  return found;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** Sorts elements in document order and drops repeats. */
export function inDocumentOrder(elements: Iterable<Element>): Element[] {
  const unique = Array.from(new Set(elements));
  return unique.sort((a, b) => {
    if (a === b) return 0;
    // DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
    return a.compareDocumentPosition(b) & 4 ? -1 : 1;
  });
}

/**
 * A count inside a label or a line of text ("Like (12 likes)", "3 mentions J'aime",
 * "1,2 k J’aime"). Unlike `parseCount` alone, a k/M/Md suffix only counts when it
 * is not the start of a word: "3 mentions" is 3, not 3 million.
 */
export function countIn(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const match = /\d+(?:[.,\s\u00a0\u202f]\d+)*(?:\s*(?:[kKmMbB]|mil|md|Md)(?![\p{L}\p{N}]))?/u.exec(
    raw,
  );
  return match ? parseCount(match[0]) : undefined;
}

/** An integer attribute such as a score, negative ones included ("-3"); else `countIn`. */
export function integerOf(raw: string | null | undefined): number | undefined {
  const trimmed = raw?.trim();
  if (trimmed && /^-?\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  return countIn(trimmed);
}
