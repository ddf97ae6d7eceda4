/**
 * The registry: every site adapter Vigie ships. Pure data; the content script
 * picks the adapter for its page, the manifest takes the union of `matches`.
 *
 * Sites with their own adapter run by default (the CM can switch each off).
 * Any other site runs only once the CM turns Vigie on there (optional host
 * permission); it gets the Mastodon adapter if it looks like a Mastodon
 * instance, the generic one otherwise.
 */
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { googleMapsAdapter } from './google-maps';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { redditAdapter } from './reddit';
import { redditOldAdapter } from './reddit-old';
import { tiktokAdapter } from './tiktok';
import { tripadvisorAdapter } from './tripadvisor';
import { trustpilotAdapter } from './trustpilot';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** Most specific first: old.reddit before reddit. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  facebookAdapter,
  instagramAdapter,
  linkedinAdapter,
  youtubeAdapter,
  tiktokAdapter,
  redditOldAdapter,
  redditAdapter,
  trustpilotAdapter,
  tripadvisorAdapter,
  googleMapsAdapter,
  mastodonAdapter,
  blueskyAdapter,
];

export { genericAdapter };

/** The dedicated adapter for a page, or null when Vigie has none for the site. */
export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.handles(url)) ?? null;
}

/** Every host pattern the content script is declared on. */
export function contentScriptMatches(): string[] {
  return [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))];
}
