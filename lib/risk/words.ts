/**
 * A small word tokenizer for the risk scorer's look-back. It only needs words,
 * where they sit in the text, and whether punctuation separates them: enough
 * to tell "pas content" from "Pas cher. Content". No regular expression is
 * ever built from data here; the two patterns below are fixed.
 */

/** One word of a post, with its offsets in the original text. */
export interface Word {
  /** Offset of the first UTF-16 unit, in the original text. */
  start: number;
  /** Offset just past the last UTF-16 unit. */
  end: number;
  /** Lower case, accents removed: what the word lists are written in. */
  folded: string;
  /** True for "né" and the like, so that accent folding cannot turn it into the negator "ne". */
  accented: boolean;
  /** Directly followed by an apostrophe and another word: the "n" of "n'est", the "don" of "don't". */
  elided: boolean;
  /** Clause punctuation (.,;:!?… brackets, quotes, line break, spaced dash) between this word and the previous one. */
  breakBefore: boolean;
}

// Letters of any script, digits and combining marks (decomposed accents stay inside their word).
const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
// Negation rarely reaches across these; a comma ends "Pas de chance, déçu" as well.
const CLAUSE_PUNCTUATION = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '\u2026',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  '\u00ab',
  '\u00bb',
  '\u201c',
  '\u201d',
  '\n',
  '\u2013',
  '\u2014',
  '|',
]);

/** Lower case without accents; ligatures spelled out so that "cœur" folds like "coeur". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replaceAll('\u0153', 'oe')
    .replaceAll('\u00e6', 'ae');
}

function gapBreaksClause(gap: string): boolean {
  for (const char of gap) {
    if (CLAUSE_PUNCTUATION.has(char)) return true;
  }
  // A dash with spaces around it separates clauses; "ras-le-bol" keeps its hyphens.
  return gap.includes(' - ');
}

/** Every word of `text`, in order. */
export function tokenizeWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const gap = text.slice(previousEnd, start);
    const previous = words.at(-1);
    if (previous && gap.length === 1 && APOSTROPHES.has(gap)) previous.elided = true;
    const folded = foldWord(match[0]);
    words.push({
      start,
      end,
      folded,
      accented: folded !== match[0].toLowerCase(),
      elided: false,
      breakBefore: words.length > 0 && gapBreaksClause(gap),
    });
    previousEnd = end;
  }
  return words;
}

/** Index of the first word that ends after `offset` (words.length when none does). */
export function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
