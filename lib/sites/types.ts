/**
 * The contract between Vigie and one site. A site adapter holds *all* the DOM
 * knowledge of its site (selectors as named data, one comment per variant);
 * nothing else in Vigie knows a site's markup.
 *
 * Adapters are pure functions over a DOM they are handed: no module-level DOM
 * access, no listeners, no mutation of the page.
 */

/** Networks Vigie knows. `web` is the generic adapter (blogs, forums, news comments). */
export const NETWORKS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'reddit',
  'trustpilot',
  'tripadvisor',
  'google-maps',
  'mastodon',
  'bluesky',
  'web',
] as const;
export type Network = (typeof NETWORKS)[number];

/** What a unit is on its site: a feed post, a comment under it, a reply to a comment, a review. */
export type UnitKind = 'post' | 'comment' | 'reply' | 'review';

/** Counts the page shows next to a unit. Absent means "not shown", not zero. */
export interface Engagement {
  likes?: number;
  replies?: number;
  reposts?: number;
  views?: number;
  /** Review sites: the star/bubble rating, 1–5. */
  rating?: number;
}

/** Everything an adapter reads from one post/comment/review unit. */
export interface ExtractedUnit {
  network: Network;
  kind: UnitKind;
  author: { name?: string; handle?: string; url?: string };
  /** Absolute URL of the unit itself when the page exposes one. */
  permalink?: string;
  /** ISO 8601, from `time[datetime]` or an equivalent attribute; never parsed from "2 h ago". */
  timestamp?: string;
  /** Visible text of the unit's body, without nested units, hidden text or UI chrome. */
  text: string;
  /** BCP 47 hint from a `lang` attribute on or above the body, when the page gives one. */
  languageHint?: string;
  engagement: Engagement;
}

/** How to reach the site's own reply box for a unit (used by the insertion engine). */
export interface ReplyTarget {
  /** The editable that is already on the page for this unit, if any. */
  editor: HTMLElement | null;
  /** The button or link that opens/focuses the reply box when `editor` is not there yet. */
  opener: HTMLElement | null;
}

export interface SiteAdapter {
  /** Stable id, also the fixture folder name: `tests/fixtures/sites/<id>/`. */
  id: string;
  network: Network;
  /** Manifest match patterns for this site (the content script's `matches`). */
  matches: readonly string[];
  /** True when this adapter is the one for the page at `url`. */
  handles(url: URL): boolean;
  /** Every unit (post, comment, reply, review) inside `root`, in document order, nested ones included. */
  findUnits(root: ParentNode): Element[];
  /** The innermost unit that contains `node`, or null. */
  unitOf(node: Node): Element | null;
  /**
   * The elements whose text is the unit's body (what queries are matched against
   * and what gets highlighted). Must not include nested units' bodies.
   */
  bodyOf(unit: Element): Element[];
  /** True for elements whose text is not visible text (screen-reader-only, hidden URL parts). */
  isHiddenText(el: Element): boolean;
  /**
   * A CSS selector that every element `isHiddenText` accepts matches (a
   * superset is fine: `isHiddenText` confirms each candidate). The first pass
   * finds candidates with `querySelectorAll` instead of calling `isHiddenText`
   * on every element (bench/README.md). Without it every element is a candidate.
   */
  hiddenTextCandidates?: string;
  extract(unit: Element, pageUrl: URL): ExtractedUnit;
  replyTarget(unit: Element): ReplyTarget;
}
