/**
 * old.reddit.com: server-rendered "things". Every post and comment is a
 * `.thing` div carrying its facts as data attributes (author, permalink,
 * score, comment count); a comment's replies live in its `.child > .sitetable`,
 * so a unit's own parts are found through its `.entry`, never its `.child`.
 */
import { absoluteUrl, closestOf, isoTime } from './dom';
import {
  blockText,
  firstHtml,
  htmlElement,
  integerOf,
  isMarkupHidden,
  joinLines,
  markupHiddenCandidates,
  matchesAny,
  ownFirst,
  unitsIn,
} from './dom-web';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

export const REDDIT_OLD_SELECTORS = {
  /** Post units (listings and the comments page). */
  post: [
    '.thing.link:not(.promoted)', // listings and the post atop a comments page; ads are not mentions
  ],
  /** Comment units, replies included. */
  comment: [
    '.thing.comment', // old.reddit comment tree; `.morechildren` stubs are not things of this type
  ],
  /** A post's title. */
  postTitle: [
    ':scope > .entry .top-matter p.title a.title', // 2010s–today link listing
    ':scope > .entry a.title', // compact/custom subreddit styles
  ],
  /** A unit's text: selftext on the comments page, comment markdown. */
  body: [
    ':scope > .entry .usertext-body .md', // selftext and comment body (form.usertext > .usertext-body > .md)
  ],
  /** A unit's time. */
  time: [
    ':scope > .entry .tagline time[datetime]', // "submitted 3 hours ago" / comment tagline
  ],
  /** Comment score as printed (posts use `data-score`). */
  commentScore: [
    ':scope > .entry .tagline .score.unvoted[title]', // the title holds the exact count
  ],
  /** Author link in the tagline, when `data-author` is missing. */
  authorLink: [
    ':scope > .entry .tagline a.author', // linked author
  ],
  /** The permalink button, when `data-permalink` is missing. */
  permalinkLink: [
    ':scope > .entry .buttons a.bylink[data-event-action="permalink"]', // comments
    ':scope > .entry .buttons a.bylink.comments', // posts: "42 comments"
  ],
  /** A comment's reply form, cloned under the comment when "reply" is clicked. */
  commentReplyEditor: [
    ':scope > .child > form.usertext textarea[name="text"]', // the clone old.reddit inserts
  ],
  /** The page's top-level comment form (reply to the post). */
  postReplyEditor: [
    '.commentarea > form.usertext textarea[name="text"]', // comments page, logged in
    '.commentarea form.usertext.cloneable textarea[name="text"]', // when the theme wraps it
  ],
  /** The "reply" link of a comment. */
  commentReplyOpener: [
    ':scope > .entry .buttons .reply-button a', // "reply"
    ':scope > .entry .buttons a[onclick*="reply"]', // themes without the li class
  ],
  /** Where a listing post's comments (and form) are. */
  postCommentsLink: [
    ':scope > .entry .buttons a.comments', // "42 comments"
  ],
  /** Text that is not the author's: hidden expandos, edit forms, screen-reader labels. */
  hidden: [
    '.usertext-edit', // the edit textarea the author sees under their own posts
    '.expando-uninitialized', // listing selftext not loaded yet (its HTML sits in an attribute)
    '.reportform', // report form placeholder
  ],
} as const satisfies Record<string, readonly string[]>;

const UNITS: readonly string[] = [...REDDIT_OLD_SELECTORS.post, ...REDDIT_OLD_SELECTORS.comment];

function isPost(unit: Element): boolean {
  return matchesAny(unit, REDDIT_OLD_SELECTORS.post);
}

const firstOwn = (unit: Element, selectors: readonly string[]): Element | null =>
  ownFirst(unit, selectors, UNITS);

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, REDDIT_OLD_SELECTORS.hidden);
}

function bodyOf(unit: Element): Element[] {
  const body = firstOwn(unit, REDDIT_OLD_SELECTORS.body);
  if (!isPost(unit)) return body ? [body] : [];
  const title = firstOwn(unit, REDDIT_OLD_SELECTORS.postTitle);
  return [title, body].filter((el): el is Element => el !== null);
}

function kindOf(unit: Element): UnitKind {
  if (isPost(unit)) return 'post';
  // A top-level comment's parent thing is the post's comment area, not another comment.
  const parentThing = unit.parentElement?.closest('.thing');
  return parentThing && matchesAny(parentThing, REDDIT_OLD_SELECTORS.comment) ? 'reply' : 'comment';
}

function realAuthor(name: string | null | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed && !/^\[.*\]$/.test(trimmed) ? trimmed : undefined;
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const authorLink = firstOwn(unit, REDDIT_OLD_SELECTORS.authorLink);
  const name = realAuthor(unit.getAttribute('data-author') ?? authorLink?.textContent);
  const permalink =
    unit.getAttribute('data-permalink') ??
    firstOwn(unit, REDDIT_OLD_SELECTORS.permalinkLink)?.getAttribute('href');
  const post = isPost(unit);
  const score = post
    ? integerOf(unit.getAttribute('data-score'))
    : integerOf(firstOwn(unit, REDDIT_OLD_SELECTORS.commentScore)?.getAttribute('title'));
  const comments = post ? integerOf(unit.getAttribute('data-comments-count')) : undefined;
  const skip = (el: Element): boolean => isHiddenText(el) || matchesAny(el, UNITS);
  const timestamp =
    isoTime(firstOwn(unit, REDDIT_OLD_SELECTORS.time)) ??
    fromEpochMs(unit.getAttribute('data-timestamp'));
  return {
    network: 'reddit',
    kind: kindOf(unit),
    author: {
      name,
      handle: name ? `u/${name}` : undefined,
      url: name
        ? (absoluteUrl(authorLink?.getAttribute('href'), pageUrl) ??
          absoluteUrl(`/user/${encodeURIComponent(name)}`, pageUrl))
        : undefined,
    },
    permalink: absoluteUrl(permalink, pageUrl),
    timestamp,
    text: joinLines(bodyOf(unit).map((el) => blockText(el, skip))),
    // old.reddit marks no language on posts; `<html lang>` is the interface language.
    languageHint: undefined,
    engagement: {
      ...(score !== undefined ? { likes: score } : {}),
      ...(comments !== undefined ? { replies: comments } : {}),
    },
  };
}

/** `data-timestamp` on listing things is epoch milliseconds. */
function fromEpochMs(raw: string | null): string | undefined {
  const ms = raw ? Number(raw) : Number.NaN;
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : undefined;
}

function replyTarget(unit: Element): ReplyTarget {
  if (!isPost(unit)) {
    const editor = htmlElement(firstOwn(unit, REDDIT_OLD_SELECTORS.commentReplyEditor));
    if (editor) return { editor, opener: null };
    return {
      editor: null,
      opener: htmlElement(firstOwn(unit, REDDIT_OLD_SELECTORS.commentReplyOpener)),
    };
  }
  // The post's form is the comment area's first form; it only exists on the comments page.
  const onCommentsPage =
    unit.closest('.sitetable.linklisting') !== null &&
    unit.ownerDocument.querySelector('.commentarea') !== null;
  const editor = onCommentsPage
    ? firstHtml(unit.ownerDocument, REDDIT_OLD_SELECTORS.postReplyEditor)
    : null;
  if (editor) return { editor, opener: null };
  return {
    editor: null,
    opener: htmlElement(firstOwn(unit, REDDIT_OLD_SELECTORS.postCommentsLink)),
  };
}

export const redditOldAdapter: SiteAdapter = {
  id: 'reddit-old',
  network: 'reddit',
  matches: ['https://old.reddit.com/*'],
  handles: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'old.reddit.com',
  findUnits: (root) => unitsIn(root, UNITS),
  unitOf: (node) => closestOf(node, UNITS),
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(REDDIT_OLD_SELECTORS.hidden),
  extract,
  replyTarget,
};
