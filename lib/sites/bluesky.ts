/**
 * Bluesky (bsky.app), a react-native-web app: classes are atomic
 * (`css-175oi2r r-…`), so everything keys on `data-testid` (`feedItem-by-<handle>`,
 * `postThreadItem-by-<handle>`, `postText`, `replyBtn`, `likeBtn`…), profile
 * and post link shapes (`/profile/<handle>/post/<rkey>`) and accessible
 * labels. The post's date is only in its time link's label/tooltip, printed in
 * the viewer's locale ("May 12, 2024 at 10:14 AM", "12 mai 2024 à 10:14").
 * Display names and handles are wrapped in bidi control characters.
 */
import { absoluteUrl, closestOf, isoTime, queryAllOf, visibleText } from './dom';
import {
  blockText,
  countIn,
  firstHtml,
  htmlElement,
  isMarkupHidden,
  joinLines,
  labelOf,
  markupHiddenCandidates,
  matchesAny,
  ownAll,
  ownFirst,
  ownLanguage,
  parseWrittenDate,
  unitsIn,
} from './dom-web';
import type { Engagement, ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

export const BLUESKY_SELECTORS = {
  /** Feed posts (home, profiles, custom feeds, search). */
  feedItem: [
    '[data-testid^="feedItem-by-"]', // 2023– feed item Link
  ],
  /** Posts of a thread: ancestors, the anchor post and replies. */
  threadItem: [
    '[data-testid^="postThreadItem-by-"]', // 2023– thread item
  ],
  /** The post text. */
  text: [
    '[data-testid="postText"]', // feed items and thread replies (RichText testID)
    '[data-word-wrap="1"]', // anchor post of a thread: RichText without testID
  ],
  /** Profile links: avatar (aria-label "<name>'s avatar"), name, handle. */
  avatarLink: [
    'a[href^="/profile/"][aria-label$="avatar" i]', // EN "Camille's avatar"
    'a[href^="/profile/"][aria-label^="avatar" i]', // FR "Avatar de Camille"
  ],
  profileLink: [
    'a[href^="/profile/"]:not([href*="/post/"])', // name and handle links in the post meta
  ],
  /** The time link (`/profile/<h>/post/<rkey>`), label = full local date. */
  timeLink: [
    'a[href*="/post/"][data-tooltip]', // 2024– tooltip + aria-label
    'a[href*="/post/"][aria-label]', // label only
  ],
  /** The anchor post shows counts as links to who liked/reposted it. */
  likedByLink: [
    'a[href$="/liked-by"]', // anchor post: "12 likes"
  ],
  repostedByLink: [
    'a[href$="/reposted-by"]', // anchor post: "4 reposts"
  ],
  /** Controls: labels carry the counts ("Reply (3 replies)", "Like (12 likes)"). */
  replyButton: [
    '[data-testid="replyBtn"]', // 2023– PostControls
  ],
  repostButton: [
    '[data-testid="repostBtn"]', // 2023– PostControls
  ],
  likeButton: [
    '[data-testid="likeBtn"]', // 2023– PostControls
  ],
  /** "Reply to Alice" label above a reply shown in a feed (FontAwesome reply icon). */
  replyLabelIcon: [
    'svg[data-icon="reply"]', // 2023– ReplyToLabel (FontAwesome icon)
  ],
  /** Thread screen: "Write your reply" prompt. */
  replyPrompt: [
    '[data-testid="replyPromptBtn"]', // 2023– "Write your reply" under the anchor post
  ],
  /** The composer dialog and its ProseMirror (tiptap) editor. */
  composer: [
    '[data-testid="composePostView"]', // 2023– composer dialog (new post, reply, quote)
  ],
  composerEditor: [
    '.ProseMirror[contenteditable="true"]', // tiptap editor
    '[contenteditable="true"]', // any editable if tiptap's class changes
  ],
  /** Quoted posts embedded in a post: not the post's own text. */
  embed: [
    '[data-testid^="contentHider-embed"]', // moderated embed wrapper
    '[data-testid="quoteEmbed"]', // quote card
  ],
  /** Chrome inside texts. */
  hidden: [
    'button', // "Show more", translate
    '[role="button"]', // react-native-web pressables rendered as divs
  ],
} as const satisfies Record<string, readonly string[]>;

const UNITS: readonly string[] = [...BLUESKY_SELECTORS.feedItem, ...BLUESKY_SELECTORS.threadItem];

/** Bidi isolates/marks Bluesky wraps names and handles in, and zero-width characters. */
const INVISIBLE_CHARS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function clean(text: string): string {
  return text
    .replace(INVISIBLE_CHARS, '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

const own = (unit: Element, selectors: readonly string[]): Element[] =>
  ownAll(unit, selectors, UNITS);
const firstOwn = (unit: Element, selectors: readonly string[]): Element | null =>
  ownFirst(unit, selectors, UNITS);

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, BLUESKY_SELECTORS.hidden);
}

function handleOf(unit: Element): string | undefined {
  const testId = unit.getAttribute('data-testid') ?? '';
  return /^(?:feedItem|postThreadItem)-by-(.+)$/.exec(testId)?.[1];
}

function inEmbed(el: Element, unit: Element): boolean {
  const embed = closestOf(el, BLUESKY_SELECTORS.embed);
  return embed !== null && unit.contains(embed);
}

function bodyOf(unit: Element): Element[] {
  for (const selector of BLUESKY_SELECTORS.text) {
    // Mentions and links inside the text repeat `data-word-wrap`: take the outermost.
    const text = own(unit, [selector]).find(
      (el) => !inEmbed(el, unit) && !el.parentElement?.closest(selector),
    );
    if (text) return [text];
  }
  return [];
}

function isThreadItem(unit: Element): boolean {
  return matchesAny(unit, BLUESKY_SELECTORS.threadItem);
}

function kindOf(unit: Element): UnitKind {
  if (isThreadItem(unit)) {
    // The thread's first item is its root; every later one answers something above it.
    const screen = unit.closest('[data-testid="postThreadScreen"]') ?? unit.ownerDocument;
    return queryAllOf(screen, BLUESKY_SELECTORS.threadItem)[0] === unit ? 'post' : 'reply';
  }
  return firstOwn(unit, BLUESKY_SELECTORS.replyLabelIcon) ? 'reply' : 'post';
}

function displayName(unit: Element, handle: string | undefined): string | undefined {
  const avatarLabel = labelOf(firstOwn(unit, BLUESKY_SELECTORS.avatarLink));
  if (avatarLabel) {
    const name =
      /^(.+?)['’]s avatar$/i.exec(avatarLabel)?.[1] ?? /^avatar de (.+)$/i.exec(avatarLabel)?.[1];
    if (name) return clean(name);
  }
  for (const link of own(unit, BLUESKY_SELECTORS.profileLink)) {
    const text = clean(visibleText(link));
    if (text && !text.startsWith('@') && text !== handle) return text;
  }
  return undefined;
}

function permalinkOf(unit: Element, pageUrl: URL): string | undefined {
  const timeLink = firstOwn(unit, BLUESKY_SELECTORS.timeLink);
  if (timeLink) return absoluteUrl(timeLink.getAttribute('href'), pageUrl);
  // The anchor post of a thread has no time link: its "liked by" link, or the page itself.
  const likedBy = firstOwn(unit, BLUESKY_SELECTORS.likedByLink)?.getAttribute('href');
  if (likedBy) return absoluteUrl(likedBy.replace(/\/liked-by$/, ''), pageUrl);
  const handle = handleOf(unit);
  const onPage = /^\/profile\/([^/]+)\/post\/[^/]+\/?$/.exec(pageUrl.pathname);
  return isThreadItem(unit) && onPage?.[1] === handle ? pageUrl.href : undefined;
}

function timestampOf(unit: Element): string | undefined {
  const timeLink = firstOwn(unit, BLUESKY_SELECTORS.timeLink);
  const label = timeLink?.getAttribute('data-tooltip') ?? timeLink?.getAttribute('aria-label');
  const fromLabel = parseWrittenDate(label);
  if (fromLabel) return fromLabel;
  if (timeLink || !isThreadItem(unit)) return undefined;
  // Anchor post: bsky.app's server puts its date in the page's Twitter card.
  return isoTime(unit.ownerDocument.querySelector('meta[name="twitter:value1"]'), 'content');
}

function countFromLabel(button: Element | null): number | undefined {
  const label = labelOf(button);
  // "Like (12 likes)" / "Aimer (12 mentions J'aime)": the number in parentheses.
  return countIn(label ? (/\(([^)]*)\)/.exec(label)?.[1] ?? label) : undefined);
}

function engagementOf(unit: Element): Engagement {
  const likes =
    countFromLabel(firstOwn(unit, BLUESKY_SELECTORS.likeButton)) ??
    countIn(firstOwn(unit, BLUESKY_SELECTORS.likedByLink)?.textContent);
  const replies = countFromLabel(firstOwn(unit, BLUESKY_SELECTORS.replyButton));
  const reposts =
    countFromLabel(firstOwn(unit, BLUESKY_SELECTORS.repostButton)) ??
    countIn(firstOwn(unit, BLUESKY_SELECTORS.repostedByLink)?.textContent);
  return {
    ...(likes !== undefined ? { likes } : {}),
    ...(replies !== undefined ? { replies } : {}),
    ...(reposts !== undefined ? { reposts } : {}),
  };
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const handle = handleOf(unit);
  const body = bodyOf(unit);
  return {
    network: 'bluesky',
    kind: kindOf(unit),
    author: {
      name: displayName(unit, handle),
      handle: handle ? `@${handle}` : undefined,
      url: handle ? absoluteUrl(`/profile/${handle}`, pageUrl) : undefined,
    },
    permalink: permalinkOf(unit, pageUrl),
    timestamp: timestampOf(unit),
    text: joinLines(body.map((el) => clean(blockText(el, isHiddenText)))),
    languageHint: body.map((el) => ownLanguage(el, unit)).find(Boolean),
    engagement: engagementOf(unit),
  };
}

function replyTarget(unit: Element): ReplyTarget {
  const doc = unit.ownerDocument;
  const composer = queryAllOf(doc, BLUESKY_SELECTORS.composer)[0];
  if (composer) {
    // The composer shows the post it answers above the editor: same author and text.
    const quoted = clean(visibleText(composer));
    const text = bodyOf(unit)
      .map((el) => clean(blockText(el, isHiddenText)))
      .join(' ')
      .slice(0, 40);
    const name = displayName(unit, handleOf(unit));
    if (text && quoted.includes(text) && (!name || quoted.includes(name))) {
      const editor = firstHtml(composer, BLUESKY_SELECTORS.composerEditor);
      if (editor) return { editor, opener: null };
    }
  }
  const button = htmlElement(firstOwn(unit, BLUESKY_SELECTORS.replyButton));
  // A thread item without its own button (rare) falls back to the thread's "Write your reply" prompt.
  const prompt = isThreadItem(unit) ? firstHtml(doc, BLUESKY_SELECTORS.replyPrompt) : null;
  return { editor: null, opener: button ?? prompt };
}

export const blueskyAdapter: SiteAdapter = {
  id: 'bluesky',
  network: 'bluesky',
  matches: ['https://bsky.app/*'],
  handles: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'bsky.app',
  findUnits: (root) => unitsIn(root, UNITS),
  unitOf: (node) => closestOf(node, UNITS),
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(BLUESKY_SELECTORS.hidden),
  extract,
  replyTarget,
};
