import { genericAdapter } from './generic';
import { looksLikeMastodon, mastodonAdapter } from './mastodon';
import type { SiteAdapter } from './types';

/** The adapter for a page the CM turned Vigie on for: Mastodon if it looks like an instance. */
export function onDemandAdapterFor(doc: Document): SiteAdapter {
  return looksLikeMastodon(doc) ? mastodonAdapter : genericAdapter;
}
