/**
 * X (Twitter). The web app is react-native-web: class names are atomic and
 * generated (`css-175oi2r r-…`), so every selector keys on `data-testid`,
 * roles, `time[datetime]` and `/status/` link shapes. Units: timeline posts and
 * conversation replies (`article[data-testid="tweet"]`) and quoted posts (a
 * card nested inside a post, extracted as its own unit).
 */
import { absoluteUrl, isoTime, queryFirst } from './dom';
import {
  closestUnit,
  countOf,
  definedOnly,
  isOnHost,
  isScreenReaderOnly,
  languageWithin,
  queryOwnedFirst,
  queryUnits,
  readCount,
  readText,
  screenReaderOnlyCandidates,
} from './dom-extra';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

const HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] as const;

export const X_SELECTORS = {
  post: [
    // 2020– layout: every timeline/conversation post is an <article data-testid="tweet">.
    'article[data-testid="tweet"]',
    // 2019–2020 layout: the test id sat on a <div> inside a bare role=article.
    'div[data-testid="tweet"]',
  ],
  quote: [
    // 2022– quote card inside a post: a role=link card (the whole card navigates) holding its own User-Name.
    'div[role="link"]',
    // Same card reached through its labelled wrapper (`aria-labelledby="id__…"`), as defuddle does.
    'div[aria-labelledby*="id__"]',
  ],
  userName: [
    // Name link + @handle link (timeline), or two plain divs (inside a quote card).
    '[data-testid="User-Name"]',
  ],
  text: [
    // Post body; carries `lang` and `dir="auto"`, rendered with white-space: pre-wrap.
    '[data-testid="tweetText"]',
  ],
  time: [
    // Relative time in the header; on a post's own page the full date, same element.
    'a[href*="/status/"] time[datetime]',
    // Quote cards: the time is not a link (the whole card is).
    'time[datetime]',
  ],
  replyButton: ['[data-testid="reply"]'],
  repostButton: [
    '[data-testid="retweet"]',
    // Already reposted by the viewer.
    '[data-testid="unretweet"]',
  ],
  likeButton: [
    '[data-testid="like"]',
    // Already liked by the viewer.
    '[data-testid="unlike"]',
  ],
  views: [
    // Views link next to the buttons: aria-label "45678 views. View post analytics".
    'a[href*="/status/"][href$="/analytics"]',
  ],
  actionGroup: [
    // "12 replies, 34 reposts, 1234 likes, 5 bookmarks, 45678 views" on the button row.
    'div[role="group"][aria-label]',
  ],
  /** Hidden parts of shortened links ("https://", the tail of long URLs): font-size 0.001px. */
  hiddenText: ['.r-qlhcfr'],
  /** Links X shortens (their hidden parts are aria-hidden spans). */
  shortLink: ['a[href^="https://t.co/"]'],
  /** Inline reply composer (Draft.js) under the post on its own page. */
  editor: [
    '[data-testid="tweetTextarea_0"][contenteditable="true"]',
    '[data-testid^="tweetTextarea_"]',
  ],
  /** One virtualised timeline row: the composer sits in the row after the post it answers. */
  cell: ['[data-testid="cellInnerDiv"]'],
} as const;

/** "Replying to @x" above a timeline reply (FR/EN interface). */
const REPLYING_TO = /^(?:Replying to|En réponse à) /i;
/** Views as the action group's aria-label prints them. */
const VIEWS_IN_LABEL = /(\d[\d\s\u00a0\u202f.,]*\s*[kKM]?)\s*(?:views|vues)\b/i;
const HANDLE = /@([A-Za-z0-9_]{1,15})/;
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/**
 * A quote card: a candidate inside a post that holds its own User-Name, and no
 * inner candidate that does (the wrapper and the card are one quote).
 */
function isQuoteCard(el: Element): boolean {
  if (!el.parentElement?.closest(X_SELECTORS.post.join(','))) return false;
  if (!el.querySelector(X_SELECTORS.userName.join(','))) return false;
  return !Array.from(el.querySelectorAll(X_SELECTORS.quote.join(','))).some(
    (inner) => inner !== el && inner.querySelector(X_SELECTORS.userName.join(',')),
  );
}

const UNIT_SELECTORS = [...X_SELECTORS.post, ...X_SELECTORS.quote];

function acceptUnit(el: Element): boolean {
  if (el.matches(X_SELECTORS.post.join(','))) {
    // The 2019 variant: skip the inner div when an article already is the unit.
    return !(el.tagName === 'DIV' && el.parentElement?.closest('article[data-testid="tweet"]'));
  }
  return isQuoteCard(el);
}

function unitOf(node: Node): Element | null {
  return closestUnit(node, UNIT_SELECTORS, acceptUnit);
}

function isQuote(unit: Element): boolean {
  return !unit.matches(X_SELECTORS.post.join(','));
}

function isHiddenText(el: Element): boolean {
  if (isScreenReaderOnly(el) || el.matches(X_SELECTORS.hiddenText.join(','))) return true;
  // Class-agnostic fallback: in a shortened link, the aria-hidden parts are the invisible
  // scheme and tail of the URL, except the visible "…".
  return (
    el.getAttribute('aria-hidden') === 'true' &&
    el.closest(X_SELECTORS.shortLink.join(',')) !== null &&
    (el.textContent ?? '').trim() !== '…'
  );
}

function bodyOf(unit: Element): Element[] {
  const body = queryOwnedFirst(unit, X_SELECTORS.text, unitOf);
  return body ? [body] : [];
}

function statusPath(href: string | null | undefined, base: URL): RegExpExecArray | null {
  const absolute = absoluteUrl(href, base);
  return absolute ? STATUS_PATH.exec(new URL(absolute).pathname) : null;
}

function author(unit: Element, pageUrl: URL): ExtractedUnit['author'] {
  const userName = queryOwnedFirst(unit, X_SELECTORS.userName, unitOf);
  if (!userName) return {};
  const nameBlock = userName.firstElementChild ?? userName;
  const name = readText(nameBlock, { skip: isHiddenText }) || undefined;
  const handleText = HANDLE.exec(readText(userName, { skip: isHiddenText }))?.[1];
  const handle = handleText ? `@${handleText}` : undefined;
  const link = userName.querySelector('a[href]');
  const url = link
    ? absoluteUrl(link.getAttribute('href'), pageUrl)
    : handleText
      ? absoluteUrl(`/${handleText}`, pageUrl)
      : undefined;
  return definedOnly({ name, handle, url });
}

function permalinkOf(unit: Element, pageUrl: URL): string | undefined {
  const time = queryOwnedFirst(unit, X_SELECTORS.time, unitOf);
  const link = time?.closest('a[href*="/status/"]');
  const status = statusPath(link?.getAttribute('href'), pageUrl);
  return status ? absoluteUrl(status[0], pageUrl) : undefined;
}

function kindOf(unit: Element, permalink: string | undefined, pageUrl: URL): UnitKind {
  if (isQuote(unit)) return 'post';
  const pageStatus = STATUS_PATH.exec(pageUrl.pathname);
  if (pageStatus) {
    // On a post's page, the post itself is the one whose id is in the URL; the rest answer it.
    const ownId = permalink ? STATUS_PATH.exec(new URL(permalink).pathname)?.[2] : undefined;
    return ownId === pageStatus[2] ? 'post' : 'reply';
  }
  // The "Replying to @x" line: a div whose own first text starts the sentence, outside the body.
  const body = bodyOf(unit)[0];
  const replyingTo = Array.from(unit.querySelectorAll('div')).some((div) => {
    const first = div.firstChild;
    return (
      first?.nodeType === 3 &&
      REPLYING_TO.test((first as Text).data.trimStart()) &&
      !body?.contains(div) &&
      unitOf(div) === unit
    );
  });
  return replyingTo ? 'reply' : 'post';
}

function engagement(unit: Element): ExtractedUnit['engagement'] {
  if (isQuote(unit)) return {};
  const group = queryOwnedFirst(unit, X_SELECTORS.actionGroup, unitOf);
  const viewsInLabel = VIEWS_IN_LABEL.exec(group?.getAttribute('aria-label') ?? '')?.[1];
  return definedOnly({
    replies: countOf(queryOwnedFirst(unit, X_SELECTORS.replyButton, unitOf)),
    reposts: countOf(queryOwnedFirst(unit, X_SELECTORS.repostButton, unitOf)),
    likes: countOf(queryOwnedFirst(unit, X_SELECTORS.likeButton, unitOf)),
    views: countOf(queryOwnedFirst(unit, X_SELECTORS.views, unitOf)) ?? readCount(viewsInLabel),
  });
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit)[0];
  const permalink = permalinkOf(unit, pageUrl);
  return definedOnly({
    network: 'x' as const,
    kind: kindOf(unit, permalink, pageUrl),
    author: author(unit, pageUrl),
    permalink,
    timestamp: isoTime(queryOwnedFirst(unit, X_SELECTORS.time, unitOf)),
    text: body ? readText(body, { skip: isHiddenText, preformatted: true }) : '',
    languageHint: body ? languageWithin(body, unit) : undefined,
    engagement: engagement(unit),
  });
}

/**
 * The inline composer X shows under a post on the post's own page lives in the
 * timeline rows that follow the post's row, up to the next post.
 */
function inlineComposerAfter(unit: Element): HTMLElement | null {
  const cell = unit.closest(X_SELECTORS.cell.join(','));
  for (let next = cell?.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.querySelector(X_SELECTORS.post.join(','))) return null;
    const editor = queryFirst<HTMLElement>(next, X_SELECTORS.editor);
    if (editor) return editor;
  }
  return null;
}

function replyTarget(unit: Element): ReplyTarget {
  if (isQuote(unit)) return { editor: null, opener: null };
  return {
    editor: inlineComposerAfter(unit),
    opener: queryOwnedFirst(unit, X_SELECTORS.replyButton, unitOf) as HTMLElement | null,
  };
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  network: 'x',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => isOnHost(url, HOSTS),
  findUnits: (root) => queryUnits(root, UNIT_SELECTORS, acceptUnit),
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: screenReaderOnlyCandidates([
    ...X_SELECTORS.hiddenText,
    '[aria-hidden="true"]',
  ]),
  extract,
  replyTarget,
};
