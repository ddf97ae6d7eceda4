/**
 * Google Maps reviews (www.google.<tld>/maps…, maps.google.<tld>).
 *
 * Maps is a Closure/Wiz app: class names are short generated ids (`jftiEf`,
 * `wiI7pd`) that have nonetheless held for years, and the stable hooks are
 * `data-review-id` (on the card, and again on buttons inside it), `jsaction`
 * names (`pane.review.expandReview`, `review.like`), `aria-label`s and
 * `lang` on the review text. Times are relative only ("il y a 2 semaines"),
 * so no timestamp is given; reviews have no permalink in the DOM.
 */
import { absoluteUrl, queryAllOf, visibleText } from './dom';
import {
  blockText,
  countIn,
  dropSameUnitDuplicates,
  htmlElement,
  inDocumentOrder,
  isMarkupHidden,
  joinLines,
  labelOf,
  markupHiddenCandidates,
  matchesAny,
  ownLanguage,
  parseRating,
} from './dom-web';
import type { ExtractedUnit, ReplyTarget, SiteAdapter } from './types';

export const GOOGLE_MAPS_SELECTORS = {
  /** Review cards; buttons inside carry `data-review-id` too, so only divs count. */
  review: [
    'div.jftiEf[data-review-id]', // 2021– place and hotel review list
    'div[data-review-id][jslog]', // same card if its class changes
    'div[data-review-id][aria-label]', // card labelled with the reviewer's name
  ],
  /** The owner's reply block inside a card. */
  ownerReply: [
    'div.CDe7pd', // 2021– "Réponse du propriétaire" block
  ],
  /** Reviewer name. */
  reviewerName: [
    '.d4r55', // 2021–
    'button[data-href*="/maps/contrib/"] div:first-child', // name inside the profile button
  ],
  /** Reviewer profile link (`/maps/contrib/<id>/reviews`). */
  reviewerLink: [
    'button[data-href*="/maps/contrib/"]', // 2021– buttons navigating via data-href
    'a[href*="/maps/contrib/"]', // older anchors
  ],
  /** Review text. */
  reviewText: [
    '.MyEned .wiI7pd', // 2021– text span in the lang-tagged wrapper
    '[data-expandable-section] .wiI7pd', // 2024 variant of the wrapper
    '.MyEned', // wrapper only (text directly inside)
  ],
  /** Owner reply text. */
  replyText: [
    '.wiI7pd', // same text class as reviews
  ],
  /** Star rating: "4 étoiles" / "4 stars" / "Rated 4.0 out of 5,"; hotels print "4/5". */
  rating: [
    'span.kvMYJc[role="img"][aria-label]', // 2021– places
    'span[role="img"][aria-label]', // any labelled star widget
    'span.fzvQIb', // hotels: "4/5" as text
  ],
  /** The "Helpful" button and its count. */
  likeButton: [
    'button[jsaction*="review.like"]', // 2021–
  ],
  likeCount: [
    '.pkWtMe', // count inside the like button
  ],
  /** Owner mode: reply textarea and the button that opens it. */
  replyEditor: [
    'textarea', // owner reply form opened in place
  ],
  replyOpener: [
    'button[jsaction*="review.reply"]', // owner "Reply" button
    'button[aria-label^="Reply" i]', // owner mode, English UI
    'button[aria-label^="Répondre" i]', // owner mode, French UI
  ],
  /** UI chrome inside text: "Plus"/"More" expanders, translation toggles. */
  hidden: [
    'button', // "Plus" (pane.review.expandReview), "Voir l'original"
  ],
} as const satisfies Record<string, readonly string[]>;

/** Header of an owner reply, for layouts without the known class. */
const OWNER_REPLY_HEADER =
  /^\s*(?:response from the owner|réponse du propriétaire|antwort vom inhaber|respuesta del propietario|risposta del proprietario|reactie van de eigenaar)/i;

const GOOGLE_TLDS = [
  'com',
  'fr',
  'co.uk',
  'de',
  'es',
  'it',
  'be',
  'ch',
  'ca',
  'nl',
  'at',
  'ie',
  'pt',
  'com.au',
];
const MAPS_PATH_HOSTS = GOOGLE_TLDS.map((tld) => `www.google.${tld}`);
const MAPS_HOSTS = GOOGLE_TLDS.map((tld) => `maps.google.${tld}`);

const CARD = GOOGLE_MAPS_SELECTORS.review.join(',');

function cardOf(node: Node): Element | null {
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let card = start?.closest(CARD) ?? null;
  // A card's inner wrapper may repeat the id; the outermost element with that id is the card.
  while (card?.parentElement) {
    const outer = card.parentElement.closest(CARD);
    if (!outer || outer.getAttribute('data-review-id') !== card.getAttribute('data-review-id'))
      break;
    card = outer;
  }
  return card;
}

function isCard(el: Element): boolean {
  return matchesAny(el, GOOGLE_MAPS_SELECTORS.review);
}

function ownerReplyOf(card: Element): Element | null {
  const known = queryAllOf(card, GOOGLE_MAPS_SELECTORS.ownerReply)[0];
  if (known) return known;
  // Fallback: the block whose first line is the owner-reply header.
  for (const block of card.querySelectorAll('div')) {
    const first = block.firstElementChild;
    if (first && OWNER_REPLY_HEADER.test(visibleText(first)) && block.querySelector('.wiI7pd')) {
      return block;
    }
  }
  return null;
}

function findUnits(root: ParentNode): Element[] {
  const cards = queryAllOf(root, GOOGLE_MAPS_SELECTORS.review);
  if ((root as Node).nodeType === 1 && isCard(root as Element)) cards.unshift(root as Element);
  const sameReview = (outer: Element, inner: Element): boolean =>
    outer.getAttribute('data-review-id') === inner.getAttribute('data-review-id');
  const distinct = dropSameUnitDuplicates(inDocumentOrder(cards), sameReview);
  const replies = distinct.map(ownerReplyOf).filter((el): el is Element => el !== null);
  return inDocumentOrder([...distinct, ...replies]);
}

function unitOf(node: Node): Element | null {
  const card = cardOf(node);
  if (!card) return null;
  const reply = ownerReplyOf(card);
  return reply?.contains(node) ? reply : card;
}

function isReply(unit: Element): boolean {
  return !isCard(unit);
}

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, GOOGLE_MAPS_SELECTORS.hidden);
}

/** First element of `card` for `selectors` (in order) that is not inside its owner reply. */
function reviewPart(card: Element, selectors: readonly string[]): Element | null {
  const reply = ownerReplyOf(card);
  for (const selector of selectors) {
    const found = Array.from(card.querySelectorAll(selector)).find((el) => !reply?.contains(el));
    if (found) return found;
  }
  return null;
}

function bodyOf(unit: Element): Element[] {
  const text = isReply(unit)
    ? queryAllOf(unit, GOOGLE_MAPS_SELECTORS.replyText)[0]
    : reviewPart(unit, GOOGLE_MAPS_SELECTORS.reviewText);
  return text ? [text] : [];
}

function ratingOf(card: Element): number | undefined {
  for (const selector of GOOGLE_MAPS_SELECTORS.rating) {
    const widget = reviewPart(card, [selector]);
    const rating = parseRating(labelOf(widget) ?? widget?.textContent);
    if (rating !== undefined) return rating;
  }
  return undefined;
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit);
  const text = joinLines(body.map((el) => blockText(el, isHiddenText)));
  const languageHint = body.map((el) => ownLanguage(el, unit)).find(Boolean);
  if (isReply(unit)) {
    return {
      network: 'google-maps',
      kind: 'reply',
      // The block says "the owner" without a name; the place's name is the page title's business.
      author: {},
      permalink: undefined,
      timestamp: undefined,
      text,
      languageHint,
      engagement: {},
    };
  }
  const nameElement = reviewPart(unit, GOOGLE_MAPS_SELECTORS.reviewerName);
  const link = reviewPart(unit, GOOGLE_MAPS_SELECTORS.reviewerLink);
  const href = link?.getAttribute('data-href') ?? link?.getAttribute('href');
  const likeButton = reviewPart(unit, GOOGLE_MAPS_SELECTORS.likeButton);
  const likes = likeButton
    ? countIn(queryAllOf(likeButton, GOOGLE_MAPS_SELECTORS.likeCount)[0]?.textContent)
    : undefined;
  const rating = ratingOf(unit);
  return {
    network: 'google-maps',
    kind: 'review',
    author: {
      name:
        (nameElement ? visibleText(nameElement) : undefined) ||
        unit.getAttribute('aria-label') ||
        undefined,
      url: absoluteUrl(href, pageUrl),
    },
    permalink: undefined,
    timestamp: undefined,
    text,
    languageHint,
    engagement: {
      ...(rating !== undefined ? { rating } : {}),
      ...(likes !== undefined ? { likes } : {}),
    },
  };
}

function replyTarget(unit: Element): ReplyTarget {
  if (isReply(unit)) return { editor: null, opener: null };
  const editor = htmlElement(reviewPart(unit, GOOGLE_MAPS_SELECTORS.replyEditor));
  if (editor) return { editor, opener: null };
  return { editor: null, opener: htmlElement(reviewPart(unit, GOOGLE_MAPS_SELECTORS.replyOpener)) };
}

function handles(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (MAPS_HOSTS.includes(url.hostname)) return true;
  return MAPS_PATH_HOSTS.includes(url.hostname) && /^\/maps(?:\/|$)/.test(url.pathname);
}

export const googleMapsAdapter: SiteAdapter = {
  id: 'google-maps',
  network: 'google-maps',
  matches: [
    ...MAPS_PATH_HOSTS.map((host) => `https://${host}/maps*`),
    ...MAPS_HOSTS.map((host) => `https://${host}/*`),
  ],
  handles,
  findUnits,
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(GOOGLE_MAPS_SELECTORS.hidden),
  extract,
  replyTarget,
};
