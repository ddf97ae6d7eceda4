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
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

/** One engine's markup: how to find its units and read them. */
interface Variant {
  /** Units of this variant. */
  units: readonly string[];
  /** Title elements (posts). */
  title: readonly string[];
  /** Body elements; the first selector that finds any wins, all its matches are kept. */
  body: readonly string[];
  authorName: readonly string[];
  /** Profile link of the author (href). */
  authorLink: readonly string[];
  /** Element with the author's handle in `data-username`/`data-user-card`, or as text. */
  authorHandle: readonly string[];
  /** Time: `datetime`, `content`, `data-time` (epoch ms) or a written-out `title`. */
  time: readonly string[];
  permalink: readonly string[];
  likes: readonly string[];
  /** Reply editor inside the unit (or its comment item), then on the page. */
  replyEditor: readonly string[];
  pageReplyEditor: readonly string[];
  replyOpener: readonly string[];
}

const NONE: readonly string[] = [];

export const GENERIC_VARIANTS = {
  /** WordPress `wp_list_comments()` (HTML5 `article.comment-body`; older themes `div.comment-body`). */
  wordpressComment: {
    units: [
      'li.comment > article.comment-body', // WordPress 3.6+ HTML5 comment markup
      'li.comment > div.comment-body', // html4 markup of older themes
    ],
    title: NONE,
    body: [
      '.comment-content', // HTML5 markup
      ':scope > p', // html4 markup: paragraphs right in div.comment-body
    ],
    authorName: ['.comment-author .fn', '.comment-author cite'],
    authorLink: ['.comment-author .fn a.url', '.comment-author a.url'],
    authorHandle: NONE,
    time: ['.comment-metadata time[datetime]', 'time[datetime]', '.commentmetadata a'],
    permalink: ['.comment-metadata a[href*="#comment-"]', '.commentmetadata a[href*="#comment-"]'],
    likes: NONE,
    // comment-reply.js moves #respond right under the comment being answered.
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: ['a.comment-reply-link'],
  },
  /** Disqus embed (the disqus.com/embed/comments frame). */
  disqus: {
    units: [
      '[data-role="post-content"]', // 2017– embed (role=article div in li.post)
    ],
    title: NONE,
    body: ['[data-role="message"]', '.post-message'],
    authorName: ['.post-byline .author a', '.post-byline .author'],
    authorLink: ['.post-byline .author a[href]'],
    authorHandle: ['.post-byline [data-username]'],
    time: ['a.time-ago[title]', '[data-role="relative-time"][title]'],
    permalink: ['a.time-ago[href]', 'a[data-role="relative-time"][href]'],
    likes: ['[data-action="upvote"] [data-role="likes"]', '.vote-up .count'],
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: ['a[data-action="reply"]', '.reply a'],
  },
  /** Discourse topic view (Ember app). */
  discourse: {
    units: [
      '.topic-post article[data-post-id]', // Discourse 2.x–3.x post stream
    ],
    title: NONE,
    body: ['.cooked'],
    authorName: ['.names .full-name a', '.names .first a', '.names a[data-user-card]'],
    authorLink: ['.names a[href^="/u/"]', '.names a[data-user-card]'],
    authorHandle: ['.names a[data-user-card]'],
    time: ['.post-date [data-time]', '.relative-date[data-time]'],
    permalink: ['a.post-date[href]', '.post-info.post-date a[href]'],
    likes: ['.post-controls .like-count', 'button.like-count'],
    replyEditor: NONE,
    // The composer docks at the bottom of the page once a Reply button is pressed.
    pageReplyEditor: ['#reply-control.open textarea.d-editor-input'],
    replyOpener: ['.post-controls button.reply', 'button.reply'],
  },
  /** phpBB 3.x prosilver topic view (posts alternate bg1/bg2). */
  phpbb: {
    units: [
      'div.post.has-profile', // phpBB 3.1+ prosilver
      'div.post.bg1', // prosilver posts without a profile column
      'div.post.bg2',
    ],
    title: ['.postbody h3'],
    body: ['.postbody .content', '.content'],
    authorName: [
      '.postprofile .username',
      '.postprofile .username-coloured',
      'p.author .username',
      'p.author .username-coloured',
    ],
    authorLink: ['.postprofile a.username[href]', '.postprofile a.username-coloured[href]'],
    authorHandle: NONE,
    time: ['p.author time[datetime]', '.author time[datetime]'],
    permalink: ['.postbody h3 a[href*="#p"]', 'p.author a[href*="#p"]'],
    likes: NONE,
    replyEditor: NONE,
    // Quick reply answers the topic from under the last post.
    pageReplyEditor: ['#qr_postform textarea[name="message"]', 'textarea#message[name="message"]'],
    replyOpener: ['.post-buttons a[href*="mode=quote"]'],
  },
  /** schema.org microdata comments (news sites, forums' crawler views). */
  schemaComment: {
    units: [
      '[itemprop="comment"]', // comment nested in its article/comment item
      '[itemtype*="schema.org/Comment"]', // comment item on its own
    ],
    title: NONE,
    body: ['[itemprop="text"]', '[itemprop="commentText"]'],
    authorName: ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]'],
    authorLink: ['[itemprop="author"] a[itemprop="url"]', '[itemprop="author"] a[href]'],
    authorHandle: NONE,
    time: ['[itemprop="dateCreated"]', '[itemprop="datePublished"]'],
    permalink: ['a[itemprop="url"]'],
    likes: ['[itemprop="upvoteCount"]'],
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: NONE,
  },
  /** Comment sections of other engines: articles listed under a comments container. */
  commentSection: {
    units: [
      '#comments article:not(.comment-body)', // comments area of most blog themes
      '.comments article', // news sites' comment lists
      '.comment-list article:not(.comment-body)', // themes overriding wp_list_comments()
    ],
    title: NONE,
    body: ['.comment-content', '.comment-body', '.comment__body', '.comment-text', 'p'],
    authorName: ['.comment-author', '.comment__author', '[rel="author"]', '.author'],
    authorLink: ['.comment-author a[href]', 'a[rel="author"]'],
    authorHandle: NONE,
    time: ['time[datetime]'],
    permalink: ['a[href*="#comment"]'],
    likes: NONE,
    replyEditor: NONE,
    pageReplyEditor: NONE,
    replyOpener: ['a[href*="replytocom"]', 'button.reply', 'a.reply'],
  },
  /** A blog or news article with engine markup (WordPress `article.post`, hAtom, schema.org). */
  blogPost: {
    units: [
      'article[id^="post-"]', // WordPress post_class() article
      'article.hentry', // hAtom (WordPress, Blogger, Dotclear)
      'article.type-post', // WordPress themes without the id
      '[itemtype*="schema.org/BlogPosting"]', // microdata blogs
      '[itemtype*="schema.org/NewsArticle"]', // microdata news sites
    ],
    title: ['.entry-title', '[itemprop="headline"]'],
    body: ['.entry-content', '[itemprop="articleBody"]', '.post-content', '.article-body'],
    authorName: [
      '.entry-meta .author .fn',
      '.byline .author',
      '[itemprop="author"] [itemprop="name"]',
      '[rel="author"]',
    ],
    authorLink: ['.entry-meta .author a[href]', 'a[rel="author"]'],
    authorHandle: NONE,
    time: [
      'time.entry-date[datetime]',
      'time.published[datetime]',
      '[itemprop="datePublished"]',
      'time[datetime]',
    ],
    permalink: ['.entry-title a[rel="bookmark"]', 'a[rel="bookmark"]'],
    likes: NONE,
    replyEditor: NONE,
    // WordPress's comment form, when it sits at the end of the comments (not moved under one).
    pageReplyEditor: ['#respond textarea#comment', 'textarea#comment[name="comment"]'],
    replyOpener: ['a[href$="#respond"]', '.comments-link a'],
  },
} as const satisfies Record<string, Variant>;

type VariantName = keyof typeof GENERIC_VARIANTS;

export const GENERIC_SELECTORS = {
  /** Last resort: an article, else the main region, read as one post. */
  fallbackUnits: [
    'article', // HTML5 article element
    'main', // the main region when no article
    '[role="main"]', // pre-HTML5 landmark
  ],
  /** Blocks whose text makes up a fallback post. */
  fallbackBlocks: ['h1', 'h2', 'h3', 'p', 'li', 'blockquote', 'figcaption', 'pre'],
  /** Regions of a page that are not its content (bylines say who wrote it, not what). */
  notContent: [
    'nav',
    'aside',
    'form',
    'footer',
    '[role="navigation"]',
    '[role="complementary"]',
    '[class*="byline"]',
  ],
  /** UI chrome and share widgets that sit inside content. */
  hidden: [
    'button',
    'a.more-link', // WordPress "Lire la suite" / "Continue reading" on excerpts
    '.sharedaddy', // Jetpack share buttons inside .entry-content
    '.jp-relatedposts', // Jetpack related posts
    '.addtoany_share_save_container', // AddToAny
    '.post-edit-link',
    '.cooked aside.quote > .title', // Discourse "user:" line above a quote
    '.content blockquote > div > cite', // phpBB "X a écrit :" line above a quote
  ],
} as const satisfies Record<string, readonly string[]>;

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
