/**
 * Text helpers shared by the link suggestions, the packet and the report:
 * folding, significant words, author and address normalisation.
 */
import { normalizeThreadUrl } from '../templates/checks';
import { STOP_WORDS } from './stopwords';

/** Lowercase, compatibility forms unified, accents dropped: "Élodie" and "elodie" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const MIN_WORD_LENGTH = 3;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/giu;

/**
 * The distinct words of `text` that say what it is about: folded, without
 * links, stop words, numbers-only words or words under three letters. A
 * trailing plural "s" is dropped from longer words so "clients" meets "client".
 */
export function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  const withoutLinks = text.replace(URL_PATTERN, ' ');
  for (const raw of fold(withoutLinks).split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < MIN_WORD_LENGTH || STOP_WORDS.has(raw) || /^\p{N}+$/u.test(raw)) continue;
    words.add(raw.length > 4 && raw.endsWith('s') ? raw.slice(0, -1) : raw);
  }
  return words;
}

/** The http(s) links written in a text (a quote or a share of the incident's post). */
export function linksIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => match[0].replace(/[.,;:!?)\]]+$/u, ''));
}

/**
 * A handle or a display name as people retype it: folded, without the "@",
 * spacing collapsed. Empty when there is nothing to compare.
 */
export function normalizeAuthor(author: string | undefined): string {
  return fold(author ?? '')
    .replace(/^@+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Hosts that show the same posts under another name. */
const HOST_ALIASES: Readonly<Record<string, string>> = {
  'twitter.com': 'x.com',
  'mobile.twitter.com': 'x.com',
  'mobile.x.com': 'x.com',
  'm.facebook.com': 'facebook.com',
  'web.facebook.com': 'facebook.com',
  'm.youtube.com': 'youtube.com',
  'old.reddit.com': 'reddit.com',
  'new.reddit.com': 'reddit.com',
};

/**
 * One post seen from two links compares equal: no scheme, `www.`, fragment,
 * tracking parameters or trailing slash (the rules of the duplicate-reply
 * check), the mobile or old host of a network under its main name, and the
 * path in lowercase on networks where case means nothing.
 */
export function normalizeUrl(url: string | undefined): string {
  const normalized = normalizeThreadUrl(url);
  const slash = normalized.indexOf('/');
  const rawHost = slash === -1 ? normalized : normalized.slice(0, slash);
  const host = HOST_ALIASES[rawHost] ?? rawHost;
  const rest = normalized.slice(rawHost.length);
  return host + (CASELESS_PATH_HOSTS.has(host) ? rest.toLowerCase() : rest);
}

/**
 * Networks whose addresses ignore case (handles, ids in lowercase or digits):
 * x.com/Acme/status/1 is x.com/acme/status/1. Not YouTube: its video ids
 * are case-sensitive.
 */
const CASELESS_PATH_HOSTS = new Set([
  'x.com',
  'instagram.com',
  'tiktok.com',
  'facebook.com',
  'reddit.com',
  'linkedin.com',
  'bsky.app',
]);

/** Only web links become links in a packet or a report: no `javascript:`, `data:` or `file:`. */
export function isWebUrl(url: string | undefined): url is string {
  return webHref(url) !== null;
}

/**
 * The address as a link target, parsed and re-serialised (quotes and angle
 * brackets percent-encoded); null when it is not an http(s) address.
 */
export function webHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
