import { adapterFor } from '../sites';

/** The adapter id for a page URL, or null for pages Vigie does not watch. */
export function siteIdFor(url: string): string | null {
  try {
    return adapterFor(new URL(url))?.id ?? null;
  } catch {
    return null;
  }
}
