/**
 * What a bad-buzz capture reads from the page: the post under the selection,
 * the link or image right-clicked, or the mention the CM pointed at; else the
 * page itself. Nothing is typed by the CM.
 */

import type { FoundMention } from '../listening/page-listener';
import type { Evidence } from '../messages/content-commands';
import type { SiteAdapter } from '../sites/types';

export interface EvidenceRequest {
  selectionText?: string;
  linkUrl?: string;
  srcUrl?: string;
  dedupeKey?: string;
}

export interface EvidenceSources {
  adapter: SiteAdapter;
  /** The listener's mentions, to say which watchlists matched. */
  mentions: () => readonly FoundMention[];
  /** The element the CM last right-clicked (context menus do not say which). */
  lastContextTarget: () => Element | null;
}

function unitFor(request: EvidenceRequest, sources: EvidenceSources): Element | null {
  const { adapter } = sources;
  if (request.dedupeKey) {
    const found = sources.mentions().find((m) => m.dedupeKey === request.dedupeKey);
    if (found?.unit.isConnected) return found.unit;
  }
  const selection = document.getSelection();
  if (request.selectionText && selection?.anchorNode) {
    const unit = adapter.unitOf(selection.anchorNode);
    if (unit) return unit;
  }
  const clicked = sources.lastContextTarget();
  if (clicked?.isConnected) {
    const unit = adapter.unitOf(clicked);
    if (unit) return unit;
  }
  const url = request.linkUrl ?? request.srcUrl;
  if (url) {
    const element = [...document.querySelectorAll('a[href], img[src]')].find(
      (el) => (el as HTMLAnchorElement).href === url || (el as HTMLImageElement).src === url,
    );
    if (element) return adapter.unitOf(element);
  }
  return null;
}

export function readEvidence(request: EvidenceRequest, sources: EvidenceSources): Evidence {
  const page: Evidence = {
    url: location.href,
    pageTitle: document.title,
    excerpt: request.selectionText?.trim() || undefined,
    engagement: {},
    watchlistIds: [],
    terms: [],
  };
  const unit = unitFor(request, sources);
  if (!unit) return page;
  const extracted = sources.adapter.extract(unit, new URL(location.href));
  const mention = sources.mentions().find((m) => m.unit === unit);
  const engagement = Object.fromEntries(
    Object.entries(extracted.engagement).filter(([, value]) => typeof value === 'number'),
  ) as Record<string, number>;
  return {
    ...page,
    permalink: extracted.permalink,
    network: extracted.network,
    author: [extracted.author.name, extracted.author.handle].filter(Boolean).join(' ') || undefined,
    // The CM's selection is the evidence when there is one; else the whole post.
    excerpt: page.excerpt ?? (extracted.text || undefined),
    engagement,
    watchlistIds: mention?.watchlistIds ?? [],
    terms: mention?.terms ?? [],
    dedupeKey: mention?.dedupeKey,
  };
}
