/**
 * The registry: every site adapter, most specific first. Pure data; the
 * content script picks the adapter for its page, the manifest takes the
 * union of their `matches`.
 */
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [];

/** The adapter for a page, or null when Vigie does not know the site. */
export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.handles(url)) ?? null;
}

/** Every host pattern the content script is declared on. */
export function contentScriptMatches(): string[] {
  return [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))];
}
