/**
 * Facebook (desktop "Comet" web app). Class names are atomic and regenerated
 * (`x1i10hfl x1qjc9v5 …`), so the adapter keys on roles, aria attributes, the
 * `data-ad-*` rendering hooks of posts, `lang` on comment text, Lexical editors
 * (`[contenteditable][role=textbox]`) and link shapes (`/posts/`, `comment_id=`).
 * Units: feed/page posts, comments and replies (comments are `role=article`
 * with an aria-label "Commentaire de … / Comment by …").
 *
 * Facebook does not put machine-readable times in the DOM any more (the
 * timestamp link's text is obfuscated, there is no `datetime`), so `timestamp`
 * is read only from the legacy `abbr[data-utime]` when present.
 */
import { isoTime, queryAllOf } from './dom';
import {
  closestUnit,
  definedOnly,
  isOnHost,
  isScreenReaderOnly,
  keepingParams,
  languageWithin,
  profileSlug,
  queryOwned,
  queryOwnedFirst,
  queryUnits,
  readCount,
  readText,
  screenReaderOnlyCandidates,
} from './dom-extra';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

const HOSTS = ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'] as const;

export const FACEBOOK_SELECTORS = {
  post: [
    // 2024– feed: each story is a bare div carrying aria-posinset (no role any more).
    'div[aria-posinset]',
    // Post pages, groups and 2020–2023 feeds: role=article without an aria-label (comments have one).
    'div[role="article"]:not([aria-label])',
    // 2020 feed units before Comet's roles were everywhere.
    'div[data-pagelet^="FeedUnit_"]',
  ],
  comment: [
    // 2021– comments and replies: role=article labelled "Commentaire de X il y a 2 heures" / "Reply by X to Y's comment".
    'div[role="article"][aria-label]',
  ],
  body: [
    // 2024– post text.
    '[data-ad-rendering-role="story_message"]',
    // 2021–2023 post text (still nested inside story_message today).
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
    // Comment text: the span FB tags with the comment's language.
    'span[dir="auto"][lang]',
    // Comments before `lang` was set on them.
    'div[dir="auto"][style*="text-align"]',
  ],
  author: [
    // 2024– post header.
    '[data-ad-rendering-role="profile_name"] a[href]',
    // 2020–2023 post header (h2/h3/h4 depending on the surface).
    'h2 a[href]',
    'h3 a[href]',
    'h4 a[href]',
    'strong a[href]',
  ],
  permalink: [
    // Post permalinks (pages and profiles), in order of reliability.
    'a[href*="/posts/"]',
    'a[href*="/permalink/"]',
    'a[href*="story_fbid="]',
    'a[href*="/videos/"]',
    'a[href*="/reel/"]',
    'a[href*="/photo/?fbid="]',
  ],
  commentPermalink: [
    // 2021– the comment's time link in its action row: post URL + comment_id (+ reply_comment_id).
    // (The author's profile link also carries comment_id, hence the post-path shapes.)
    'li a[href*="/posts/"][href*="comment_id="]',
    'a[href*="/posts/"][href*="comment_id="]',
    'a[href*="/permalink/"][href*="comment_id="]',
    'a[href*="story_fbid="][href*="comment_id="]',
    'a[href*="/videos/"][href*="comment_id="]',
    'a[href*="/reel/"][href*="comment_id="]',
  ],
  legacyTime: [
    // 2019– classic/mbasic markup: unix seconds in data-utime.
    'abbr[data-utime]',
    'time[datetime]',
  ],
  reactionCount: [
    // Comment reactions: "12 réactions ; voir qui a réagi à ceci" / "12 reactions; see who reacted to this".
    '[role="button"][aria-label*="réaction"]',
    '[role="button"][aria-label*="reaction"]',
  ],
  buttons: ['[role="button"]'],
  spans: ['span'],
  editor: [
    // Lexical comment/reply composers.
    'div[contenteditable="true"][role="textbox"]',
  ],
} as const;

/** "Voir plus" / "See more" inside a text body: UI, not text. */
const MORE_TOGGLE = /^(?:Voir plus|See more|Afficher la suite)$/i;
/** Labels of a reply among comments, FR/EN ("Réponse de …", "Reply by …"). */
const REPLY_LABEL = /^(?:Réponse de|Reply by)\b/i;
/** The label in front of a post's reaction count. */
const REACTIONS_LABEL = /^(?:Toutes les réactions|All reactions)\s*:?$/i;
const COMMENTS_COUNT = /^(\d[\d\s\u00a0\u202f.,]*\s*[kKM]?)\s*(?:commentaires?|comments?)$/i;
const SHARES_COUNT = /^(\d[\d\s\u00a0\u202f.,]*\s*[kKM]?)\s*(?:partages?|shares?)$/i;
const REPLY_BUTTON = /^(?:Répondre|Reply)$/i;
const COMMENT_BUTTON = /^(?:Commenter|Comment|Laissez un commentaire|Leave a comment)$/i;
/** Page URLs that are one post's own page. */
const POST_PAGE = /\/(?:posts|permalink|videos|reel)\/|[?&]story_fbid=|\/photo\/?\?fbid=/;
/** Path segments that are not a profile's vanity name. */
const NON_PROFILE_PATHS = ['profile.php', 'groups', 'pages', 'people', 'watch', 'hashtag'];

const UNIT_SELECTORS = [...FACEBOOK_SELECTORS.post, ...FACEBOOK_SELECTORS.comment];

/** The 2020 pagelet wraps a role=article post: keep one unit per post. */
function acceptUnit(el: Element): boolean {
  if (el.matches('div[role="article"]:not([aria-label])')) {
    const outer = el.parentElement?.closest('div[aria-posinset], div[data-pagelet^="FeedUnit_"]');
    return !outer || outer.querySelector('div[role="article"]:not([aria-label])') !== el;
  }
  return true;
}

function unitOf(node: Node): Element | null {
  return closestUnit(node, UNIT_SELECTORS, acceptUnit);
}

function isComment(unit: Element): boolean {
  return unit.matches(FACEBOOK_SELECTORS.comment.join(','));
}

/** The comment a reply answers: its replies block directly follows the comment's article. */
function parentComment(comment: Element): Element | null {
  const post = unitOf(comment.parentElement ?? comment);
  for (let el = comment.parentElement; el && el !== post; el = el.parentElement) {
    const previous = el.previousElementSibling;
    if (previous && isComment(previous)) return previous;
  }
  return null;
}

function kindOf(unit: Element): UnitKind {
  if (!isComment(unit)) return 'post';
  if (REPLY_LABEL.test(unit.getAttribute('aria-label') ?? '')) return 'reply';
  return parentComment(unit) ? 'reply' : 'comment';
}

function isHiddenText(el: Element): boolean {
  if (isScreenReaderOnly(el)) return true;
  // The truncation toggle sits inside the text body; its label is UI, not the author's words.
  return el.getAttribute('role') === 'button' && MORE_TOGGLE.test((el.textContent ?? '').trim());
}

function bodyOf(unit: Element): Element[] {
  const body = queryOwnedFirst(unit, FACEBOOK_SELECTORS.body, unitOf);
  return body ? [body] : [];
}

function textOf(unit: Element): string {
  const body = bodyOf(unit)[0];
  return body ? readText(body, { skip: isHiddenText, blocks: true }) : '';
}

/** The author link: the first named profile link of the unit, before its text. */
function authorLink(unit: Element): Element | null {
  if (!isComment(unit)) {
    const header = queryOwnedFirst(unit, FACEBOOK_SELECTORS.author, unitOf);
    if (header) return header;
  }
  const body = bodyOf(unit)[0];
  return (
    queryOwned(unit, ['a[href]'], unitOf).find((link) => {
      if (link.getAttribute('aria-hidden') === 'true' || !(link.textContent ?? '').trim())
        return false;
      // Links after the text are mentions, time links and actions, not the author.
      return (
        !body || Boolean(link.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    }) ?? null
  );
}

function author(unit: Element, pageUrl: URL): ExtractedUnit['author'] {
  const link = authorLink(unit);
  if (!link) return {};
  const href = link.getAttribute('href');
  const slug = profileSlug(href, pageUrl);
  const isVanity = slug !== undefined && !NON_PROFILE_PATHS.includes(slug);
  const url = isVanity ? keepingParams(href, pageUrl, []) : keepingParams(href, pageUrl, ['id']);
  return definedOnly({
    name: readText(link, { skip: isHiddenText }) || undefined,
    handle: isVanity ? slug : undefined,
    url,
  });
}

function permalinkOf(unit: Element, pageUrl: URL): string | undefined {
  if (isComment(unit)) {
    const link = queryOwnedFirst(unit, FACEBOOK_SELECTORS.commentPermalink, unitOf);
    return keepingParams(link?.getAttribute('href'), pageUrl, ['comment_id', 'reply_comment_id']);
  }
  const link = queryOwnedFirst(unit, FACEBOOK_SELECTORS.permalink, unitOf);
  if (link) return keepingParams(link.getAttribute('href'), pageUrl, ['story_fbid', 'id', 'fbid']);
  // On a post's own page the time link is often "#" until hovered: the page URL is the permalink.
  return POST_PAGE.test(`${pageUrl.pathname}${pageUrl.search}`)
    ? keepingParams(pageUrl.href, pageUrl, ['story_fbid', 'id', 'fbid'])
    : undefined;
}

function timestampOf(unit: Element): string | undefined {
  const legacy = queryOwnedFirst(unit, FACEBOOK_SELECTORS.legacyTime, unitOf);
  if (!legacy) return undefined;
  const seconds = Number(legacy.getAttribute('data-utime'));
  return Number.isFinite(seconds) && seconds > 0
    ? new Date(seconds * 1000).toISOString()
    : isoTime(legacy);
}

/** Own texts outside the body (counts, buttons), trimmed. */
function footerTexts(unit: Element, selectors: readonly string[]): Element[] {
  const body = bodyOf(unit)[0];
  return queryOwned(unit, selectors, unitOf).filter((el) => !body?.contains(el));
}

function engagement(unit: Element): ExtractedUnit['engagement'] {
  if (isComment(unit)) {
    const reactions = queryOwnedFirst(unit, FACEBOOK_SELECTORS.reactionCount, unitOf);
    return definedOnly({ likes: readCount(reactions?.getAttribute('aria-label')) });
  }
  // Counts are recognised by their words first (cheap), then kept only when they are this post's.
  const body = bodyOf(unit)[0];
  const owned = (el: Element): boolean => !body?.contains(el) && unitOf(el) === unit;
  const spans = Array.from(unit.querySelectorAll(FACEBOOK_SELECTORS.spans.join(',')));
  const labelled = (pattern: RegExp): Element | undefined =>
    spans.find((span) => pattern.test((span.textContent ?? '').trim()) && owned(span));
  const label = labelled(REACTIONS_LABEL);
  const matching = (pattern: RegExp): number | undefined =>
    readCount(pattern.exec((labelled(pattern)?.textContent ?? '').trim())?.[1]);
  return definedOnly({
    likes: readCount(label?.nextElementSibling?.textContent),
    replies: matching(COMMENTS_COUNT),
    reposts: matching(SHARES_COUNT),
  });
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit)[0];
  return definedOnly({
    network: 'facebook' as const,
    kind: kindOf(unit),
    author: author(unit, pageUrl),
    permalink: permalinkOf(unit, pageUrl),
    timestamp: timestampOf(unit),
    text: textOf(unit),
    languageHint: body ? languageWithin(body, unit) : undefined,
    engagement: engagement(unit),
  });
}

/**
 * A comment's thread: the wrapper holding the top-level comment, its replies and
 * the reply composer (for a reply, the thread of the comment it answers).
 */
function threadOf(comment: Element): Element | null {
  const top = parentComment(comment) ?? comment;
  return top.parentElement;
}

function replyTarget(unit: Element): ReplyTarget {
  if (isComment(unit)) {
    const thread = threadOf(unit);
    const editor = thread ? queryAllOf(thread, FACEBOOK_SELECTORS.editor)[0] : undefined;
    const opener = footerTexts(unit, FACEBOOK_SELECTORS.buttons).find((button) =>
      REPLY_BUTTON.test((button.textContent ?? '').trim()),
    );
    return {
      editor: (editor ?? null) as HTMLElement | null,
      opener: (opener ?? null) as HTMLElement | null,
    };
  }
  // The post's own composer: inside the post, in no comment thread.
  const threads = queryAllOf(unit, FACEBOOK_SELECTORS.comment)
    .filter((comment) => comment.parentElement && unitOf(comment.parentElement) === unit)
    .map(threadOf)
    .filter((thread): thread is Element => thread !== null);
  const editor = queryAllOf(unit, FACEBOOK_SELECTORS.editor).find(
    (candidate) => !threads.some((thread) => thread.contains(candidate)),
  );
  const opener = footerTexts(unit, FACEBOOK_SELECTORS.buttons).find((button) =>
    COMMENT_BUTTON.test((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()),
  );
  return {
    editor: (editor ?? null) as HTMLElement | null,
    opener: (opener ?? null) as HTMLElement | null,
  };
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  network: 'facebook',
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
