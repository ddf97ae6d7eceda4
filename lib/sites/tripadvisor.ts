/**
 * Tripadvisor (www.tripadvisor.com, .fr, .co.uk … and fr.tripadvisor.ca/be/ch).
 *
 * Classes are short generated names (`biGQs _P pZUbB`) that scrapers still key
 * on because Tripadvisor exposes few hooks: `data-automation="reviewCard"`,
 * `data-test-target="review-title"/"review-body"`, `/Profile/` links,
 * `ShowUserReviews` permalinks and the bubble rating's accessible label. The
 * owner's response sits inside the review card with no hook of its own: it is
 * the card's other text block (`span.JguWG` outside the review body), and its
 * unit is the largest wrapper around that text that does not hold the review
 * body. Dates are written out ("Rédigé le 12 mars 2024", "Written March 12,
 * 2024"); no `datetime` attribute exists, so they are read as dates.
 */
import { absoluteUrl, queryAllOf, visibleText } from './dom';
import {
  blockText,
  firstHtml,
  inDocumentOrder,
  isMarkupHidden,
  joinLines,
  markupHiddenCandidates,
  matchesAny,
  ownLanguage,
  parseRating,
  parseWrittenDate,
} from './dom-web';
import type { ExtractedUnit, ReplyTarget, SiteAdapter } from './types';

export const TRIPADVISOR_SELECTORS = {
  /** Review cards. */
  review: [
    '[data-automation="reviewCard"]', // 2022– hotels, restaurants, attractions, airlines
    '[data-test-target="HR_CC_CARD"]', // 2020–2022 hotel review card
    '.review-container', // pre-2021 restaurant/attraction list
  ],
  /** The review's title. */
  title: [
    '[data-test-target="review-title"]', // 2020– (div or span around a ShowUserReviews link)
    '.quote .noQuotes', // pre-2021
  ],
  /** The review's own text (and the "Read more" wrapper around it). */
  reviewBody: [
    '[data-test-target="review-body"]', // 2022– body wrapper
    'q[class]', // 2020–2022 hotel card (`q.QewHA`)
    '.entry .partial_entry', // pre-2021
  ],
  /** Text of the owner's response: any text block of the card outside the review body. */
  responseText: [
    'span.JguWG', // 2022– text span, shared by review body and response
    '.mgrRspnInline .partial_entry', // pre-2021 manager response
  ],
  /** Old layout: the response wrapper has a class of its own. */
  responseBox: [
    '.mgrRspnInline', // pre-2021
  ],
  /** Links to the reviewer's profile. */
  profileLink: [
    'a[href*="/Profile/"]', // avatar link (no text) and name link
    '.memberOverlayLink', // pre-2021 (name in a span)
  ],
  /** Review permalink. */
  permalink: [
    '[data-test-target="review-title"] a[href*="ShowUserReviews"]', // 2020–
    'a[href*="ShowUserReviews"]', // any layout
  ],
  /** Bubble rating: an accessible label/title ("4,0 sur 5 bulles", "4.0 of 5 bubbles"). */
  rating: [
    'svg[data-automation="bubbleRatingImage"]', // 2023–
    'svg[aria-label]', // 2022– with aria-label instead of a <title>
    'svg[aria-labelledby]', // 2022– label in a <title> child
  ],
  /** Pre-2021 bubble rating: the value is in the class (`bubble_40` = 4). */
  ratingClass: [
    'span.ui_bubble_rating[class*="bubble_"]', // pre-2021 lists
  ],
  /** Pre-2021 date: the full date is the title of `.ratingDate`. */
  ratingDate: [
    '.ratingDate[title]', // pre-2021 lists
  ],
  /** Reply box for the owner, where one shows up, and what opens it. */
  replyEditor: [
    'textarea', // owner response form opened in place
  ],
  replyOpener: [
    'a[href*="ManagementResponse"]', // "Write a response" for a logged-in owner
    'a[href*="OwnerResponse"]', // older owner-response link
  ],
  /** UI chrome inside cards. */
  hidden: [
    'button', // "Read more" / "Lire la suite", helpful votes, menus
  ],
} as const satisfies Record<string, readonly string[]>;

/** "Written March 12, 2024" / "Rédigé le 12 mars 2024" / "Date of review: …": the review's date line. */
const WRITTEN_LINE =
  /^\s*(?:written|rédigé(?:e)? le|date of review|avis écrit le|geschrieben am|escrita el|scritta in data)[\s:]/i;
/** "Responded March 14, 2024" / "Répondu le 14 mars 2024". */
const RESPONDED_LINE =
  /^\s*(?:responded|répondu le|beantwortet am|respondido el|risposta del)[\s:]/i;
/** "Response from Marie L, Manager at Acme" / "Réponse de Marie L, Directeur …". */
const RESPONSE_FROM =
  /^\s*(?:response from|réponse de|réponse d[’']|antwort von|respuesta de|risposta di)\s*/i;

const TLDS = [
  'com',
  'fr',
  'co.uk',
  'de',
  'es',
  'it',
  'ca',
  'com.au',
  'be',
  'ch',
  'nl',
  'at',
  'ie',
  'pt',
  'com.br',
  'com.mx',
  'co.nz',
  'in',
  'jp',
];
/** French-language sites of multilingual countries (fr.tripadvisor.ca, .be, .ch). */
const LANGUAGE_SUBDOMAINS = [
  'fr.tripadvisor.ca',
  'fr.tripadvisor.be',
  'fr.tripadvisor.ch',
  'nl.tripadvisor.be',
];
const HOSTS = [...TLDS.map((tld) => `www.tripadvisor.${tld}`), ...LANGUAGE_SUBDOMAINS];

function cardOf(node: Node): Element | null {
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return start?.closest(TRIPADVISOR_SELECTORS.review.join(',')) ?? null;
}

function isCard(el: Element): boolean {
  return matchesAny(el, TRIPADVISOR_SELECTORS.review);
}

function reviewBodyOf(card: Element): Element | null {
  return queryAllOf(card, TRIPADVISOR_SELECTORS.reviewBody)[0] ?? null;
}

/** The owner's response wrapper inside `card`, or null. */
function responseOf(card: Element): Element | null {
  const oldBox = queryAllOf(card, TRIPADVISOR_SELECTORS.responseBox)[0];
  if (oldBox) return oldBox;
  const body = reviewBodyOf(card);
  const title = queryAllOf(card, TRIPADVISOR_SELECTORS.title)[0];
  const text = queryAllOf(card, TRIPADVISOR_SELECTORS.responseText).find(
    (el) => !body?.contains(el) && !title?.contains(el),
  );
  if (!text || !body) return null;
  let box = text;
  while (box.parentElement && box.parentElement !== card && !box.parentElement.contains(body)) {
    box = box.parentElement;
  }
  return box;
}

function unitOf(node: Node): Element | null {
  const card = cardOf(node);
  if (!card) return null;
  const response = responseOf(card);
  return response?.contains(node) ? response : card;
}

function findUnits(root: ParentNode): Element[] {
  const cards = queryAllOf(root, TRIPADVISOR_SELECTORS.review);
  if ((root as Node).nodeType === 1 && isCard(root as Element)) cards.unshift(root as Element);
  const enclosing = cardOf(root as Node);
  if (enclosing && !cards.includes(enclosing)) cards.push(enclosing);
  const responses = cards.map(responseOf).filter((el): el is Element => el !== null);
  const inside = (unit: Element): boolean =>
    (root as Node) === unit || (root as Node).contains(unit);
  return inDocumentOrder([...cards, ...responses].filter(inside));
}

function isResponse(unit: Element): boolean {
  return !isCard(unit);
}

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, TRIPADVISOR_SELECTORS.hidden);
}

function bodyOf(unit: Element): Element[] {
  if (isResponse(unit)) {
    const text = queryAllOf(unit, TRIPADVISOR_SELECTORS.responseText)[0];
    return text ? [text] : [];
  }
  const title = queryAllOf(unit, TRIPADVISOR_SELECTORS.title)[0];
  const body = reviewBodyOf(unit);
  return [title, body].filter((el): el is Element => el !== undefined && el !== null);
}

/** Leaf-ish elements of `unit` (outside `except`) whose own text starts with `pattern`. */
function lineStartingWith(
  unit: Element,
  pattern: RegExp,
  except: Element | null,
): string | undefined {
  for (const el of unit.querySelectorAll('div, span, p')) {
    if (except?.contains(el) || el.children.length > 1) continue;
    const text = visibleText(el, isHiddenText);
    if (pattern.test(text)) return text;
  }
  return undefined;
}

function ratingOf(card: Element, response: Element | null): number | undefined {
  for (const svg of queryAllOf(card, TRIPADVISOR_SELECTORS.rating)) {
    if (response?.contains(svg)) continue;
    const label = svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent;
    const rating = parseRating(label);
    if (rating !== undefined) return rating;
  }
  const bubbles = queryAllOf(card, TRIPADVISOR_SELECTORS.ratingClass)[0];
  const tenths = /bubble_(\d{2})/.exec(bubbles?.getAttribute('class') ?? '')?.[1];
  return tenths ? Number(tenths) / 10 : undefined;
}

function profileOf(card: Element, pageUrl: URL): ExtractedUnit['author'] {
  const links = queryAllOf(card, TRIPADVISOR_SELECTORS.profileLink);
  const named = links.find((link) => visibleText(link, isHiddenText).length > 0);
  const href = (named ?? links[0])?.getAttribute('href');
  const slug = href ? /\/Profile\/([^/?#]+)/.exec(href)?.[1] : undefined;
  return {
    name: named ? visibleText(named, isHiddenText) : undefined,
    handle: slug ? decodeURIComponent(slug) : undefined,
    url: absoluteUrl(href, pageUrl),
  };
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const text = joinLines(bodyOf(unit).map((el) => blockText(el, isHiddenText)));
  const languageHint = bodyOf(unit)
    .map((el) => ownLanguage(el, unit))
    .find(Boolean);
  if (isResponse(unit)) {
    const from = lineStartingWith(unit, RESPONSE_FROM, null);
    const name = from?.replace(RESPONSE_FROM, '').split(',')[0]?.trim();
    return {
      network: 'tripadvisor',
      kind: 'reply',
      author: { name: name || undefined },
      permalink: undefined,
      timestamp: parseWrittenDate(lineStartingWith(unit, RESPONDED_LINE, null)),
      text,
      languageHint,
      engagement: {},
    };
  }
  const response = responseOf(unit);
  const rating = ratingOf(unit, response);
  const oldDate = queryAllOf(unit, TRIPADVISOR_SELECTORS.ratingDate)[0]?.getAttribute('title');
  return {
    network: 'tripadvisor',
    kind: 'review',
    author: profileOf(unit, pageUrl),
    permalink: absoluteUrl(
      queryAllOf(unit, TRIPADVISOR_SELECTORS.permalink)[0]?.getAttribute('href'),
      pageUrl,
    ),
    timestamp: parseWrittenDate(lineStartingWith(unit, WRITTEN_LINE, response) ?? oldDate),
    text,
    languageHint,
    engagement: rating !== undefined ? { rating } : {},
  };
}

function replyTarget(unit: Element): ReplyTarget {
  if (isResponse(unit)) return { editor: null, opener: null };
  const response = responseOf(unit);
  const editor = firstHtml(unit, TRIPADVISOR_SELECTORS.replyEditor);
  if (editor && !response?.contains(editor)) return { editor, opener: null };
  return { editor: null, opener: firstHtml(unit, TRIPADVISOR_SELECTORS.replyOpener) };
}

export const tripadvisorAdapter: SiteAdapter = {
  id: 'tripadvisor',
  network: 'tripadvisor',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.includes(url.hostname),
  findUnits,
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(TRIPADVISOR_SELECTORS.hidden),
  extract,
  replyTarget,
};
