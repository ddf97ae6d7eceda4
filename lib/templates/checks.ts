/**
 * What Vigie checks before the CM inserts a reply. Each check is a visible
 * warning with its reason; only `block` (over the network's hard limit)
 * disables Insert, because the site itself would refuse or cut the reply.
 */
import { distance } from 'fastest-levenshtein';
import type { Network } from '../sites/types';
import { measure } from './length';
import { CHECK_MESSAGES, type CheckCode, checkMessageKey, type Translate } from './messages';

export interface Warning {
  code: CheckCode;
  severity: 'block' | 'warn';
  /** Substitutions of the message `check_<code>`; see CHECK_MESSAGES for their order. */
  params: string[];
}

/** One reply from the interaction log. */
export interface RecentReply {
  text: string;
  author?: string;
  url?: string;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface CheckInput {
  /** The reply as it will be inserted (after the CM's edits). */
  text: string;
  network: Network;
  templateLanguage?: string;
  mentionLanguage?: string;
  /** `RenderedTemplate.unfilled`: names left as `{name}` when the template was filled. */
  unfilled: readonly string[];
  authorHandle?: string;
  threadUrl?: string;
  recent: readonly RecentReply[];
  now: number;
  windowDays: number;
}

/** From 90 % of the limit (as tenths, to stay in integers) the CM is told, so a last edit does not push the reply over. */
const NEAR_LIMIT_TENTHS = 9;
/** Normalised Levenshtein similarity from which two replies look copy-pasted. */
export const SIMILARITY_THRESHOLD = 0.9;
const DAY_MS = 86_400_000;

export function checkReply(input: CheckInput): Warning[] {
  return [
    ...lengthWarnings(input.text, input.network),
    ...unfilledWarnings(input.text, input.unfilled),
    ...languageWarnings(input.templateLanguage, input.mentionLanguage),
    ...repeatWarnings(input),
  ];
}

/** The message key of the network's display name (`network_google_maps`…). */
export function networkLabelKey(network: Network): string {
  return `network_${network.replaceAll('-', '_')}`;
}

function lengthWarnings(text: string, network: Network): Warning[] {
  const { length, limit, over } = measure(text, network);
  if (limit === null) return [];
  const params = [String(length), String(limit), networkLabelKey(network)];
  if (over) return [{ code: 'too_long', severity: 'block', params }];
  if (length * 10 >= limit * NEAR_LIMIT_TENTHS)
    return [{ code: 'near_limit', severity: 'warn', params }];
  return [];
}

/** Only the names still written `{name}` in the text: the CM may have typed the value by hand. */
function unfilledWarnings(text: string, unfilled: readonly string[]): Warning[] {
  const remaining = [...new Set(unfilled)].filter((name) => text.includes(`{${name}}`));
  if (remaining.length === 0) return [];
  return [{ code: 'unfilled', severity: 'warn', params: [remaining.join(', ')] }];
}

/** `fr-CA` → `fr`; undefined when the language is not known. */
function primarySubtag(language: string | undefined): string | undefined {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === undefined || primary === '' || primary === 'und' ? undefined : primary;
}

function languageWarnings(template?: string, mention?: string): Warning[] {
  const ours = primarySubtag(template);
  const theirs = primarySubtag(mention);
  if (ours === undefined || theirs === undefined || ours === theirs) return [];
  return [{ code: 'language_mismatch', severity: 'warn', params: [ours, theirs] }];
}

function repeatWarnings(input: CheckInput): Warning[] {
  const since = input.now - input.windowDays * DAY_MS;
  const text = normalizeReply(input.text);
  if (text === '') return [];
  const similar = input.recent.filter(
    (reply) => reply.at >= since && isNearDuplicate(text, normalizeReply(reply.text)),
  );
  const handle = normalizeHandle(input.authorHandle);
  const thread = normalizeThreadUrl(input.threadUrl);
  const warnings: Warning[] = [];
  const byAuthor = handle
    ? similar.filter((reply) => normalizeHandle(reply.author) === handle)
    : [];
  if (byAuthor.length > 0) {
    warnings.push(repeatWarning('already_sent_author', byAuthor, input.now));
  }
  const inThread = thread
    ? similar.filter((reply) => normalizeThreadUrl(reply.url) === thread)
    : [];
  if (inThread.length > 0) {
    warnings.push(repeatWarning('already_sent_thread', inThread, input.now));
  }
  return warnings;
}

/**
 * Param: whole days since the latest such reply, plus one — the messages say
 * "less than $1 day(s) ago", which stays true and never reads "0 days".
 */
function repeatWarning(
  code: 'already_sent_author' | 'already_sent_thread',
  replies: readonly RecentReply[],
  now: number,
): Warning {
  const latest = replies.reduce((max, reply) => Math.max(max, reply.at), 0);
  const days = Math.floor(Math.max(0, now - latest) / DAY_MS) + 1;
  return { code, severity: 'warn', params: [String(days)] };
}

/** Case, compatibility forms and spacing do not make a reply look any less copy-pasted. */
export function normalizeReply(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Both already normalised. */
export function isNearDuplicate(a: string, b: string): boolean {
  if (a === b) return true;
  const longest = Math.max(a.length, b.length);
  // The distance is at least the length difference: skip the costly comparison when that alone rules it out.
  if (Math.abs(a.length - b.length) > longest * (1 - SIMILARITY_THRESHOLD)) return false;
  return 1 - distance(a, b) / longest >= SIMILARITY_THRESHOLD;
}

function normalizeHandle(handle: string | undefined): string {
  return (handle ?? '').trim().replace(/^@/, '').toLowerCase();
}

/** Tracking parameters that differ between two visits of the same thread. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|igshid|si|ref_src)$/;
/** Hosts whose thread links carry no meaningful query (X adds `?s=20&t=…` when a post is shared). */
const QUERYLESS_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'bsky.app']);

/**
 * The same thread seen from two links compares equal: no scheme, fragment,
 * tracking parameters, trailing slash or `www.`; host in lowercase.
 */
export function normalizeThreadUrl(url: string | undefined): string {
  const raw = (url ?? '').trim();
  if (raw === '') return '';
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return raw;
  }
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const kept = QUERYLESS_HOSTS.has(host)
    ? []
    : [...parsed.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(kept).toString();
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/** The warning as text: network names are translated before they are substituted. */
export function formatWarning(warning: Warning, translate: Translate): string {
  const labels: readonly number[] = CHECK_MESSAGES[warning.code].labelParams;
  const params = warning.params.map((param, index) =>
    labels.includes(index) ? translate(param) : param,
  );
  return translate(checkMessageKey(warning.code), ...params);
}
