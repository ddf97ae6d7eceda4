import type { QueryIssue, TermPattern } from './ast';
import { countWordUnits, hasTokenUnit } from './chars';

/** Whitespace between tokens (Unicode spaces included: users paste from everywhere). */
export function isSpaceUnit(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isDelimiter(code: number): boolean {
  // ( ) " { }
  return code === 0x28 || code === 0x29 || code === 0x22 || code === 0x7b || code === 0x7d;
}

/**
 * Replaces `<<<comments>>>` by spaces of the same length so that every later
 * position still points into the user's source. `<<<` inside quotes is text.
 */
export function blankComments(source: string, issues: QueryIssue[]): string {
  let out = '';
  let copiedUpTo = 0;
  let inQuotes = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '<' && source.startsWith('<<<', i)) {
      const close = source.indexOf('>>>', i + 3);
      const end = close < 0 ? source.length : close + 3;
      if (close < 0) {
        issues.push({ severity: 'error', code: 'unterminated_comment', start: i, end });
      }
      out += source.slice(copiedUpTo, i) + ' '.repeat(end - i);
      copiedUpTo = end;
      i = end - 1;
    }
  }
  return out + source.slice(copiedUpTo);
}

/** Builds a word pattern and reports what is wrong with it (wildcards, nothing to match). */
export function makeTerm(
  raw: string,
  start: number,
  caseSensitive: boolean,
  issues: QueryIssue[],
  label = raw,
): TermPattern {
  const end = start + raw.length;
  const text = raw.normalize('NFC');
  const firstWildcard = text.search(/[*?]/);
  if (firstWildcard >= 0) {
    const stem = text.slice(0, firstWildcard);
    if (!hasTokenUnit(stem)) {
      issues.push({
        severity: 'error',
        code: 'wildcard_at_start',
        start,
        end,
        params: { term: raw },
      });
    } else if (countWordUnits(stem) < 3) {
      issues.push({
        severity: 'warning',
        code: 'short_wildcard_stem',
        start,
        end,
        params: { stem },
      });
    }
  } else if (!hasTokenUnit(text)) {
    issues.push({
      severity: 'error',
      code: 'term_without_letters',
      start,
      end,
      params: { term: raw },
    });
  }
  return { text, caseSensitive, raw: label, start, end };
}

/** Splits `content` (which starts at `offset` in the source) into whitespace-separated words. */
export function splitWords(content: string, offset: number): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let i = 0;
  while (i < content.length) {
    while (i < content.length && isSpaceUnit(content.charCodeAt(i))) i++;
    const begin = i;
    while (i < content.length && !isSpaceUnit(content.charCodeAt(i))) i++;
    if (i > begin) words.push({ word: content.slice(begin, i), start: offset + begin });
  }
  return words;
}
