/**
 * Instagram web. Posts are `<article>`s (home feed, post page, post dialog);
 * comments and replies are list items under the post. Classes are hashed
 * (`_a9zj`, `_ap3a`…) or atomic (`x1lliihq …`), so the stable hooks are the
 * `article`, link shapes (`/p/<code>/`, `/reel/<code>/`, comment permalinks
 * `/p/<code>/c/<id>/`), `time[datetime]`, `h1` for a caption on the post page,
 * the comment `textarea[aria-label]`, and the hashed classes as a first choice
 * with structural fallbacks.
 */
import { absoluteUrl, isoTime } from './dom';
import {
  closestUnit,
  definedOnly,
  isOnHost,
  isScreenReaderOnly,
  queryOwned,
  queryOwnedByText,
  queryOwnedFirst,
  queryUnits,
  readCount,
  readText,
  screenReaderOnlyCandidates,
  withoutQuery,
} from './dom-extra';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

const HOSTS = ['www.instagram.com', 'instagram.com'] as const;

export const INSTAGRAM_SELECTORS = {
  post: [
    // 2019– home feed posts, the post page and the post dialog all wrap the post in <article>.
    'article',
  ],
  comment: [
    // 2022–2024 hashed layout: one li._a9zj per comment or reply (the caption is one too, with an h1).
    'li._a9zj',
    // Any list item holding a comment permalink's time: survives class renames.
    'li:has(a[href*="/c/"] time[datetime])',
  ],
  /** The caption row of the post page's comment list: part of the post, not a comment. */
  captionRow: ['h1', 'h2'],
  body: [
    // Post page caption (2022–): the caption is the page's h1.
    'h1[dir="auto"]',
    // Feed captions and comments (2022–2024): the text span inside the _a9zs block.
    'div._a9zs > span[dir="auto"]',
    'div._a9zs',
    // Atomic-class layout (late 2024–): comment/caption text spans carry dir=auto and a line clamp.
    'span[dir="auto"][style*="line-clamp"]',
  ],
  permalink: [
    // Comment and reply permalinks hold their time: /p/<code>/c/<id>/(r/<id>/).
    'a[href*="/c/"]:has(time)',
    // Post permalink around the post's time.
    'a[href*="/p/"]:has(time)',
    'a[href*="/reel/"]:has(time)',
    // Posts whose time is not in a link (ads, some reels).
    'a[href^="/p/"]',
    'a[href^="/reel/"]',
  ],
  time: ['time[datetime]'],
  likes: [
    // "1 234 mentions J’aime" / "1,234 likes" under a post.
    'a[href$="/liked_by/"]',
  ],
  commentsLink: [
    // "Afficher les 48 commentaires" / "View all 48 comments" under a feed post.
    'a[href$="/comments/"]',
  ],
  buttons: ['button', '[role="button"]'],
  commentIcon: [
    // The speech-bubble button under a post ("Commenter" / "Comment").
    'svg[aria-label="Commenter"]',
    'svg[aria-label="Comment"]',
  ],
  editor: [
    // The post's comment box ("Ajouter un commentaire…" / "Add a comment…"); replies use it too.
    'form textarea[aria-label]',
    'textarea[aria-label]',
  ],
} as const;

/** "plus" / "more" after a truncated caption: UI, not text. */
const MORE_TOGGLE = /^(?:plus|more|\.\.\. ?plus|… ?plus|voir plus)$/i;
const REPLY_BUTTON = /^(?:Répondre|Reply)$/i;
const COMMENT_LIKES = /(\d[\d\s\u00a0\u202f.,]*\s*[kKM]?)\s*(?:mentions? J[’']aime|likes?)$/i;
/** A profile link: one path segment that is a username. */
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
const NON_PROFILE_SEGMENTS = ['explore', 'reels', 'direct', 'accounts', 'stories', 'p', 'reel'];

const UNIT_SELECTORS = [...INSTAGRAM_SELECTORS.post, ...INSTAGRAM_SELECTORS.comment];

function acceptUnit(el: Element): boolean {
  if (el.tagName === 'ARTICLE') return true;
  // The caption row is the post's own text.
  if (el.querySelector(INSTAGRAM_SELECTORS.captionRow.join(','))) return false;
  // A list item that wraps a replies list is a container, not a comment.
  return !el.querySelector(INSTAGRAM_SELECTORS.comment.join(','));
}

function unitOf(node: Node): Element | null {
  return closestUnit(node, UNIT_SELECTORS, acceptUnit);
}

function isComment(unit: Element): boolean {
  return unit.tagName !== 'ARTICLE';
}

function kindOf(unit: Element): UnitKind {
  if (!isComment(unit)) return 'post';
  // Replies sit in a list nested in the item of the comment they answer.
  const post = unit.closest('article');
  const outerItem = unit.parentElement?.closest('li');
  return outerItem && (!post || post.contains(outerItem)) ? 'reply' : 'comment';
}

function isHiddenText(el: Element): boolean {
  if (isScreenReaderOnly(el)) return true;
  return el.getAttribute('role') === 'button' && MORE_TOGGLE.test((el.textContent ?? '').trim());
}

function bodyOf(unit: Element): Element[] {
  const body = queryOwnedFirst(unit, INSTAGRAM_SELECTORS.body, unitOf);
  return body ? [body] : [];
}

/** The author's profile link: the first owned link to a username that shows text. */
function authorLink(unit: Element): Element | null {
  const body = bodyOf(unit)[0];
  return (
    queryOwned(unit, ['a[href]'], unitOf).find((link) => {
      if (body?.contains(link)) return false;
      const segment = PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
      return (
        segment !== undefined &&
        !NON_PROFILE_SEGMENTS.includes(segment) &&
        // The avatar link holds only an image.
        (link.textContent ?? '').trim().length > 0
      );
    }) ?? null
  );
}

function author(unit: Element, pageUrl: URL): ExtractedUnit['author'] {
  const link = authorLink(unit);
  if (!link) return {};
  const username = PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
  return definedOnly({
    name: readText(link, { skip: isHiddenText }) || undefined,
    handle: username ? `@${username}` : undefined,
    url: absoluteUrl(link.getAttribute('href'), pageUrl),
  });
}

function permalinkOf(unit: Element, pageUrl: URL): string | undefined {
  const selectors = isComment(unit)
    ? INSTAGRAM_SELECTORS.permalink.slice(0, 1)
    : INSTAGRAM_SELECTORS.permalink.slice(1);
  const link = queryOwnedFirst(unit, selectors, unitOf);
  return withoutQuery(link?.getAttribute('href'), pageUrl);
}

function engagement(unit: Element): ExtractedUnit['engagement'] {
  if (isComment(unit)) {
    const likes = queryOwnedByText(
      unit,
      INSTAGRAM_SELECTORS.buttons,
      COMMENT_LIKES,
      unitOf,
    )?.textContent;
    return definedOnly({ likes: readCount(COMMENT_LIKES.exec(likes?.trim() ?? '')?.[1]) });
  }
  return definedOnly({
    likes: readCount(queryOwnedFirst(unit, INSTAGRAM_SELECTORS.likes, unitOf)?.textContent),
    replies: readCount(
      queryOwnedFirst(unit, INSTAGRAM_SELECTORS.commentsLink, unitOf)?.textContent,
    ),
  });
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit)[0];
  return definedOnly({
    network: 'instagram' as const,
    kind: kindOf(unit),
    author: author(unit, pageUrl),
    permalink: permalinkOf(unit, pageUrl),
    timestamp: isoTime(queryOwnedFirst(unit, INSTAGRAM_SELECTORS.time, unitOf)),
    text: body ? readText(body, { skip: isHiddenText, blocks: true }) : '',
    engagement: engagement(unit),
  });
}

/**
 * Instagram has one comment box per post; replying to a comment means pressing
 * its "Répondre" first (which prefills "@user " and links the reply). So a post
 * gets the box, a comment gets its reply button.
 */
function replyTarget(unit: Element): ReplyTarget {
  if (isComment(unit)) {
    const opener = queryOwnedByText(unit, INSTAGRAM_SELECTORS.buttons, REPLY_BUTTON, unitOf);
    return { editor: null, opener: opener as HTMLElement | null };
  }
  const editor = queryOwnedFirst(unit, INSTAGRAM_SELECTORS.editor, unitOf);
  const icon = queryOwnedFirst(unit, INSTAGRAM_SELECTORS.commentIcon, unitOf);
  return {
    editor: editor as HTMLElement | null,
    opener: (icon?.closest('[role="button"], button') ?? null) as HTMLElement | null,
  };
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  network: 'instagram',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => isOnHost(url, HOSTS),
  findUnits: (root) => queryUnits(root, UNIT_SELECTORS, acceptUnit),
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: screenReaderOnlyCandidates(['[role="button"]']),
  extract,
  replyTarget,
};
