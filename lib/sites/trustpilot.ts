/**
 * Trustpilot (www.trustpilot.com and its country sites: fr., de., uk. …).
 *
 * Class names are CSS-module hashes (`styles_reviewCard__hcAvl`) that change
 * with each deploy; the `data-*-typography` and `data-service-review-*`
 * attributes have been stable for years and are what scrapers key on. A
 * business's reply is rendered inside the review card with no hook of its own
 * on its container, so the reply unit is found from its text element: the
 * largest wrapper around it that does not also hold the review's own text.
 */
import { absoluteUrl, isoTime, queryAllOf, visibleText } from './dom';
import {
  blockText,
  firstHtml,
  htmlElement,
  inDocumentOrder,
  isMarkupHidden,
  joinLines,
  markupHiddenCandidates,
  matchesAny,
  ownLanguage,
  parseRating,
} from './dom-web';
import type { ExtractedUnit, ReplyTarget, SiteAdapter } from './types';

export const TRUSTPILOT_SELECTORS = {
  /** Review cards. */
  review: [
    'article[data-service-review-card-paper]', // 2021–today review card
    'article[class*="styles_reviewCard__"]', // same card when the data attribute is dropped
  ],
  /** The text of a business reply; its wrapper is the reply unit. */
  replyText: [
    '[data-service-review-business-reply-text-typography]', // 2021–today
  ],
  /** The review's own title (inside the permalink). */
  reviewTitle: [
    '[data-service-review-title-typography]', // h2 inside a[data-review-title-typography]
    'a[data-review-title-typography]', // title link when the h2 loses its attribute
  ],
  /** The review's own text. */
  reviewText: [
    '[data-service-review-text-typography]', // p with the review text
  ],
  /** Reviewer name. */
  consumerName: [
    '[data-consumer-name-typography]', // span in the consumer aside
  ],
  /** Link to the reviewer's profile (`/users/<id>`). */
  consumerProfile: [
    'a[data-consumer-profile-link]', // 2023–today
    'a[name="consumer-profile"]', // older cards
    'a[href^="/users/"]', // any profile link
  ],
  /** Review permalink (`/reviews/<id>`). */
  permalink: [
    'a[data-review-title-typography][href*="/reviews/"]', // the title link
    'a[href*="/reviews/"]', // any review link in the card
  ],
  /** Review time. */
  reviewTime: [
    'time[data-service-review-date-time-ago]', // review header
    'time[datetime]', // date badge layouts without the data attribute
  ],
  /** Reply time. */
  replyTime: [
    'time[data-service-review-business-reply-date-time-ago]', // reply header
    'time[datetime]', // reply header without the data attribute
  ],
  /** "Reply from Acme Air" / "Réponse de Acme Air". */
  replyTitle: [
    '[data-service-review-business-reply-title-typography]', // 2021–today
  ],
  /** The star rating: an attribute holding the number, then the stars image alt. */
  rating: [
    '[data-service-review-rating]', // div around the stars, value in the attribute
  ],
  /** The stars image, whose alt reads "Rated 4 out of 5 stars" / "Noté 4 sur 5 étoiles". */
  ratingImage: [
    'img[src*="/stars/stars-"][alt]', // brand-assets stars-4.svg
    '[class*="star-rating_starRating__"] img[alt]', // same image, matched by its wrapper
  ],
  /**
   * Reply box, where one exists: Trustpilot Business shows the owner a textarea
   * under the review; the public site has none.
   */
  replyEditor: [
    'textarea[name*="reply" i]', // Trustpilot Business reply form
    'textarea', // any reply textarea in the card
  ],
  replyOpener: [
    'button[data-reply-button]', // Trustpilot Business "Reply"
    'a[href*="businessapp.b2b.trustpilot.com"]', // link to reply in Trustpilot Business
  ],
  /** UI chrome and screen-reader text inside a card. */
  hidden: [
    'button', // "See more", "Useful", "Share"
    '[data-review-label-tooltip-trigger]', // "Verified" / "Invited" badges
  ],
} as const satisfies Record<string, readonly string[]>;

const REPLY_PREFIX =
  /^\s*(?:reply from|response from|réponse de|réponse d[’']|antwort von|respuesta de|risposta da|reactie van|svar fra|svar från|odpowiedź od|resposta de)\s*/i;

const TRUSTPILOT_HOSTS = [
  'www',
  'fr',
  'de',
  'uk',
  'es',
  'it',
  'nl',
  'be',
  'dk',
  'se',
  'no',
  'fi',
  'pl',
  'pt',
  'at',
  'ch',
  'ie',
  'ca',
  'au',
  'nz',
].map((sub) => `${sub}.trustpilot.com`);

function cardOf(node: Node): Element | null {
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return start?.closest(TRUSTPILOT_SELECTORS.review.join(',')) ?? null;
}

function isCard(el: Element): boolean {
  return matchesAny(el, TRUSTPILOT_SELECTORS.review);
}

/** The business reply wrapper of `card`, or null. */
function replyOf(card: Element): Element | null {
  const text = queryAllOf(card, TRUSTPILOT_SELECTORS.replyText)[0];
  if (!text) return null;
  const ownText = TRUSTPILOT_SELECTORS.reviewText.join(',');
  let box = text;
  while (
    box.parentElement &&
    box.parentElement !== card &&
    !box.parentElement.querySelector(ownText)
  ) {
    box = box.parentElement;
  }
  return box;
}

function findUnits(root: ParentNode): Element[] {
  const cards = queryAllOf(root, TRUSTPILOT_SELECTORS.review);
  if ((root as Node).nodeType === 1 && isCard(root as Element)) cards.unshift(root as Element);
  // A reply added on its own (or a root inside a card) still yields its reply unit.
  const replies = [...cards, ...queryAllOf(root, TRUSTPILOT_SELECTORS.replyText)]
    .map((el) => (isCard(el) ? replyOf(el) : unitOf(el)))
    .filter((el): el is Element => el !== null && !isCard(el));
  const inside = (unit: Element): boolean =>
    (root as Node) === unit || (root as Node).contains(unit);
  return inDocumentOrder([...cards, ...replies].filter(inside));
}

function unitOf(node: Node): Element | null {
  const card = cardOf(node);
  if (!card) return null;
  const reply = replyOf(card);
  return reply?.contains(node) ? reply : card;
}

function isReply(unit: Element): boolean {
  return !isCard(unit);
}

function isHiddenText(el: Element): boolean {
  return isMarkupHidden(el) || matchesAny(el, TRUSTPILOT_SELECTORS.hidden);
}

/** First element under `unit` for `selectors` (in order) that is not inside the card's reply. */
function reviewPart(card: Element, selectors: readonly string[]): Element | null {
  const reply = replyOf(card);
  for (const selector of selectors) {
    const found = Array.from(card.querySelectorAll(selector)).find((el) => !reply?.contains(el));
    if (found) return found;
  }
  return null;
}

function bodyOf(unit: Element): Element[] {
  if (isReply(unit)) return queryAllOf(unit, TRUSTPILOT_SELECTORS.replyText).slice(0, 1);
  const title = reviewPart(unit, TRUSTPILOT_SELECTORS.reviewTitle);
  const text = reviewPart(unit, TRUSTPILOT_SELECTORS.reviewText);
  return [title, text].filter((el): el is Element => el !== null);
}

function ratingOf(card: Element): number | undefined {
  const attribute = reviewPart(card, TRUSTPILOT_SELECTORS.rating)?.getAttribute(
    'data-service-review-rating',
  );
  const fromAttribute = attribute ? Number(attribute) : Number.NaN;
  if (fromAttribute >= 1 && fromAttribute <= 5) return fromAttribute;
  return parseRating(reviewPart(card, TRUSTPILOT_SELECTORS.ratingImage)?.getAttribute('alt'));
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const skip = isHiddenText;
  const text = joinLines(bodyOf(unit).map((el) => blockText(el, skip)));
  const languageHint = bodyOf(unit)
    .map((el) => ownLanguage(el, unit))
    .find(Boolean);
  if (isReply(unit)) {
    const title = queryAllOf(unit, TRUSTPILOT_SELECTORS.replyTitle)[0];
    const name = title ? visibleText(title).replace(REPLY_PREFIX, '').trim() : undefined;
    return {
      network: 'trustpilot',
      kind: 'reply',
      author: { name: name || undefined },
      // The reply has no address of its own; the review's would merge the two mentions.
      permalink: undefined,
      timestamp: isoTime(queryAllOf(unit, TRUSTPILOT_SELECTORS.replyTime)[0] ?? null),
      text,
      languageHint,
      engagement: {},
    };
  }
  const nameElement = reviewPart(unit, TRUSTPILOT_SELECTORS.consumerName);
  const profile = reviewPart(unit, TRUSTPILOT_SELECTORS.consumerProfile);
  const rating = ratingOf(unit);
  return {
    network: 'trustpilot',
    kind: 'review',
    author: {
      name: nameElement ? visibleText(nameElement, isHiddenText) || undefined : undefined,
      url: absoluteUrl(profile?.getAttribute('href'), pageUrl),
    },
    permalink: absoluteUrl(
      reviewPart(unit, TRUSTPILOT_SELECTORS.permalink)?.getAttribute('href'),
      pageUrl,
    ),
    timestamp: isoTime(reviewPart(unit, TRUSTPILOT_SELECTORS.reviewTime)),
    text,
    languageHint,
    engagement: rating !== undefined ? { rating } : {},
  };
}

function replyTarget(unit: Element): ReplyTarget {
  // A business reply cannot be answered; the review's reply box is the owner's.
  if (isReply(unit)) return { editor: null, opener: null };
  const editor = htmlElement(reviewPart(unit, TRUSTPILOT_SELECTORS.replyEditor));
  if (editor) return { editor, opener: null };
  return { editor: null, opener: firstHtml(unit, TRUSTPILOT_SELECTORS.replyOpener) };
}

export const trustpilotAdapter: SiteAdapter = {
  id: 'trustpilot',
  network: 'trustpilot',
  matches: TRUSTPILOT_HOSTS.map((host) => `https://${host}/*`),
  handles: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    TRUSTPILOT_HOSTS.includes(url.hostname),
  findUnits,
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: markupHiddenCandidates(TRUSTPILOT_SELECTORS.hidden),
  extract,
  replyTarget,
};
