/**
 * The mark.js side of the comparison: one regular expression built from the
 * same watch terms, run with `markRegExp` (mark.js's fastest mode: one regex
 * per text node, no `acrossElements`, no diacritics expansion).
 *
 * Translation of Vigie's term syntax:
 * - every character escaped; `'` and `’` both match either apostrophe;
 * - `*` → `[\p{L}\p{N}\p{M}_]*`, `?` → one such character;
 * - a phrase's words are joined by `\s+` (mark.js matches inside one text node,
 *   so a phrase split by an element is missed, which only helps mark.js);
 * - word boundaries are Unicode-aware, `(?<![\p{L}\p{N}\p{M}_])…(?![\p{L}\p{N}\p{M}_])`
 *   with the `u` flag (JS `\b` is ASCII-only: it would split `déçu`);
 * - `i` folds case but not accents: unaccented terms (`decu`) do NOT find the
 *   accented text (`déçu`) as Vigie does. mark.js gets the easier job.
 * Alternatives are sorted longest first, so `"acme support"` wins over `acme`.
 */

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

function escapeUnit(ch: string): string {
  if (ch === "'" || ch === '’') return "['’]";
  // With the `u` flag only syntax characters may be escaped.
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function wordSource(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === '*') out += `${WORD_CHAR}*`;
    else if (ch === '?') out += WORD_CHAR;
    else out += escapeUnit(ch);
  }
  return out;
}

export function termSource(term: string): string {
  if (term.startsWith('"') && term.endsWith('"')) {
    return term.slice(1, -1).trim().split(/\s+/).map(wordSource).join('\\s+');
  }
  return wordSource(term);
}

/** One regex for all terms, for `markRegExp`. */
export function markRegExpFor(terms: readonly string[]): RegExp {
  const alternatives = terms
    .map(termSource)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
}

/** The part of mark.js's API the benchmark uses (the UMD build defines `Mark`). */
export interface MarkInstance {
  markRegExp(regexp: RegExp, options?: { done?: (marks: number) => void }): void;
}
export type MarkConstructor = new (context: Element) => MarkInstance;

export function markConstructor(): MarkConstructor {
  const found = (globalThis as unknown as { Mark?: MarkConstructor }).Mark;
  if (!found) throw new Error('mark.js is not loaded (expected the global Mark)');
  return found;
}
