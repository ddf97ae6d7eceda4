/**
 * Small DOM readers shared by every site adapter. They take the nodes they
 * read as arguments and never touch the page on their own.
 */

/** Selector lists are module constants: each is joined once, not on every call. */
const joinedLists = new WeakMap<readonly string[], string>();

/** `selectors.join(',')`, cached per list. */
export function joinSelectors(selectors: readonly string[]): string {
  let joined = joinedLists.get(selectors);
  if (joined === undefined) {
    joined = selectors.join(',');
    joinedLists.set(selectors, joined);
  }
  return joined;
}

/** First element matching any of `selectors`, tried in order (newest layout first, then fallbacks). */
export function queryFirst<T extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found as T;
  }
  return null;
}

/** All elements matching any of `selectors`, deduplicated, in document order. */
export function queryAllOf(root: ParentNode, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  return Array.from(root.querySelectorAll(joinSelectors(selectors)));
}

/** Closest ancestor-or-self matching any of `selectors`. */
export function closestOf(node: Node, selectors: readonly string[]): Element | null {
  const start = node instanceof Element ? node : node.parentElement;
  if (!start || selectors.length === 0) return null;
  return start.closest(joinSelectors(selectors));
}

/**
 * Visible text of `el`: text nodes joined, skipping subtrees that `skip` rejects
 * (hidden text, nested units). Whitespace runs collapse to one space.
 */
export function visibleText(el: Element, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (skip(element)) continue;
        if (element.tagName === 'BR') out += '\n';
        else walk(element);
      }
    }
  };
  walk(el);
  return out
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/**
 * A count as sites print it: "1,234", "1 234", "1.2K", "3,4 k", "2 M", "12 mil", "1,2 k J’aime".
 * Returns undefined when no number is there.
 */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  // A suffix counts only when no letter follows it: "1 234 mentions" is not millions.
  const match = /(\d+(?:[.,\s\u00a0\u202f]\d+)*)\s*(?:([kKmMbB]|mil|md|Md)(?!\p{L}))?/u.exec(raw);
  if (!match?.[1]) return undefined;
  let digits = match[1].replace(/[\s\u00a0\u202f]/g, '');
  const suffix = match[2]?.toLowerCase();
  if (suffix) {
    // With a suffix the separator is a decimal mark: "1.2K" and "1,2 k" are both 1200.
    digits = digits.replace(',', '.');
  } else {
    // Without one, separators group thousands: "1,234" and "1.234" are both 1234.
    digits = digits.replace(/[.,]/g, '');
  }
  const value = Number.parseFloat(digits);
  if (!Number.isFinite(value)) return undefined;
  const factor =
    suffix === 'k' || suffix === 'mil'
      ? 1e3
      : suffix === 'm'
        ? 1e6
        : suffix === 'b' || suffix === 'md'
          ? 1e9
          : 1;
  return Math.round(value * factor);
}

/** `href` resolved against the page URL; undefined for missing or non-http links. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `datetime` of a `<time>` (or the given attribute), if it parses as a date. */
export function isoTime(el: Element | null, attribute = 'datetime'): string | undefined {
  const raw = el?.getAttribute(attribute);
  if (!raw) return undefined;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Nearest `lang` attribute on or above `el`. */
export function languageOf(el: Element): string | undefined {
  return el.closest('[lang]')?.getAttribute('lang') || undefined;
}
