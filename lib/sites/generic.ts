/**
 * Any other page the community manager turns Vigie on for: blogs, forums,
 * news comments. It recognises the comment and forum markup that engines
 * print by default (WordPress, Disqus, Discourse, phpBB, schema.org
 * microdata, a blog's own article), each described below as one VARIANT of
 * named selectors. When a page has no blog post and no forum post, the last
 * resort is an article's paragraphs (or `main`'s), grouped as one post.
 *
 * `matches` is empty: the content script runs here on demand (optional host
 * permission / activeTab), and `handles()` accepts any http(s) page.
 */
import { absoluteUrl, closestOf, isoTime, languageOf, queryAllOf, visibleText } from './dom';
import {
  blockText,
  countIn,
  firstHtml,
  htmlElement,
  inDocumentOrder,
  isMarkupHidden,
  joinLines,
  markupHiddenCandidates,
  matchesAny,
  ownAll,
  ownFirst,
  parseWrittenDate,
  unitsIn,
} from './dom-web';
import { GENERIC_SELECTORS, GENERIC_VARIANTS, type VariantName } from './generic-markup';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

export { GENERIC_SELECTORS, GENERIC_VARIANTS } from './generic-markup';

const VARIANT_NAMES = Object.keys(GENERIC_VARIANTS) as VariantName[];
const STRUCTURED: readonly string[] = VARIANT_NAMES.flatMap((name) => GENERIC_VARIANTS[name].units);
/** Units that make the page a post or a forum thread: their presence rules out the fallback. */
const CONTENT_UNITS: readonly string[] = [
  ...GENERIC_VARIANTS.blogPost.units,
  ...GENERIC_VARIANTS.discourse.units,
  ...GENERIC_VARIANTS.phpbb.units,
];

function variantOf(unit: Element): VariantName | null {
  return VARIANT_NAMES.find((name) => matchesAny(unit, GENERIC_VARIANTS[name].units)) ?? null;
}

/** Fallback units of `doc`: outermost articles (or `main`) outside any structured unit. */
function fallbackUnits(doc: Document): Element[] {
  if (doc.querySelector(CONTENT_UNITS.join(','))) return [];
  for (const selector of GENERIC_SELECTORS.fallbackUnits) {
    const found = Array.from(doc.querySelectorAll(selector)).filter(
      (el) =>
        closestOf(el, STRUCTURED) === null &&
        !el.parentElement?.closest(selector) &&
        !el.closest(GENERIC_SELECTORS.notContent.join(',')),
    );
    if (found.length > 0) return found;
  }
  return [];
}

function documentOf(root: ParentNode): Document {
  return (root as Node).nodeType === 9
    ? (root as Document)
    : ((root as Node).ownerDocument as Document);
}

function findUnits(root: ParentNode): Element[] {
  const structured = unitsIn(root, STRUCTURED);
  const inside = (unit: Element): boolean =>
    (root as Node) === unit || (root as Node).contains(unit);
  const fallback = fallbackUnits(documentOf(root)).filter(inside);
  return inDocumentOrder([...structured, ...fallback]);
}

function unitOf(node: Node): Element | null {
  const structured = closestOf(node, STRUCTURED);
  if (structured) return structured;
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (!doc) return null;
  return fallbackUnits(doc).find((unit) => unit === node || unit.contains(node)) ?? null;
}

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, GENERIC_SELECTORS.hidden);
}

/** Own parts of a structured unit. */
const own = (unit: Element, selectors: readonly string[]): Element[] =>
  ownAll(unit, selectors, STRUCTURED);
const firstOwn = (unit: Element, selectors: readonly string[]): Element | null =>
  ownFirst(unit, selectors, STRUCTURED);

/** Keeps only elements not inside another kept one (`li > p` counts once). */
function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

function fallbackBody(unit: Element): Element[] {
  const notContent = GENERIC_SELECTORS.notContent.join(',');
  const blocks = queryAllOf(unit, GENERIC_SELECTORS.fallbackBlocks).filter((el) => {
    const region = el.closest(notContent);
    return (
      closestOf(el, STRUCTURED) === null && !(region && unit.contains(region)) && !isHiddenText(el)
    );
  });
  return outermost(blocks);
}

/** Forum subjects of replies ("Re: …") repeat the topic's title: not the reply's own words. */
const REPLY_SUBJECT = /^\s*(?:re|rép|réf|aw|sv)\s*:/i;

function bodyOf(unit: Element): Element[] {
  const variant = variantOf(unit);
  if (!variant) return fallbackBody(unit);
  const { title, body } = GENERIC_VARIANTS[variant];
  const subject = firstOwn(unit, title);
  const titleElement = subject && !REPLY_SUBJECT.test(visibleText(subject)) ? subject : null;
  for (const selector of body) {
    const parts = outermost(own(unit, [selector]));
    if (parts.length > 0) return titleElement ? [titleElement, ...parts] : parts;
  }
  return titleElement ? [titleElement] : [];
}

/** A comment is a reply when it sits inside another comment's thread. */
function nestedKind(unit: Element, container: string): UnitKind {
  const item = unit.closest(container);
  return item?.parentElement?.closest(container) ? 'reply' : 'comment';
}

function kindOf(unit: Element, pageUrl: URL): UnitKind {
  switch (variantOf(unit)) {
    case 'wordpressComment':
      return nestedKind(unit, 'li.comment');
    case 'disqus':
      return nestedKind(unit, 'li.post');
    case 'schemaComment':
      return unit.parentElement &&
        closestOf(unit.parentElement, GENERIC_VARIANTS.schemaComment.units)
        ? 'reply'
        : 'comment';
    case 'commentSection':
      return unit.parentElement &&
        closestOf(unit.parentElement, GENERIC_VARIANTS.commentSection.units)
        ? 'reply'
        : 'comment';
    case 'discourse': {
      if (unit.getAttribute('id') === 'post_1') return 'post';
      return unit.querySelector('.reply-to-tab') ? 'reply' : 'comment';
    }
    case 'phpbb': {
      // The topic's opening post is the first one of its first page.
      const first = queryAllOf(unit.ownerDocument, GENERIC_VARIANTS.phpbb.units)[0] === unit;
      const firstPage = (pageUrl.searchParams.get('start') ?? '0') === '0';
      return first && firstPage ? 'post' : 'comment';
    }
    default:
      return 'post';
  }
}

/** A time from whichever attribute the element carries. */
function timeOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const epoch = el.getAttribute('data-time');
  if (epoch && /^\d{10,13}$/.test(epoch)) {
    return new Date(Number(epoch) * (epoch.length === 10 ? 1000 : 1)).toISOString();
  }
  return (
    isoTime(el) ??
    isoTime(el, 'content') ??
    parseWrittenDate(el.getAttribute('title')) ??
    parseWrittenDate(visibleText(el))
  );
}

function handleOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const handle =
    el.getAttribute('data-username') ?? el.getAttribute('data-user-card') ?? visibleText(el);
  return handle ? `@${handle.replace(/^@/, '')}` : undefined;
}

function fallbackMeta(
  unit: Element,
  pageUrl: URL,
): Pick<ExtractedUnit, 'author' | 'timestamp' | 'permalink'> {
  const doc = unit.ownerDocument;
  const byline = unit.querySelector('[rel="author"], .author, .byline [itemprop="name"], .byline');
  const metaAuthor = doc.querySelector('meta[name="author"]')?.getAttribute('content');
  const time =
    unit.querySelector('time[datetime]') ??
    doc.querySelector('meta[property="article:published_time"]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    author: {
      name: (byline ? visibleText(byline, isHiddenText) : undefined) || metaAuthor || undefined,
      url: absoluteUrl(
        byline?.closest('a')?.getAttribute('href') ?? byline?.getAttribute('href'),
        pageUrl,
      ),
    },
    timestamp: timeOf(time),
    permalink: absoluteUrl(canonical, pageUrl) ?? pageUrl.href,
  };
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit);
  const text = joinLines(body.map((el) => blockText(el, isHiddenText)));
  const first = body[0];
  const languageHint = first ? languageOf(first) : languageOf(unit);
  const variant = variantOf(unit);
  if (!variant) {
    return {
      network: 'web',
      kind: 'post',
      ...fallbackMeta(unit, pageUrl),
      text,
      languageHint,
      engagement: {},
    };
  }
  const selectors = GENERIC_VARIANTS[variant];
  const nameElement = firstOwn(unit, selectors.authorName);
  const likes = countIn(firstOwn(unit, selectors.likes)?.textContent);
  const permalink =
    absoluteUrl(firstOwn(unit, selectors.permalink)?.getAttribute('href'), pageUrl) ??
    (variant === 'blogPost'
      ? absoluteUrl(
          unit.ownerDocument.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          pageUrl,
        )
      : undefined);
  return {
    network: 'web',
    kind: kindOf(unit, pageUrl),
    author: {
      name: nameElement ? visibleText(nameElement, isHiddenText) || undefined : undefined,
      handle: handleOf(firstOwn(unit, selectors.authorHandle)),
      url: absoluteUrl(firstOwn(unit, selectors.authorLink)?.getAttribute('href'), pageUrl),
    },
    permalink,
    timestamp: timeOf(firstOwn(unit, selectors.time)),
    text,
    languageHint,
    engagement: likes !== undefined ? { likes } : {},
  };
}

/** WordPress: #respond moved inside this comment's list item means the form answers it. */
function wordpressEditor(unit: Element): HTMLElement | null {
  const item = unit.closest('li.comment');
  const respond = item?.querySelector(':scope > #respond, :scope > .comment-respond');
  return respond ? firstHtml(respond, ['textarea#comment', 'textarea[name="comment"]']) : null;
}

function replyTarget(unit: Element): ReplyTarget {
  const variant = variantOf(unit);
  if (!variant) return { editor: null, opener: null };
  const selectors = GENERIC_VARIANTS[variant];
  const doc = unit.ownerDocument;
  let editor: HTMLElement | null = htmlElement(firstOwn(unit, selectors.replyEditor));
  if (!editor && variant === 'wordpressComment') editor = wordpressEditor(unit);
  if (!editor && variant === 'blogPost') {
    // The post's form is #respond where WordPress prints it, not moved under a comment.
    const pageForm = firstHtml(doc, selectors.pageReplyEditor);
    editor = pageForm && !pageForm.closest('li.comment') ? pageForm : null;
  } else if (!editor) {
    editor = firstHtml(doc, selectors.pageReplyEditor);
  }
  if (editor) return { editor, opener: null };
  return { editor: null, opener: htmlElement(firstOwn(unit, selectors.replyOpener)) };
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  network: 'web',
  matches: [],
  handles: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  findUnits,
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(GENERIC_SELECTORS.hidden),
  extract,
  replyTarget,
};
