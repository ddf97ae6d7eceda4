/**
 * YouTube comments (watch page, Shorts comments panel) and channel posts
 * ("Posts"/community tab). YouTube renders with Polymer custom elements in the
 * light DOM (shady DOM, `style-scope` classes), so the adapter keys on element
 * names and the stable ids inside them (`#author-text`, `#content-text`,
 * `#published-time-text a[href*="lc="]`, `#vote-count-middle`, `#reply-button-end`).
 *
 * Units: comments, replies (inside `ytd-comment-replies-renderer`) and channel
 * posts. YouTube prints only relative times ("il y a 2 jours"), so there is no
 * timestamp; comments carry no `lang`.
 */
import { queryFirst } from './dom';
import {
  closestUnit,
  countOf,
  definedOnly,
  isOnHost,
  isScreenReaderOnly,
  keepingParams,
  queryOwnedFirst,
  queryUnits,
  readText,
  screenReaderOnlyCandidates,
  withoutQuery,
} from './dom-extra';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

const HOSTS = ['www.youtube.com', 'm.youtube.com', 'youtube.com'] as const;

export const YOUTUBE_SELECTORS = {
  comment: [
    // 2024– comments and replies (view-model rewrite).
    'ytd-comment-view-model',
    // ≤2023 comments and replies; still served to some accounts/experiments.
    'ytd-comment-renderer',
    // m.youtube.com comments (unverified fallback: no fixture reproduces the mobile site).
    'ytm-comment-renderer',
  ],
  post: [
    // Channel "Posts" tab (community posts), 2019–.
    'ytd-backstage-post-renderer',
    // Posts shown in search/home shelves.
    'ytd-post-renderer',
  ],
  /** Replies live in the thread's replies renderer, after the comment they answer. */
  repliesContainer: ['ytd-comment-replies-renderer', 'ytm-comment-replies-renderer'],
  thread: ['ytd-comment-thread-renderer', 'ytm-comment-thread-renderer'],
  body: [
    // 2024– attributed string; ≤2023 formatted string; both have id="content-text".
    '#content-text',
    // m.youtube.com.
    '.comment-text',
  ],
  author: [
    // The channel owner's own comments show a badge chip instead of #author-text.
    'ytd-author-comment-badge-renderer a[href]',
    '#author-text',
    // m.youtube.com.
    '.comment-title a[href]',
  ],
  permalink: [
    // "il y a 2 jours" links to the comment: /watch?v=<video>&lc=<comment>[.<reply>].
    '#published-time-text a[href]',
    'a[href*="lc="]',
    // Channel posts: /post/<id>.
    'a[href^="/post/"]',
  ],
  likes: [
    // Visible count ("1,2 k"), labelled "1,2 k J’aime".
    '#vote-count-middle',
  ],
  repliesButton: [
    // "2 réponses" toggle of a thread (outside the comment itself).
    '#more-replies button',
    '#more-replies',
  ],
  postComments: [
    // Channel post: the comment button shows the comment count.
    '#reply-button-end button',
  ],
  replyButton: [
    '#reply-button-end button',
    // ≤2023 paper button.
    '#reply-button-end tp-yt-paper-button',
    '#reply-button-end',
  ],
  editor: [
    // Reply box opened under the comment (ytd-commentbox in #reply-dialog).
    '#reply-dialog #contenteditable-root[contenteditable="true"]',
    '#contenteditable-root[contenteditable="true"]',
  ],
  /** "Lire la suite / Read more" and "Moins / Show less" around a clamped text. */
  expanderButtons: ['tp-yt-paper-button#more', 'tp-yt-paper-button#less', '#more', '#less'],
} as const;

const UNIT_SELECTORS = [...YOUTUBE_SELECTORS.comment, ...YOUTUBE_SELECTORS.post];

function unitOf(node: Node): Element | null {
  return closestUnit(node, UNIT_SELECTORS);
}

function isPost(unit: Element): boolean {
  return unit.matches(YOUTUBE_SELECTORS.post.join(','));
}

function kindOf(unit: Element): UnitKind {
  if (isPost(unit)) return 'post';
  return unit.closest(YOUTUBE_SELECTORS.repliesContainer.join(',')) || unit.hasAttribute('is-reply')
    ? 'reply'
    : 'comment';
}

function isHiddenText(el: Element): boolean {
  return isScreenReaderOnly(el) || el.matches(YOUTUBE_SELECTORS.expanderButtons.join(','));
}

function bodyOf(unit: Element): Element[] {
  const body = queryOwnedFirst(unit, YOUTUBE_SELECTORS.body, unitOf);
  return body ? [body] : [];
}

function author(unit: Element, pageUrl: URL): ExtractedUnit['author'] {
  const link = queryOwnedFirst(unit, YOUTUBE_SELECTORS.author, unitOf);
  if (!link) return {};
  const href = link.getAttribute('href');
  const handle = /^\/(@[^/?#]+)/.exec(href ?? '')?.[1];
  return definedOnly({
    name: readText(link, { skip: isHiddenText }) || undefined,
    handle: handle ? decodeURIComponent(handle) : undefined,
    url: withoutQuery(href, pageUrl),
  });
}

function permalinkOf(unit: Element, pageUrl: URL): string | undefined {
  const link = queryOwnedFirst(unit, YOUTUBE_SELECTORS.permalink, unitOf);
  const href = link?.getAttribute('href');
  if (isPost(unit)) return withoutQuery(href, pageUrl);
  return keepingParams(href, pageUrl, ['v', 'lc']);
}

function engagement(unit: Element): ExtractedUnit['engagement'] {
  const likes = countOf(queryOwnedFirst(unit, YOUTUBE_SELECTORS.likes, unitOf));
  if (isPost(unit)) {
    return definedOnly({
      likes,
      replies: countOf(queryOwnedFirst(unit, YOUTUBE_SELECTORS.postComments, unitOf)),
    });
  }
  // A thread's "2 réponses" toggle belongs to its top-level comment.
  const thread =
    kindOf(unit) === 'comment' ? unit.closest(YOUTUBE_SELECTORS.thread.join(',')) : null;
  const repliesButton = thread ? queryFirst(thread, YOUTUBE_SELECTORS.repliesButton) : null;
  return definedOnly({ likes, replies: countOf(repliesButton) });
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit)[0];
  return definedOnly({
    network: 'youtube' as const,
    kind: kindOf(unit),
    author: author(unit, pageUrl),
    permalink: permalinkOf(unit, pageUrl),
    // Attributed strings are white-space: pre-wrap: newlines in them are line breaks.
    text: body ? readText(body, { skip: isHiddenText, preformatted: true }) : '',
    engagement: engagement(unit),
  });
}

function replyTarget(unit: Element): ReplyTarget {
  return {
    editor: queryOwnedFirst(unit, YOUTUBE_SELECTORS.editor, unitOf) as HTMLElement | null,
    opener: queryOwnedFirst(unit, YOUTUBE_SELECTORS.replyButton, unitOf) as HTMLElement | null,
  };
}

export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',
  network: 'youtube',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => isOnHost(url, HOSTS),
  findUnits: (root) => queryUnits(root, UNIT_SELECTORS),
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: screenReaderOnlyCandidates(YOUTUBE_SELECTORS.expanderButtons),
  extract,
  replyTarget,
};
