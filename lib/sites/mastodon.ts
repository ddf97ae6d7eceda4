/**
 * Mastodon web UI (4.x; the class names date back to 2.x and are shared by
 * forks such as glitch-soc and Hometown). Mastodon runs on thousands of hosts:
 * `handles()` knows the big instances, and `looksLikeMastodon(document)` lets
 * the content script recognise any other one from its page.
 *
 * Units: timeline statuses (`.status[data-id]`, quoted statuses nested in
 * them included) and the focal status of a thread (`.detailed-status__wrapper`,
 * which holds the status and its action bar). Text lives in
 * `.status__content__text[lang]`; link URLs are shortened with
 * `span.invisible` parts; since 4.2 trailing hashtags move to `.hashtag-bar`;
 * a content warning's summary is visible while the text behind it is either
 * not rendered (4.3+) or hidden by a missing `--visible` class (≤ 4.2).
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
  unitsIn,
} from './dom-web';
import type { Engagement, ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

export const MASTODON_SELECTORS = {
  /** Units: the focal status of a thread first (it wraps a status-like block), then statuses. */
  focal: [
    '.detailed-status__wrapper', // 4.x thread view: detailed status + its action bar
  ],
  status: [
    '.status[data-id]', // 2.x–4.x timelines, thread ancestors/descendants, quoted posts (4.5)
  ],
  /** Content-warning summary (visible while the text is folded). */
  spoiler: [
    '.content-warning > p', // 4.3+ ContentWarning banner
    '.status__content .p-summary', // ≤ 4.2: summary span before the "Show more" button
  ],
  /** The status text. */
  text: [
    '.status__content__text', // 3.x–4.x, carries `lang`
  ],
  /** Trailing hashtags moved out of the text (4.2+). */
  hashtagBar: [
    '.hashtag-bar', // 4.2+
  ],
  /** Author link (profile URL; `title` holds the acct). */
  authorLink: [
    'a.status__display-name', // timeline status
    'a.detailed-status__display-name', // focal status
  ],
  displayName: [
    '.display-name__html', // 2.x–4.x, inside the author link
  ],
  account: [
    '.display-name__account', // "@user" (local) or "@user@host" (remote)
  ],
  /** Permalink and time. */
  permalink: [
    'a.status__relative-time', // timeline: link around time[datetime]
    'a.detailed-status__datetime', // focal: link around a formatted date (no datetime attribute)
  ],
  time: [
    '.status__relative-time time[datetime]', // timeline
    '.detailed-status__datetime time[datetime]', // focal, when a version renders one
  ],
  /** Action bars: the reply button opens the compose form for this status. */
  actionBar: [
    '.status__action-bar', // timeline
    '.detailed-status__action-bar', // focal
  ],
  /** Counters printed on the focal status. */
  reblogCount: [
    '.detailed-status__reblogs', // 3.x–4.x focal meta line
  ],
  favouriteCount: [
    '.detailed-status__favorites', // 3.x–4.x focal meta line
  ],
  /** The compose form (left column or modal) and what says which status it answers. */
  composeTextarea: [
    '.compose-form textarea', // 3.x–4.x (autosuggest-textarea__textarea)
  ],
  replyIndicator: [
    '.compose-form .reply-indicator', // "Replying to …" above the textarea
  ],
  /** Text on the page that is not visible or not the author's. */
  hidden: [
    'span.invisible', // scheme and tail of shortened links
    '.status__content__text:not(.status__content__text--visible)', // ≤ 4.2 folded CW text
    'button', // "Show more", "Translate", poll buttons
    '.status__content__read-more-button', // 4.x "Read more" under long posts
  ],
} as const satisfies Record<string, readonly string[]>;

/** Big instances, for `matches` (the content script also runs where `looksLikeMastodon` says so). */
export const KNOWN_MASTODON_INSTANCES: readonly string[] = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'mastodon.world',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
  'universeodon.com',
  'mastodon.art',
  'chaos.social',
  'troet.cafe',
  'social.tchncs.de',
  'piaille.fr',
  'framapiaf.org',
  'mamot.fr',
  'mastodon.xyz',
  'mstdn.jp',
];

const UNITS: readonly string[] = [...MASTODON_SELECTORS.focal, ...MASTODON_SELECTORS.status];

/**
 * True when `doc` is a Mastodon web UI page, whatever its host: the React
 * root `#mastodon`, the server's initial state, or statuses in its markup.
 */
export function looksLikeMastodon(doc: Document): boolean {
  if (doc.querySelector('#mastodon[data-props], script#initial-state[type="application/json"]')) {
    return true;
  }
  const generator = doc.querySelector('meta[name="generator"], meta[name="application-name"]');
  if (generator?.getAttribute('content')?.toLowerCase().startsWith('mastodon')) return true;
  return doc.querySelector('.columns-area .status[data-id], .item-list .status[data-id]') !== null;
}

function isFocal(unit: Element): boolean {
  return matchesAny(unit, MASTODON_SELECTORS.focal);
}

/** Statuses nested in the focal wrapper (quotes) stay units; the focal's own `.detailed-status` is not a `.status`. */
function unitOf(node: Node): Element | null {
  return closestOf(node, UNITS);
}

const own = (unit: Element, selectors: readonly string[]): Element[] =>
  ownAll(unit, selectors, UNITS);
const firstOwn = (unit: Element, selectors: readonly string[]): Element | null =>
  ownFirst(unit, selectors, UNITS);

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, MASTODON_SELECTORS.hidden);
}

function bodyOf(unit: Element): Element[] {
  const spoiler = firstOwn(unit, MASTODON_SELECTORS.spoiler);
  const text = own(unit, MASTODON_SELECTORS.text).find((el) => !isHiddenText(el)) ?? null;
  const hashtags = firstOwn(unit, MASTODON_SELECTORS.hashtagBar);
  return [spoiler, text, hashtags].filter((el): el is Element => el !== null);
}

function kindOf(unit: Element): UnitKind {
  if (isFocal(unit)) {
    // The focal status answers another one when ancestors are shown above it.
    const thread = unit.parentElement?.closest('.item-list, .scrollable, .column');
    const first = thread ? queryAllOf(thread, UNITS)[0] : undefined;
    return first && first !== unit ? 'reply' : 'post';
  }
  const wrapper = unit.closest('.status__wrapper');
  const reply =
    unit.classList.contains('status-reply') || wrapper?.classList.contains('status__wrapper-reply');
  return reply ? 'reply' : 'post';
}

/** A status id's time: Mastodon ids are snowflakes, milliseconds since 1970 shifted 16 bits left. */
export function snowflakeTime(id: string | null | undefined): string | undefined {
  if (!id || !/^\d{15,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 16n);
  // Pre-2017 instances used sequential ids; a snowflake is after Mastodon's switch.
  return ms > Date.UTC(2017, 0, 1) && ms < Date.UTC(2100, 0, 1)
    ? new Date(ms).toISOString()
    : undefined;
}

/** `@user@host` from the account label (`@user` for local accounts) and the profile URL. */
function fullHandle(
  account: string | undefined,
  profileUrl: string | undefined,
): string | undefined {
  const acct = account?.trim().replace(/^@/, '');
  if (!acct) return undefined;
  if (acct.includes('@')) return `@${acct}`;
  const host = profileUrl ? new URL(profileUrl).hostname : undefined;
  return host ? `@${acct}@${host}` : `@${acct}`;
}

function counterOf(button: Element | null | undefined): number | undefined {
  const raw = button?.querySelector('.icon-button__counter')?.textContent?.trim();
  // Replies print "1+" past one: a floor, not a count.
  if (!raw || raw.endsWith('+')) return undefined;
  return countIn(raw);
}

function actionButton(bar: Element | null, icons: readonly string[]): Element | undefined {
  if (!bar) return undefined;
  return Array.from(bar.querySelectorAll('button')).find((button) =>
    icons.some((icon) => button.querySelector(`svg.icon-${icon}, i.fa-${icon}`) !== null),
  );
}

function engagementOf(unit: Element): Engagement {
  const bar = firstOwn(unit, MASTODON_SELECTORS.actionBar);
  const replies = counterOf(actionButton(bar, ['reply', 'reply-all']));
  const reposts =
    countIn(firstOwn(unit, MASTODON_SELECTORS.reblogCount)?.textContent) ??
    counterOf(actionButton(bar, ['retweet']));
  const likes =
    countIn(firstOwn(unit, MASTODON_SELECTORS.favouriteCount)?.textContent) ??
    counterOf(actionButton(bar, ['star']));
  return {
    ...(likes !== undefined ? { likes } : {}),
    ...(replies !== undefined ? { replies } : {}),
    ...(reposts !== undefined ? { reposts } : {}),
  };
}

/** The status id: `data-id`, else the last path segment of its permalink (`/@user/112427…`). */
function statusId(unit: Element): string | undefined {
  const href = firstOwn(unit, MASTODON_SELECTORS.permalink)?.getAttribute('href');
  return (
    unit.getAttribute('data-id') ?? (href ? /\/(\d+)\/?(?:[?#].*)?$/.exec(href)?.[1] : undefined)
  );
}

/** A body part's text; the hashtag bar's links sit side by side with no text between them. */
function partText(part: Element): string {
  if (!matchesAny(part, MASTODON_SELECTORS.hashtagBar)) return blockText(part, isHiddenText);
  return Array.from(part.querySelectorAll('a'))
    .map((link) => visibleText(link, isHiddenText))
    .filter(Boolean)
    .join(' ');
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit);
  const authorLink = firstOwn(unit, MASTODON_SELECTORS.authorLink);
  const profileUrl = absoluteUrl(authorLink?.getAttribute('href'), pageUrl);
  const nameElement = authorLink
    ? queryAllOf(authorLink, MASTODON_SELECTORS.displayName)[0]
    : undefined;
  const accountElement = authorLink
    ? queryAllOf(authorLink, MASTODON_SELECTORS.account)[0]
    : undefined;
  const permalink = absoluteUrl(
    firstOwn(unit, MASTODON_SELECTORS.permalink)?.getAttribute('href'),
    pageUrl,
  );
  const textElement = body.find((el) => matchesAny(el, MASTODON_SELECTORS.text));
  return {
    network: 'mastodon',
    kind: kindOf(unit),
    author: {
      name: nameElement ? visibleText(nameElement) || undefined : undefined,
      handle: fullHandle(
        accountElement
          ? visibleText(accountElement)
          : (authorLink?.getAttribute('title') ?? undefined),
        profileUrl,
      ),
      url: profileUrl,
    },
    permalink,
    timestamp: isoTime(firstOwn(unit, MASTODON_SELECTORS.time)) ?? snowflakeTime(statusId(unit)),
    text: joinLines(body.map(partText)),
    languageHint: textElement ? ownLanguage(textElement, unit) : undefined,
    engagement: engagementOf(unit),
  };
}

function replyTarget(unit: Element): ReplyTarget {
  const doc = unit.ownerDocument;
  const indicator = queryAllOf(doc, MASTODON_SELECTORS.replyIndicator)[0];
  const id = statusId(unit);
  // The compose form answers this status when its "replying to" block links to it.
  const answersThis =
    indicator !== undefined &&
    id !== undefined &&
    Array.from(indicator.querySelectorAll('a[href]')).some((link) =>
      (link.getAttribute('href') ?? '').replace(/\/$/, '').endsWith(`/${id}`),
    );
  if (answersThis) {
    const editor = firstHtml(doc, MASTODON_SELECTORS.composeTextarea);
    if (editor) return { editor, opener: null };
  }
  const bar = firstOwn(unit, MASTODON_SELECTORS.actionBar);
  const replyButton = actionButton(bar, ['reply', 'reply-all']);
  const byLabel = bar
    ? Array.from(bar.querySelectorAll('button')).find((button) =>
        /^(?:reply|répondre|antworten|responder|rispondi)/i.test(labelOf(button) ?? ''),
      )
    : undefined;
  return { editor: null, opener: htmlElement(replyButton ?? byLabel) };
}

export const mastodonAdapter: SiteAdapter = {
  id: 'mastodon',
  network: 'mastodon',
  matches: KNOWN_MASTODON_INSTANCES.map((host) => `https://${host}/*`),
  handles: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    KNOWN_MASTODON_INSTANCES.includes(url.hostname),
  findUnits: (root) => unitsIn(root, UNITS),
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(MASTODON_SELECTORS.hidden),
  extract,
  replyTarget,
};
