import { NETWORKS } from '../sites/types';
import type { QueryField } from './ast';

/** Names users also type for a network. */
const NETWORK_ALIASES: Readonly<Record<string, string>> = {
  twitter: 'x',
  fb: 'facebook',
  ig: 'instagram',
  googlemaps: 'google-maps',
  google: 'google-maps',
  'old.reddit': 'reddit',
};

/** Canonical network id for what the user wrote (`Twitter` → `x`). */
export function normalizeNetwork(value: string): string {
  const lower = value.trim().toLowerCase();
  return NETWORK_ALIASES[lower] ?? lower;
}

export function isKnownNetwork(value: string): boolean {
  return (NETWORKS as readonly string[]).includes(normalizeNetwork(value));
}

export const KNOWN_NETWORKS_LIST = NETWORKS.join(', ');

/**
 * Host of a `site:` value or of the context's site: lower case, without scheme,
 * credentials, path, port, trailing dot or a leading `*.`.
 */
export function normalizeHost(value: string): string {
  let host = value.trim().toLowerCase();
  const scheme = host.indexOf('://');
  if (scheme >= 0) host = host.slice(scheme + 3);
  const slash = host.indexOf('/');
  if (slash >= 0) host = host.slice(0, slash);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  if (host.startsWith('*.')) host = host.slice(2);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** Primary language subtag, lower case (`fr-CA` → `fr`). */
export function primaryLanguage(value: string): string {
  const lower = value.trim().toLowerCase();
  const cut = lower.search(/[-_]/);
  return cut >= 0 ? lower.slice(0, cut) : lower;
}

export function isIsoLanguage(value: string): boolean {
  return /^[a-z]{2}$/i.test(value.trim());
}

export function fieldFromName(name: string): QueryField | null {
  switch (name.toLowerCase()) {
    case 'author':
      return 'author';
    case 'site':
      return 'site';
    case 'network':
      return 'network';
    case 'language':
      return 'language';
    default:
      return null;
  }
}
