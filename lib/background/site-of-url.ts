import { adapterFor } from '../sites';
import type { Network } from '../sites/types';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The adapter id for a page URL, or null for pages Vigie has no dedicated adapter for. */
export function siteIdFor(url: string): string | null {
  const parsed = parse(url);
  return parsed ? (adapterFor(parsed)?.id ?? null) : null;
}

/** The network a page belongs to; `web` for any other page. */
export function networkFor(url: string | undefined): Network {
  const parsed = url ? parse(url) : null;
  return (parsed && adapterFor(parsed)?.network) || 'web';
}
