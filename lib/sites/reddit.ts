/**
 * Reddit, current web UI ("shreddit": www.reddit.com, sh.reddit.com).
 *
 * Posts and comments are custom elements (`shreddit-post`, `shreddit-comment`)
 * whose shadow roots only lay out slots: everything worth reading is light DOM
 * slotted into them (`[slot="title"]`, `[slot="text-body"]`, `[slot="comment"]`),
 * and the facts are attributes on the element itself (author, permalink, score,
 * created-timestamp). Replies are light-DOM children of their parent comment,
 * so "own" parts are those whose closest unit is the unit itself.
 */
import { absoluteUrl, closestOf, isoTime, queryAllOf } from './dom';
import {
  blockText,
  firstHtml,
  htmlElement,
  integerOf,
  isMarkupHidden,
  joinLines,
  markupHiddenCandidates,
  matchesAny,
  ownAll,
  ownFirst,
  ownLanguage,
  unitsIn,
} from './dom-web';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

export const REDDIT_SELECTORS = {
  /** Post units. */
  post: [
    'shreddit-post', // 2023+ shreddit layout: feeds, subreddit listings and the post page
  ],
  /** Comment units (top-level and replies; `depth` says which). */
  comment: [
    'shreddit-comment', // 2023+ shreddit comment tree
  ],
  /** A post's title: the `<h1>` on the post page, a link in feeds. */
  postTitle: [
    '[slot="title"]', // shreddit: h1[slot=title] on the post page, a[slot=title] in feeds
  ],
  /** A post's text. */
  postBody: [
    '[slot="text-body"]', // shreddit: div on the post page, a link wrapping a clamped preview in feeds
  ],
  /** A comment's text. */
  commentBody: [
    '[slot="comment"]', // shreddit comment rich text (`div.md`)
  ],
  /** Time of a comment (posts carry `created-timestamp` instead). */
  time: [
    'faceplate-timeago time[datetime]', // shreddit credit bar / comment meta
    'time[datetime]', // any other time element in the unit's own meta
  ],
  /** Author link inside a comment's meta, when the `author` attribute is missing. */
  commentAuthor: [
    '[slot="commentMeta"] [noun="comment_author"] a[href*="/user/"]', // 2024 comment meta
    '[slot="commentMeta"] a[href*="/user/"]', // older comment meta
  ],
  /** Text that is in the DOM for screen readers only, or UI chrome inside bodies. */
  hidden: [
    'faceplate-screen-reader-content', // "Upvote", "Go to comments" labels read to screen readers
    '.sr-only', // Tailwind utility used across shreddit
    'shreddit-post-flair', // flair chips are labels, not what the author wrote
    'button', // "Read more" and spoiler toggles inside bodies
  ],
  /** A comment's own action row (vote, reply, share); its composer opens inside it. */
  commentActionRow: [
    'shreddit-comment-action-row[slot="actionRow"]', // 2024 action row
    'shreddit-comment-action-row', // when the slot attribute is missing
  ],
  /** The button that opens a comment's reply composer. */
  commentReplyButton: [
    '[noun="reply_comment"] button', // faceplate-tracker around the Reply button
    'button[slot="comment-reply"]', // slotted Reply button
  ],
  /** The composer host for the post (top of the comment section) or for a reply. */
  composerHost: [
    'comment-composer-host', // 2024 composer, loaded by shreddit-async-loader
    'shreddit-composer', // the composer element itself
  ],
  /** The editable inside an open composer. */
  composerEditor: [
    '[contenteditable="true"][role="textbox"]', // Lexical rich-text editor (slot="rte")
    '[contenteditable="true"]', // any rich editor if the role changes
    'textarea', // markdown mode
  ],
  /** What opens the post composer before it is expanded. */
  postComposerOpener: [
    'faceplate-textarea-input', // "Join the conversation" fake input that expands the composer
    'button[name="comment-composer-button"]', // 2023 collapsed composer button
    'button', // any button of the collapsed composer host
  ],
  /** A feed post's link to its page, where the composer lives. */
  postPageLink: [
    'a[slot="full-post-link"]', // card overlay link in feeds
    'a[slot="title"]', // the title link
  ],
} as const satisfies Record<string, readonly string[]>;

const UNITS: readonly string[] = [...REDDIT_SELECTORS.post, ...REDDIT_SELECTORS.comment];
const HOSTS = new Set(['www.reddit.com', 'sh.reddit.com']);

function isPost(unit: Element): boolean {
  return matchesAny(unit, REDDIT_SELECTORS.post);
}

function innermostUnit(node: Node): Element | null {
  return closestOf(node, UNITS);
}

const own = (unit: Element, selectors: readonly string[]): Element[] =>
  ownAll(unit, selectors, UNITS);
const firstOwn = (unit: Element, selectors: readonly string[]): Element | null =>
  ownFirst(unit, selectors, UNITS);

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, REDDIT_SELECTORS.hidden);
}

function bodyOf(unit: Element): Element[] {
  if (isPost(unit)) {
    const title = firstOwn(unit, REDDIT_SELECTORS.postTitle);
    const body = own(unit, REDDIT_SELECTORS.postBody);
    return title ? [title, ...body] : body;
  }
  const body = firstOwn(unit, REDDIT_SELECTORS.commentBody);
  return body ? [body] : [];
}

function kindOf(unit: Element): UnitKind {
  if (isPost(unit)) return 'post';
  return Number(unit.getAttribute('depth') ?? '0') > 0 ? 'reply' : 'comment';
}

/** Deleted and removed accounts show as "[deleted]": no profile behind them. */
function realAuthor(name: string | null | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed && !/^\[.*\]$/.test(trimmed) ? trimmed : undefined;
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const post = isPost(unit);
  const authorLink = post ? null : firstOwn(unit, REDDIT_SELECTORS.commentAuthor);
  const name = realAuthor(unit.getAttribute('author') ?? authorLink?.textContent);
  const body = bodyOf(unit);
  const skip = (el: Element): boolean => isHiddenText(el) || matchesAny(el, UNITS);
  const timeElement = firstOwn(unit, REDDIT_SELECTORS.time);
  const score = integerOf(unit.getAttribute('score'));
  const comments = integerOf(unit.getAttribute('comment-count'));
  const language =
    body.map((el) => ownLanguage(el, unit)).find(Boolean) ??
    (unit.getAttribute('post-language') || undefined);
  return {
    network: 'reddit',
    kind: kindOf(unit),
    author: {
      name,
      handle: name ? `u/${name}` : undefined,
      url: name ? absoluteUrl(`/user/${encodeURIComponent(name)}/`, pageUrl) : undefined,
    },
    permalink: absoluteUrl(unit.getAttribute('permalink'), pageUrl),
    timestamp: (post ? isoTime(unit, 'created-timestamp') : undefined) ?? isoTime(timeElement),
    text: joinLines(body.map((el) => blockText(el, skip))),
    languageHint: language,
    engagement: {
      ...(score !== undefined ? { likes: score } : {}),
      ...(comments !== undefined ? { replies: comments } : {}),
    },
  };
}

function editorIn(host: Element | null): HTMLElement | null {
  if (!host) return null;
  for (const selector of REDDIT_SELECTORS.composerEditor) {
    const editor = host.querySelector<HTMLElement>(selector);
    if (editor) return editor;
  }
  return null;
}

function postReplyTarget(post: Element): ReplyTarget {
  // The post page's composer sits beside the post, above the comment tree, not
  // inside `shreddit-post`; feeds have none, only a link to the post page.
  const inFeed = post.closest('shreddit-feed') !== null;
  const host = inFeed
    ? null
    : (queryAllOf(post.ownerDocument, REDDIT_SELECTORS.composerHost).find(
        (candidate) => candidate.closest(REDDIT_SELECTORS.comment.join(',')) === null,
      ) ?? null);
  const editor = editorIn(host);
  const opener =
    (host ? firstHtml(host, REDDIT_SELECTORS.postComposerOpener) : null) ??
    htmlElement(firstOwn(post, REDDIT_SELECTORS.postPageLink));
  return { editor, opener: editor ? null : opener };
}

function commentReplyTarget(comment: Element): ReplyTarget {
  const row = firstOwn(comment, REDDIT_SELECTORS.commentActionRow);
  if (!row) return { editor: null, opener: null };
  const host = firstHtml(row, REDDIT_SELECTORS.composerHost);
  const editor = editorIn(host);
  return { editor, opener: editor ? null : firstHtml(row, REDDIT_SELECTORS.commentReplyButton) };
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  network: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://sh.reddit.com/*'],
  handles: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname),
  findUnits: (root) => unitsIn(root, UNITS),
  unitOf: (node) => innermostUnit(node),
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(REDDIT_SELECTORS.hidden),
  extract,
  replyTarget: (unit) => (isPost(unit) ? postReplyTarget(unit) : commentReplyTarget(unit)),
};
