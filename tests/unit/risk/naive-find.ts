/**
 * A deliberately simple risk-term finder for the tests, so that the scorer can
 * run on the whole lexicon before the real matcher (lib/listening) lands. It
 * follows the query-term rules the lexicon is written in:
 * - case-insensitive;
 * - an unaccented term letter matches the letter with or without accents
 *   ("decu" finds "déçu"); an accented term letter matches only itself;
 * - a `*` ending a term word matches zero or more further letters;
 * - words are runs of Unicode letters, digits and marks ("Acme" never matches
 *   inside "Acmeland"); apostrophes, hyphens and spaces separate words, so the
 *   words of a phrase may be separated by any non-word characters.
 * It is quadratic and proud of it.
 */
import type { RiskHit } from '../../../lib/risk/score';

export interface NaiveTerm {
  term: string;
  category: string;
  weight: number;
}

interface TextWord {
  start: number;
  end: number;
  letters: string[];
}

interface TermWord {
  letters: string[];
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

function letters(word: string): string[] {
  return Array.from(word.normalize('NFC').toLowerCase());
}

function withoutAccent(letter: string): string {
  return letter.normalize('NFD').replace(MARKS, '');
}

function letterMatches(termLetter: string, textLetter: string): boolean {
  if (termLetter === textLetter) return true;
  // Only an unaccented term letter is allowed to ignore the text's accent.
  return withoutAccent(termLetter) === termLetter && withoutAccent(textLetter) === termLetter;
}

function wordMatches(termWord: TermWord, textWord: TextWord): boolean {
  const { letters: expected, prefix } = termWord;
  const actual = textWord.letters;
  if (prefix ? actual.length < expected.length : actual.length !== expected.length) return false;
  return expected.every((letter, index) => letterMatches(letter, actual[index]!));
}

function textWords(text: string): TextWord[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    letters: letters(match[0]),
  }));
}

function termWords(term: string): TermWord[] {
  return term
    .split(/[ '\u2019]+/)
    .filter((word) => word.length > 0)
    .map((word) => {
      const prefix = word.endsWith('*');
      return { letters: letters(prefix ? word.slice(0, -1) : word), prefix };
    });
}

/** Every occurrence of every term in `text`, as the matcher's risk hits. */
export function naiveFind(text: string, terms: readonly NaiveTerm[]): RiskHit[] {
  const words = textWords(text);
  const hits: RiskHit[] = [];
  for (const { term, category, weight } of terms) {
    const pattern = termWords(term);
    if (pattern.length === 0) continue;
    for (let first = 0; first + pattern.length <= words.length; first++) {
      const matched = pattern.every((termWord, offset) =>
        wordMatches(termWord, words[first + offset]!),
      );
      if (!matched) continue;
      hits.push({
        start: words[first]!.start,
        end: words[first + pattern.length - 1]!.end,
        category,
        weight,
        term,
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
