/**
 * DOM readers shared by the social-network adapters (X, Facebook, Instagram,
 * LinkedIn, YouTube, TikTok) on top of `dom.ts`. Like `dom.ts`, every function
 * reads only the nodes it is handed and never touches the page on its own.
 */
import { absoluteUrl, closestOf, parseCount, queryAllOf } from './dom';

/** Decides whether an element found by a unit selector really is a unit (e.g. a quote card that holds a user name). */
export type UnitTest = (el: Element) => boolean;

/**
 * Innermost ancestor-or-self of `node` that matches `selectors` and passes `accept`.
 * Climbs past matches that `accept` rejects.
 */
export function closestUnit(
  node: Node,
  selectors: readonly string[],
  accept: UnitTest = () => true,
): Element | null {
  let candidate = closestOf(node, selectors);
  while (candidate && !accept(candidate)) {
    const parent = candidate.parentElement;
    candidate = parent ? closestOf(parent, selectors) : null;
  }
  return candidate;
}

/**
 * Every element matching `selectors` in `root`, `root` itself included when it
 * matches (a content script hands over added subtrees, and the added node is
 * often the unit itself), in document order, filtered by `accept`.
 */
export function queryUnits(
  root: ParentNode,
  selectors: readonly string[],
  accept: UnitTest = () => true,
): Element[] {
  const found = queryAllOf(root, selectors);
  if (root instanceof Element && selectors.length > 0 && root.matches(selectors.join(','))) {
    found.unshift(root);
  }
  return found.filter(accept);
}

/**
 * Elements matching `selectors` inside `unit` that belong to `unit` itself and
 * not to a unit nested in it (a quoted post, a reply inside a comment thread).
 * `unitOf` is the adapter's own innermost-unit function.
 */
export function queryOwned(
  unit: Element,
  selectors: readonly string[],
  unitOf: (node: Node) => Element | null,
): Element[] {
  return queryAllOf(unit, selectors).filter((el) => unitOf(el) === unit);
}

/** First element owned by `unit`, trying `selectors` in order (newest layout first, then fallbacks). */
export function queryOwnedFirst(
  unit: Element,
  selectors: readonly string[],
  unitOf: (node: Node) => Element | null,
): Element | null {
  for (const selector of selectors) {
    for (const el of unit.querySelectorAll(selector)) {
      if (unitOf(el) === unit) return el;
    }
  }
  return null;
}

/** First element owned by `unit` among `selectors` whose own visible text matches `pattern` (FR/EN button labels). */
export function queryOwnedByText(
  unit: Element,
  selectors: readonly string[],
  pattern: RegExp,
  unitOf: (node: Node) => Element | null,
): Element | null {
  return (
    queryOwned(unit, selectors, unitOf).find((el) => pattern.test((el.textContent ?? '').trim())) ??
    null
  );
}

/** Tags that start a new line of text when rendered (used when `blocks` is on). */
const BLOCK_TAGS = new Set([
  'ARTICLE',
  'BLOCKQUOTE',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'OL',
  'P',
  'SECTION',
  'UL',
]);

/** Tags whose content is never page text. */
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

export interface TextReading {
  /** Subtrees to leave out: hidden text, nested units, UI chrome such as "See more". */
  skip: (el: Element) => boolean;
  /**
   * The body is rendered with `white-space: pre-wrap` (X's tweetText, YouTube's
   * attributed strings): newlines in text nodes are real line breaks. Otherwise
   * they are source formatting and read as spaces.
   */
  preformatted?: boolean;
  /**
   * Block elements (`div`, `p`, `li`…) start new lines. Off for sites that use
   * `div`s inline (X wraps @mentions in inline-flex `div`s).
   */
  blocks?: boolean;
}

/**
 * Visible text of a body element as the reader sees it: emoji drawn as `<img alt>`
 * (X, Facebook) read as their `alt`, `<br>` and (optionally) blocks as line
 * breaks, whitespace collapsed, `skip`ped subtrees left out.
 */
export function readText(el: Element, reading: TextReading): string {
  let out = '';
  const newline = (): void => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        out += reading.preformatted ? data : data.replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (NON_TEXT_TAGS.has(element.tagName) || reading.skip(element)) continue;
      if (element.tagName === 'BR') {
        out += '\n';
      } else if (element.tagName === 'IMG') {
        out += element.getAttribute('alt') ?? '';
      } else if (reading.blocks && BLOCK_TAGS.has(element.tagName)) {
        newline();
        walk(element);
        newline();
      } else {
        walk(element);
      }
    }
  };
  walk(el);
  return out
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Classes and attributes that mean "in the DOM for screen readers only". */
const SCREEN_READER_ONLY = [
  '.visually-hidden',
  '.sr-only',
  '.a11y-text',
  '[hidden]',
  '[style*="display: none"]',
  '[style*="display:none"]',
];

/** Every element `isScreenReaderOnly` accepts, plus `extra` selectors (`SiteAdapter.hiddenTextCandidates`). */
export function screenReaderOnlyCandidates(extra: readonly string[] = []): string {
  return [...SCREEN_READER_ONLY, ...extra].join(',');
}

/** True for screen-reader-only or `hidden` elements (the part every site shares). */
export function isScreenReaderOnly(el: Element): boolean {
  return el.matches(SCREEN_READER_ONLY.join(','));
}

/** Whether `url` is on one of `hosts` (exact host names, over http or https). */
export function isOnHost(url: URL, hosts: readonly string[]): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && hosts.includes(url.hostname);
}

/** A number, then a magnitude suffix only when it is a word of its own ("1,2 k", "3.4K", "12 mil"). */
const COUNT_WITH_SUFFIX =
  /\d+(?:[.,\s\u00a0\u202f]\d+)*(?:\s*(?:mil|Md|md|[kKmMbB])(?![\p{L}\p{N}]))?/u;

/**
 * `parseCount` on the count part of a label only. `parseCount` alone reads the
 * "m" of a following word as "million" ("1 234 mentions J’aime" → 1.234e9), so
 * the suffix is kept only when no letter follows it.
 */
export function readCount(raw: string | null | undefined): number | undefined {
  const found = raw ? COUNT_WITH_SUFFIX.exec(raw)?.[0] : undefined;
  return found ? parseCount(found) : undefined;
}

/**
 * A count shown on a button or label: the `aria-label` first ("12 replies. Reply",
 * "1 234 J’aime"), which holds the exact number, else the visible text ("1,2 k").
 */
export function countOf(el: Element | null): number | undefined {
  if (!el) return undefined;
  return readCount(el.getAttribute('aria-label')) ?? readCount(el.textContent);
}

/** `value` with the keys whose value is undefined removed (absent means "not shown"). */
export function definedOnly<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as T;
}

/**
 * `lang` on `from` or on an ancestor up to `unit` inclusive. `<html lang>` and
 * other page-level tags are the interface language on social sites, not the
 * language the author wrote in, so they are not a hint.
 */
export function languageWithin(from: Element, unit: Element): string | undefined {
  const tagged = from.closest('[lang]');
  if (!tagged || !unit.contains(tagged)) return undefined;
  return tagged.getAttribute('lang') || undefined;
}

/** An absolute URL with its query string and fragment dropped (tracking parameters). */
export function withoutQuery(href: string | null | undefined, base: URL): string | undefined {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return undefined;
  const url = new URL(absolute);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** An absolute URL keeping only the query parameters named in `keep`. */
export function keepingParams(
  href: string | null | undefined,
  base: URL,
  keep: readonly string[],
): string | undefined {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return undefined;
  const url = new URL(absolute);
  const kept = new URLSearchParams();
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  url.search = kept.toString();
  url.hash = '';
  return url.href;
}

/**
 * The instant encoded in a time-ordered numeric id: `(id >> shift) + epochMs`
 * milliseconds, or seconds when `unit` is 's'. LinkedIn activity/comment ids
 * (shift 22, ms since 1970) and TikTok video/comment ids (shift 32, seconds) carry
 * their creation time this way; it is read from an attribute, never from "2 h ago".
 */
export function timeFromId(
  id: string | null | undefined,
  shift: number,
  unit: 'ms' | 's' = 'ms',
  epochMs = 0,
): string | undefined {
  if (!id || !/^\d{10,20}$/.test(id)) return undefined;
  const high = BigInt(id) >> BigInt(shift);
  const ms = Number(high) * (unit === 's' ? 1000 : 1) + epochMs;
  // Ids that are not time-ordered give absurd dates; keep only plausible ones.
  if (ms < Date.UTC(2006, 0, 1) || ms > Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

/** The first path segment of a profile link (`/acme_air`, `/in/julie-martin/` → `julie-martin` with `skip: ['in']`). */
export function profileSlug(
  href: string | null | undefined,
  base: URL,
  skipSegments: readonly string[] = [],
): string | undefined {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return undefined;
  const segments = new URL(absolute).pathname.split('/').filter((segment) => segment.length > 0);
  const slug = segments.find((segment) => !skipSegments.includes(segment));
  return slug ? decodeURIComponent(slug) : undefined;
}
