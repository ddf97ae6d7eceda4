/**
 * TikTok web (www.tiktok.com). Class names are styled-components hashes with a
 * readable suffix (`css-1i7ohvi-DivCommentItemContainer`), so the adapter keys
 * on `data-e2e` test hooks first, on the readable class suffixes next
 * (`[class*="DivCommentContentContainer"]`), and on link shapes (`/@user`,
 * `/@user/video/<id>`).
 *
 * Units: the video's caption (a post: on the video page and in the For You
 * feed), comments and replies. TikTok prints relative dates only, but video and
 * comment ids are time-ordered (the high 32 bits are Unix seconds), so
 * `timestamp` comes from the video URL and the comment element's id. Comments
 * have no permalink of their own in the page.
 */
import { absoluteUrl, queryAllOf, queryFirst } from './dom';
import {
  closestUnit,
  countOf,
  definedOnly,
  isOnHost,
  isScreenReaderOnly,
  queryOwnedFirst,
  queryUnits,
  readText,
  screenReaderOnlyCandidates,
  timeFromId,
  withoutQuery,
} from './dom-extra';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

const HOSTS = ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'] as const;

export const TIKTOK_SELECTORS = {
  post: [
    // For You / Following feed item (2022–).
    '[data-e2e="recommend-list-item-container"]',
    // Video page: the author + caption + actions card (2023–).
    '[class*="DivDescriptionContentWrapper"]',
  ],
  comment: [
    // 2023– one container per comment or reply; its id is the comment id.
    '[class*="DivCommentContentContainer"]',
    // Class-agnostic fallback: an element whose id is a comment id and that holds a comment text hook.
    'div[id]:has([data-e2e^="comment-level-"])',
  ],
  /** A comment and its replies (the reply input opens in here). */
  thread: ['[class*="DivCommentItemContainer"]', '[class*="DivCommentObjectWrapper"]'],
  commentText: [
    // p (2022–23) or span (2024–) carrying the level: 1 = comment, 2 = reply.
    '[data-e2e="comment-level-1"]',
    '[data-e2e="comment-level-2"]',
  ],
  caption: [
    // Video page caption (2023–).
    '[data-e2e="browse-video-desc"]',
    // Feed caption.
    '[data-e2e="video-desc"]',
  ],
  commentAuthorName: ['[data-e2e="comment-username-1"]', '[data-e2e="comment-username-2"]'],
  postAuthorName: [
    // Video page: nickname is the first span of the nickname line ("Acme Air · 2j").
    '[data-e2e="browser-nickname"] > span:first-child',
    // Feed.
    '[data-e2e="video-author-nickname"]',
  ],
  postUsername: ['[data-e2e="browse-username"]', '[data-e2e="video-author-uniqueid"]'],
  profileLink: ['a[href^="/@"]', 'a[href*="tiktok.com/@"]'],
  videoLink: ['a[href*="/video/"]'],
  likes: [
    '[data-e2e="comment-like-count"]',
    // 2024– video actions; 2022–2023 video page.
    '[data-e2e="like-count"]',
    '[data-e2e="browse-like-count"]',
  ],
  comments: ['[data-e2e="comment-count"]', '[data-e2e="browse-comment-count"]'],
  shares: ['[data-e2e="share-count"]'],
  views: ['[data-e2e="video-views"]'],
  /** "Afficher 3 réponses" / "View 3 replies" under a comment. */
  viewReplies: ['[data-e2e="view-more-1"]'],
  replyButton: ['[data-e2e="comment-reply-1"]', '[data-e2e="comment-reply-2"]'],
  commentIcon: ['[data-e2e="comment-icon"]', '[data-e2e="browse-comment-icon"]'],
  /** The main comment box (Draft.js), at the bottom of the comment column. */
  mainEditor: [
    '[data-e2e="comment-input"] [contenteditable="true"]',
    '[class*="DivCommentInputContainer"] [contenteditable="true"]',
  ],
  /** A reply box opened inside a comment's thread. */
  replyEditor: ['[contenteditable="true"]'],
  /** "plus" / "more" after a clamped caption. */
  expandButton: ['button[class*="ButtonExpand"]', '[data-e2e="video-desc-more"]'],
} as const;

const MORE_TOGGLE = /^(?:plus|more|voir plus|see more)$/i;
/** "Afficher 3 autres réponses" / "View 3 more": replies beyond those already shown. */
const MORE_REPLIES = /\b(?:autres?|more)\b/i;
const VIDEO_PATH = /^\/@([^/]+)\/video\/(\d+)/;
const HANDLE_PATH = /^\/(@[^/?#]+)/;

const UNIT_SELECTORS = [...TIKTOK_SELECTORS.post, ...TIKTOK_SELECTORS.comment];
const CLASS_COMMENT = TIKTOK_SELECTORS.comment[0];

function acceptUnit(el: Element): boolean {
  if (el.matches(TIKTOK_SELECTORS.post.join(','))) return true;
  if (el.matches(CLASS_COMMENT)) return true;
  // Fallback variant: the innermost element carrying a comment id.
  return (
    /^\d{15,20}$/.test(el.id) && !el.querySelector(`div[id]:has([data-e2e^="comment-level-"])`)
  );
}

function unitOf(node: Node): Element | null {
  return closestUnit(node, UNIT_SELECTORS, acceptUnit);
}

function isPost(unit: Element): boolean {
  return unit.matches(TIKTOK_SELECTORS.post.join(','));
}

function kindOf(unit: Element): UnitKind {
  if (isPost(unit)) return 'post';
  return unit.querySelector('[data-e2e="comment-level-2"]') ? 'reply' : 'comment';
}

function isHiddenText(el: Element): boolean {
  if (isScreenReaderOnly(el) || el.matches(TIKTOK_SELECTORS.expandButton.join(','))) return true;
  return el.getAttribute('role') === 'button' && MORE_TOGGLE.test((el.textContent ?? '').trim());
}

function bodyOf(unit: Element): Element[] {
  const selectors = isPost(unit) ? TIKTOK_SELECTORS.caption : TIKTOK_SELECTORS.commentText;
  const body = queryOwnedFirst(unit, selectors, unitOf);
  return body ? [body] : [];
}

function author(unit: Element, pageUrl: URL): ExtractedUnit['author'] {
  const post = isPost(unit);
  const nameEl = queryOwnedFirst(
    unit,
    post ? TIKTOK_SELECTORS.postAuthorName : TIKTOK_SELECTORS.commentAuthorName,
    unitOf,
  );
  const usernameEl = post ? queryOwnedFirst(unit, TIKTOK_SELECTORS.postUsername, unitOf) : null;
  const link = queryOwnedFirst(unit, TIKTOK_SELECTORS.profileLink, unitOf);
  const href = link?.getAttribute('href');
  const path = href ? new URL(absoluteUrl(href, pageUrl) ?? pageUrl.href).pathname : '';
  const fromLink = HANDLE_PATH.exec(path)?.[1];
  const username = usernameEl ? readText(usernameEl, { skip: isHiddenText }) : '';
  const handle = fromLink ? decodeURIComponent(fromLink) : username ? `@${username}` : undefined;
  return definedOnly({
    name: nameEl ? readText(nameEl, { skip: isHiddenText }) || undefined : undefined,
    handle,
    url: handle ? `https://www.tiktok.com/${handle}` : undefined,
  });
}

/** The video of a post unit: its own video link, else the page's when the page is that video. */
function videoUrl(unit: Element, pageUrl: URL): URL | undefined {
  const link = queryOwnedFirst(unit, TIKTOK_SELECTORS.videoLink, unitOf);
  const fromLink = withoutQuery(link?.getAttribute('href'), pageUrl);
  if (fromLink && VIDEO_PATH.test(new URL(fromLink).pathname)) return new URL(fromLink);
  return VIDEO_PATH.test(pageUrl.pathname)
    ? new URL(withoutQuery(pageUrl.href, pageUrl) ?? pageUrl.href)
    : undefined;
}

/** The comment id: the unit's own id, or the first numeric id inside it. */
function commentId(unit: Element): string | undefined {
  if (/^\d{15,20}$/.test(unit.id)) return unit.id;
  return queryAllOf(unit, ['[id]']).find((el) => /^\d{15,20}$/.test(el.id))?.id;
}

/**
 * A comment's replies: "Afficher 2 réponses" before any is shown; once some are
 * shown, "Afficher 3 autres réponses" counts only the rest.
 */
function replyCount(comment: Element): number | undefined {
  const thread =
    kindOf(comment) === 'comment' ? comment.closest(TIKTOK_SELECTORS.thread.join(',')) : null;
  const toggle = thread ? queryFirst(thread, TIKTOK_SELECTORS.viewReplies) : null;
  const hidden = countOf(toggle);
  if (!thread || hidden === undefined) return undefined;
  if (!MORE_REPLIES.test(toggle?.textContent ?? '')) return hidden;
  const shown = queryUnits(thread, UNIT_SELECTORS, acceptUnit).filter(
    (unit) => kindOf(unit) === 'reply',
  ).length;
  return hidden + shown;
}

function engagement(unit: Element): ExtractedUnit['engagement'] {
  const own = (selectors: readonly string[]): number | undefined =>
    countOf(queryOwnedFirst(unit, selectors, unitOf));
  if (isPost(unit)) {
    return definedOnly({
      likes: own(TIKTOK_SELECTORS.likes),
      replies: own(TIKTOK_SELECTORS.comments),
      reposts: own(TIKTOK_SELECTORS.shares),
      views: own(TIKTOK_SELECTORS.views),
    });
  }
  return definedOnly({ likes: own(TIKTOK_SELECTORS.likes), replies: replyCount(unit) });
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit)[0];
  const video = isPost(unit) ? videoUrl(unit, pageUrl) : undefined;
  return definedOnly({
    network: 'tiktok' as const,
    kind: kindOf(unit),
    author: author(unit, pageUrl),
    permalink: video?.href,
    timestamp: video
      ? timeFromId(VIDEO_PATH.exec(video.pathname)?.[2], 32, 's')
      : timeFromId(commentId(unit), 32, 's'),
    text: body ? readText(body, { skip: isHiddenText, blocks: true }) : '',
    engagement: engagement(unit),
  });
}

/** The main comment box of the page, when it is not a reply box inside a thread. */
function mainEditor(doc: Document): HTMLElement | null {
  const threads = TIKTOK_SELECTORS.thread.join(',');
  return (
    (queryAllOf(doc, TIKTOK_SELECTORS.mainEditor).find((editor) => !editor.closest(threads)) as
      | HTMLElement
      | undefined) ?? null
  );
}

function replyTarget(unit: Element): ReplyTarget {
  if (isPost(unit)) {
    // The For You feed has no comment box until the comment panel opens; the video page has one.
    const isFeedItem = unit.matches(TIKTOK_SELECTORS.post[0]);
    const icon = queryOwnedFirst(unit, TIKTOK_SELECTORS.commentIcon, unitOf);
    return {
      editor: isFeedItem ? null : mainEditor(unit.ownerDocument),
      opener: (icon?.closest('button') ?? icon) as HTMLElement | null,
    };
  }
  const thread = unit.closest(TIKTOK_SELECTORS.thread.join(','));
  const editor = thread ? queryFirst<HTMLElement>(thread, TIKTOK_SELECTORS.replyEditor) : null;
  return {
    editor,
    opener: queryOwnedFirst(unit, TIKTOK_SELECTORS.replyButton, unitOf) as HTMLElement | null,
  };
}

export const tiktokAdapter: SiteAdapter = {
  id: 'tiktok',
  network: 'tiktok',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => isOnHost(url, HOSTS),
  findUnits: (root) => queryUnits(root, UNIT_SELECTORS, acceptUnit),
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: screenReaderOnlyCandidates([
    ...TIKTOK_SELECTORS.expandButton,
    '[role="button"]',
  ]),
  extract,
  replyTarget,
};
