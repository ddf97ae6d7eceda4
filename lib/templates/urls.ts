/**
 * Finds the URLs a network would shorten or count as a fixed length (X: 23,
 * Mastodon: 23). A small scanner after twitter-text's extraction rules, not a
 * copy of its huge regular expressions: `http(s)://host/…`, and bare
 * `host.tld/…` for common top-level domains.
 */

export interface UrlSpan {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  hasProtocol: boolean;
}

/** Generic TLDs a CM's reply may name bare. */
const GENERIC_TLDS = new Set(
  'com org net edu gov mil int info biz app dev shop store online site blog news xyz tech page link live club travel museum aero mobi name pro paris bzh alsace corsica eus'.split(
    ' ',
  ),
);
/** Country-code TLDs: twitter-text does not link a bare `name.cc` without a path (but `t.co`). */
const COUNTRY_TLDS = new Set(
  'fr be ch lu mc ca de es it pt nl uk ie at pl se dk no fi eu us io co me tv ly gl ai jp cn in br mx ar au nz ma tn dz sn ci cm re gp mq nc pf ru ua gr cz ro hu tr il kr za'.split(
    ' ',
  ),
);
const SPECIAL_SHORT_DOMAINS = new Set(['t.co']);
const MAX_LABEL_LENGTH = 63;

const isAsciiAlnum = (ch: string) => /^[A-Za-z0-9]$/.test(ch);
const isLabelChar = (ch: string) => /^[\p{L}\p{N}_-]$/u.test(ch);
const isSpace = (ch: string) => /^\s$/u.test(ch);
/** A URL cannot start right after these (part of a word, an @handle, a $cashtag, a #hashtag). */
const isInvalidPreceding = (ch: string) => /^[\p{L}\p{N}@＠$#＃]$/u.test(ch);
/** Nor, without a protocol, after these (a longer name or a path). */
const isInvalidBarePreceding = (ch: string) => '-_./'.includes(ch);
/** twitter-text's valid path endings; anything else at the end is sentence punctuation. */
const isPathEnding = (ch: string) => /^[\p{L}\p{N}=_#/+-]$/u.test(ch);
/** Characters that end a path even without a space. */
const isPathStop = (ch: string) => isSpace(ch) || '"<>'.includes(ch);

export function findUrls(text: string, options: { withoutProtocol?: boolean } = {}): UrlSpan[] {
  const withoutProtocol = options.withoutProtocol ?? true;
  const urls: UrlSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const before = i > 0 ? text[i - 1]! : ' ';
    if (isInvalidPreceding(before)) {
      i += 1;
      continue;
    }
    const protocol = protocolAt(text, i);
    let found: UrlSpan | null = null;
    if (protocol > 0) found = scanUrl(text, i, i + protocol, true);
    else if (withoutProtocol && isAsciiAlnum(text[i]!) && !isInvalidBarePreceding(before)) {
      found = scanUrl(text, i, i, false);
    }
    if (found) {
      urls.push(found);
      i = found.end;
    } else i += 1;
  }
  return urls;
}

/** Length of `http://` or `https://` at `i` (any case), else 0. */
function protocolAt(text: string, i: number): number {
  const head = text.slice(i, i + 8).toLowerCase();
  if (head.startsWith('https://')) return 8;
  if (head.startsWith('http://')) return 7;
  return 0;
}

function scanUrl(text: string, start: number, hostStart: number, hasProtocol: boolean) {
  const host = scanHost(text, hostStart, hasProtocol);
  if (!host) return null;
  let end = host.end;
  if (text[end] === ':' && /^[0-9]$/.test(text[end + 1] ?? '')) {
    end += 1;
    while (/^[0-9]$/.test(text[end] ?? '')) end += 1;
  }
  let hasPath = false;
  if (end < text.length && '/?#'.includes(text[end]!)) {
    const pathStart = end;
    while (end < text.length && !isPathStop(text[end]!)) end += 1;
    end = trimPathEnd(text, pathStart, end);
    hasPath = end > pathStart;
  }
  if (!hasProtocol && !hasPath && isBareCountryDomain(host.labels)) return null;
  return { start, end, hasProtocol };
}

interface Host {
  end: number;
  labels: string[];
}

function scanHost(text: string, from: number, hasProtocol: boolean): Host | null {
  const labels: string[] = [];
  let i = from;
  for (;;) {
    const labelStart = i;
    while (i < text.length && isLabelChar(text[i]!)) i += 1;
    const label = text.slice(labelStart, i);
    if (!isValidLabel(label, hasProtocol)) return null;
    labels.push(label);
    // A dot continues the host only when a label follows ("example.com." ends a sentence).
    if (text[i] === '.' && i + 1 < text.length && isLabelChar(text[i + 1]!)) i += 1;
    else break;
  }
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (isIpv4(labels)) return hasProtocol ? { end: i, labels } : null;
  if (hasProtocol) return /^\p{L}{2,}$/u.test(tld) ? { end: i, labels } : null;
  return GENERIC_TLDS.has(tld) || COUNTRY_TLDS.has(tld) ? { end: i, labels } : null;
}

function isValidLabel(label: string, hasProtocol: boolean): boolean {
  if (label === '' || label.length > MAX_LABEL_LENGTH) return false;
  if (label.startsWith('-') || label.endsWith('-')) return false;
  // twitter-text links bare domains only when they are ASCII.
  return hasProtocol || /^[A-Za-z0-9_-]+$/.test(label);
}

function isIpv4(labels: readonly string[]): boolean {
  return (
    labels.length === 4 && labels.every((label) => /^[0-9]{1,3}$/.test(label) && +label <= 255)
  );
}

function isBareCountryDomain(labels: readonly string[]): boolean {
  const domain = labels.join('.').toLowerCase();
  const tld = labels[labels.length - 1]!.toLowerCase();
  return labels.length === 2 && COUNTRY_TLDS.has(tld) && !SPECIAL_SHORT_DOMAINS.has(domain);
}

/** Drops trailing sentence punctuation, keeping a `)` that closes a `(` inside the path. */
function trimPathEnd(text: string, pathStart: number, end: number): number {
  let e = end;
  while (e > pathStart) {
    const last = text[e - 1]!;
    if (isPathEnding(last)) break;
    if (last === ')' && balance(text.slice(pathStart, e), '(', ')') >= 0) break;
    e -= 1;
  }
  return e;
}

/** Opens minus closes; negative when the path closes more than it opens. */
function balance(path: string, open: string, close: string): number {
  let depth = 0;
  for (const ch of path) {
    if (ch === open) depth += 1;
    else if (ch === close) depth -= 1;
  }
  return depth;
}
