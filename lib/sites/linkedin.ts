/**
 * LinkedIn web (Ember app, BEM class names that have been stable for years).
 * Units: feed/post-page updates (`.feed-shared-update-v2[data-urn]`), reshared
 * posts nested in them, comments (`article.comments-comment-entity`) and
 * replies, which LinkedIn nests inside the comment they answer.
 *
 * Names and counts are printed twice, once `aria-hidden` and once
 * `.visually-hidden`; only the visible copy is read. LinkedIn shows no
 * machine-readable time, but activity and comment ids are time-ordered
 * (the top 41 bits are Unix milliseconds), so `timestamp` comes from the
 * `data-urn` / `data-id` attributes.
 */
import {
  closestUnit,
  countOf,
  definedOnly,
  isOnHost,
  isScreenReaderOnly,
  languageWithin,
  profileSlug,
  queryOwnedFirst,
  queryUnits,
  readText,
  screenReaderOnlyCandidates,
  timeFromId,
  withoutQuery,
} from './dom-extra';
import type { ExtractedUnit, ReplyTarget, SiteAdapter, UnitKind } from './types';

const HOSTS = ['www.linkedin.com', 'linkedin.com'] as const;
const ORIGIN = 'https://www.linkedin.com';

export const LINKEDIN_SELECTORS = {
  post: [
    // 2022– feed and post page: the update card, role=article, data-urn="urn:li:activity:…".
    'div.feed-shared-update-v2[data-urn]',
    // Same card when the class list changes: any role=article carrying an activity/ugcPost urn.
    'div[role="article"][data-urn^="urn:li:activity:"]',
    'div[role="article"][data-urn^="urn:li:ugcPost:"]',
  ],
  reshare: [
    // 2023– "reshare with thoughts": the original post, nested in the resharer's card.
    '.feed-shared-update-v2__update-content-wrapper',
    // 2024– compact reshare.
    '.update-components-mini-update-v2',
  ],
  comment: [
    // 2024– comments and replies (replies add --reply and sit inside their comment).
    'article.comments-comment-entity',
    // 2021–2023 comments; replies were .comments-reply-item.
    'article.comments-comment-item',
  ],
  reply: ['.comments-comment-entity--reply', '.comments-reply-item'],
  body: [
    // 2023– post commentary.
    '.update-components-text.update-components-update-v2__commentary',
    // 2024– comment text.
    '.comments-comment-entity__content .update-components-text',
    // 2021–2023 comment text.
    '.comments-comment-item__main-content',
    // Reshares and older cards.
    '.update-components-text',
    '.feed-shared-text',
  ],
  actorName: [
    // Post header (2022–).
    '.update-components-actor__title',
    '.update-components-actor__name',
    // Comment header: 2024– and 2021–2023.
    '.comments-comment-meta__description-title',
    '.comments-post-meta__name-text',
  ],
  actorLink: [
    '.update-components-actor__meta-link',
    '.update-components-actor__container a[href]',
    'a.update-components-actor__image',
    'a.comments-comment-meta__description-container',
    'a.comments-comment-meta__image-link',
    'a.comments-post-meta__actor-link',
  ],
  /** Bits of an actor's title that are not the name: connection degree, badges. */
  actorExtras: [
    '.update-components-actor__supplementary-actor-info',
    '.text-view-model__verified-icon',
  ],
  reshareLink: [
    'a.update-components-mini-update-v2__link-to-details-page',
    'a[href*="/feed/update/urn:li:"]',
  ],
  reactions: [
    // "1 234 réactions" on the post's count button, then the visible count.
    '.social-details-social-counts__reactions button[aria-label]',
    '.social-details-social-counts__reactions-count',
    '.social-details-social-counts__social-proof-fallback-number',
    // Comment reactions: 2024– and 2021–2023.
    '.comments-comment-social-bar__reactions-count--cr',
    '.comments-comment-social-bar__reactions-count',
  ],
  comments: [
    '.social-details-social-counts__comments button',
    '.social-details-social-counts__comments',
    // Replies under a comment: "2 réponses".
    '.comments-comment-social-bar__replies-count--cr',
    '.comments-comment-social-bar__replies-count',
  ],
  reposts: [
    'button[aria-label*="republication"]',
    'button[aria-label*="repost"]',
    '.social-details-social-counts__item--right-aligned button[aria-label*="partage"]',
  ],
  postEditor: [
    // The post's own comment box (Quill editor), not a reply box.
    '.comments-comment-box:not(.comments-comment-box--reply) .ql-editor[contenteditable="true"]',
    '.comments-comment-texteditor [contenteditable="true"]',
  ],
  replyEditor: [
    // The reply box opened under a comment (2024– --reply modifier).
    '.comments-comment-box--reply .ql-editor[contenteditable="true"]',
    '.comments-comment-box--reply [contenteditable="true"]',
  ],
  commentOpener: [
    'button.comment-button',
    'button[aria-label="Commenter"]',
    'button[aria-label="Comment"]',
  ],
  replyOpener: [
    'button.comments-comment-social-bar__reply-action-button--cr',
    'button.comments-comment-social-bar__reply-action-button',
    'button[aria-label^="Répondre au commentaire"]',
    'button[aria-label^="Reply to"]',
  ],
  /** The "…plus / …see more" toggle after a clamped text (the text is all in the DOM). */
  seeMore: ['.feed-shared-inline-show-more-text__see-more-less-toggle', 'button.see-more'],
} as const;

const ACTIVITY_URN = /urn:li:(?:activity|ugcPost|share):(\d+)/;
const COMMENT_URN = /^urn:li:comment:\((?:activity|ugcPost):(\d+),(\d+)\)$/;

const UNIT_SELECTORS = [
  ...LINKEDIN_SELECTORS.post,
  ...LINKEDIN_SELECTORS.reshare,
  ...LINKEDIN_SELECTORS.comment,
];

function acceptUnit(el: Element): boolean {
  if (el.matches(LINKEDIN_SELECTORS.reshare.join(','))) {
    // A reshare is a unit only inside a post, and its wrapper and compact card are one unit.
    const outerReshare = el.parentElement?.closest(LINKEDIN_SELECTORS.reshare.join(','));
    return Boolean(el.parentElement?.closest(LINKEDIN_SELECTORS.post.join(','))) && !outerReshare;
  }
  return true;
}

function unitOf(node: Node): Element | null {
  return closestUnit(node, UNIT_SELECTORS, acceptUnit);
}

function isComment(unit: Element): boolean {
  return unit.matches(LINKEDIN_SELECTORS.comment.join(','));
}

function isReshare(unit: Element): boolean {
  return unit.matches(LINKEDIN_SELECTORS.reshare.join(','));
}

function kindOf(unit: Element): UnitKind {
  if (!isComment(unit)) return 'post';
  if (unit.matches(LINKEDIN_SELECTORS.reply.join(','))) return 'reply';
  return unit.parentElement?.closest(LINKEDIN_SELECTORS.comment.join(',')) ? 'reply' : 'comment';
}

function isHiddenText(el: Element): boolean {
  return isScreenReaderOnly(el) || el.matches(LINKEDIN_SELECTORS.seeMore.join(','));
}

function bodyOf(unit: Element): Element[] {
  const body = queryOwnedFirst(unit, LINKEDIN_SELECTORS.body, unitOf);
  return body ? [body] : [];
}

function author(unit: Element, pageUrl: URL): ExtractedUnit['author'] {
  const nameEl = queryOwnedFirst(unit, LINKEDIN_SELECTORS.actorName, unitOf);
  const extras = LINKEDIN_SELECTORS.actorExtras.join(',');
  const name = nameEl
    ? readText(nameEl, { skip: (el) => isHiddenText(el) || el.matches(extras) })
    : '';
  const link = queryOwnedFirst(unit, LINKEDIN_SELECTORS.actorLink, unitOf);
  const href = link?.getAttribute('href');
  return definedOnly({
    name: name || undefined,
    handle: profileSlug(href, pageUrl, ['in', 'company', 'school', 'showcase']),
    url: profileUrl(href, pageUrl),
  });
}

/** `/in/julie-martin/recent-activity?x` and `/company/acme-air/posts` → the profile root. */
function profileUrl(href: string | null | undefined, pageUrl: URL): string | undefined {
  const absolute = withoutQuery(href, pageUrl);
  if (!absolute) return undefined;
  const url = new URL(absolute);
  const profile = /^\/(?:in|company|school|showcase)\/[^/]+/.exec(url.pathname)?.[0];
  return profile ? `${url.origin}${profile}/` : absolute;
}

/** Activity id and comment id of a comment unit, from `data-id="urn:li:comment:(activity:A,C)"`. */
function commentIds(comment: Element): { activity: string; comment: string } | null {
  const match = COMMENT_URN.exec(comment.getAttribute('data-id') ?? '');
  return match?.[1] && match[2] ? { activity: match[1], comment: match[2] } : null;
}

function postUrn(unit: Element): string | undefined {
  const urn = unit.getAttribute('data-urn') ?? undefined;
  if (urn && ACTIVITY_URN.test(urn)) return urn;
  const link = queryOwnedFirst(unit, LINKEDIN_SELECTORS.reshareLink, unitOf);
  return ACTIVITY_URN.exec(link?.getAttribute('href') ?? '')?.[0];
}

function permalinkOf(unit: Element, pageUrl: URL): string | undefined {
  if (!isComment(unit)) {
    const urn = postUrn(unit);
    if (urn) return `${ORIGIN}/feed/update/${urn}/`;
    const link = queryOwnedFirst(unit, LINKEDIN_SELECTORS.reshareLink, unitOf);
    return withoutQuery(link?.getAttribute('href'), pageUrl);
  }
  const ids = commentIds(unit);
  if (!ids) return undefined;
  const urnOf = (id: string): string => `urn:li:comment:(activity:${ids.activity},${id})`;
  const url = new URL(`${ORIGIN}/feed/update/urn:li:activity:${ids.activity}/`);
  const parent = unit.parentElement?.closest(LINKEDIN_SELECTORS.comment.join(','));
  const parentIds = parent ? commentIds(parent) : null;
  if (parentIds) {
    url.searchParams.set('commentUrn', urnOf(parentIds.comment));
    url.searchParams.set('replyUrn', urnOf(ids.comment));
  } else {
    url.searchParams.set('commentUrn', urnOf(ids.comment));
  }
  return url.href;
}

function timestampOf(unit: Element): string | undefined {
  if (isComment(unit)) return timeFromId(commentIds(unit)?.comment, 22);
  return timeFromId(ACTIVITY_URN.exec(postUrn(unit) ?? '')?.[1], 22);
}

function engagement(unit: Element): ExtractedUnit['engagement'] {
  if (isReshare(unit)) return {};
  const own = (selectors: readonly string[]): number | undefined =>
    countOf(queryOwnedFirst(unit, selectors, unitOf));
  return definedOnly({
    likes: own(LINKEDIN_SELECTORS.reactions),
    replies: own(LINKEDIN_SELECTORS.comments),
    reposts: isComment(unit) ? undefined : own(LINKEDIN_SELECTORS.reposts),
  });
}

function extract(unit: Element, pageUrl: URL): ExtractedUnit {
  const body = bodyOf(unit)[0];
  return definedOnly({
    network: 'linkedin' as const,
    kind: kindOf(unit),
    author: author(unit, pageUrl),
    permalink: permalinkOf(unit, pageUrl),
    timestamp: timestampOf(unit),
    text: body ? readText(body, { skip: isHiddenText, blocks: true }) : '',
    languageHint: body ? languageWithin(body, unit) : undefined,
    engagement: engagement(unit),
  });
}

function replyTarget(unit: Element): ReplyTarget {
  if (isReshare(unit)) return { editor: null, opener: null };
  if (!isComment(unit)) {
    return {
      editor: queryOwnedFirst(unit, LINKEDIN_SELECTORS.postEditor, unitOf) as HTMLElement | null,
      opener: queryOwnedFirst(unit, LINKEDIN_SELECTORS.commentOpener, unitOf) as HTMLElement | null,
    };
  }
  // Replies to a reply go into the reply box of the comment on top of the thread.
  const parent = unit.parentElement?.closest(LINKEDIN_SELECTORS.comment.join(','));
  const editor =
    queryOwnedFirst(unit, LINKEDIN_SELECTORS.replyEditor, unitOf) ??
    (parent ? queryOwnedFirst(parent, LINKEDIN_SELECTORS.replyEditor, unitOf) : null);
  return {
    editor: editor as HTMLElement | null,
    opener: queryOwnedFirst(unit, LINKEDIN_SELECTORS.replyOpener, unitOf) as HTMLElement | null,
  };
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  network: 'linkedin',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => isOnHost(url, HOSTS),
  findUnits: (root) => queryUnits(root, UNIT_SELECTORS, acceptUnit),
  unitOf,
  bodyOf,
  isHiddenText,
  hiddenTextCandidates: screenReaderOnlyCandidates(LINKEDIN_SELECTORS.seeMore),
  extract,
  replyTarget,
};
