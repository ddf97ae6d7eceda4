/**
 * A site adapter for the generated feed (bench/page/generate.ts), written the
 * way the real ones in lib/sites/ are: selectors as named data, the shared DOM
 * readers, own-unit scoping, hidden-text rules, full extraction.
 */
import { absoluteUrl, closestOf, isoTime, visibleText } from '../../lib/sites/dom';
import {
  blockText,
  countIn,
  htmlElement,
  isMarkupHidden,
  joinLines,
  markupHiddenCandidates,
  matchesAny,
  ownAll,
  ownFirst,
  ownLanguage,
  unitsIn,
} from '../../lib/sites/dom-web';
import type { Engagement, ExtractedUnit, ReplyTarget, SiteAdapter } from '../../lib/sites/types';

export const BENCH_SELECTORS = {
  unit: ['article.post[data-id]'],
  text: ['.post__text'],
  authorLink: ['a.post__author'],
  displayName: ['.post__name'],
  handle: ['.post__handle'],
  permalink: ['a.post__permalink'],
  time: ['a.post__permalink time[datetime]'],
  reply: ['button.action--reply'],
  repost: ['button.action--repost'],
  like: ['button.action--like'],
  /** Shortened-link parts and buttons: in the DOM, not the author's visible text. */
  hidden: ['span.invisible', 'button'],
} as const satisfies Record<string, readonly string[]>;

const UNITS: readonly string[] = BENCH_SELECTORS.unit;

const own = (unit: Element, selectors: readonly string[]): Element[] =>
  ownAll(unit, selectors, UNITS);
const firstOwn = (unit: Element, selectors: readonly string[]): Element | null =>
  ownFirst(unit, selectors, UNITS);

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, BENCH_SELECTORS.hidden);
}

function bodyOf(unit: Element): Element[] {
  return own(unit, BENCH_SELECTORS.text);
}

function count(unit: Element, selectors: readonly string[]): number | undefined {
  return countIn(firstOwn(unit, selectors)?.textContent);
}

function engagementOf(unit: Element): Engagement {
  const replies = count(unit, BENCH_SELECTORS.reply);
  const reposts = count(unit, BENCH_SELECTORS.repost);
  const likes = count(unit, BENCH_SELECTORS.like);
  return {
    ...(likes !== undefined ? { likes } : {}),
    ...(replies !== undefined ? { replies } : {}),
    ...(reposts !== undefined ? { reposts } : {}),
  };
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit);
  const authorLink = firstOwn(unit, BENCH_SELECTORS.authorLink);
  const name = authorLink?.querySelector(BENCH_SELECTORS.displayName.join(','));
  const handle = authorLink?.querySelector(BENCH_SELECTORS.handle.join(','));
  return {
    network: 'web',
    kind: 'post',
    author: {
      name: name ? visibleText(name) || undefined : undefined,
      handle: handle ? visibleText(handle) || undefined : undefined,
      url: absoluteUrl(authorLink?.getAttribute('href'), pageUrl),
    },
    permalink: absoluteUrl(
      firstOwn(unit, BENCH_SELECTORS.permalink)?.getAttribute('href'),
      pageUrl,
    ),
    timestamp: isoTime(firstOwn(unit, BENCH_SELECTORS.time)),
    text: joinLines(body.map((part) => blockText(part, isHiddenText))),
    languageHint: body[0] ? ownLanguage(body[0], unit) : undefined,
    engagement: engagementOf(unit),
  };
}

function replyTarget(unit: Element): ReplyTarget {
  return { editor: null, opener: htmlElement(firstOwn(unit, BENCH_SELECTORS.reply)) };
}

export const benchAdapter: SiteAdapter = {
  id: 'bench',
  network: 'web',
  matches: ['https://bench.vigie.test/*'],
  handles: (url) => url.hostname === 'bench.vigie.test',
  findUnits: (root) => unitsIn(root, UNITS),
  unitOf: (node) => closestOf(node, UNITS),
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(BENCH_SELECTORS.hidden),
  extract,
  replyTarget,
};
