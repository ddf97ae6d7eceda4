/**
 * Cheap negation detection: look back a few words from a hit, within its
 * clause, for a negator, then rule out the common constructions where the
 * negator does not negate the word ("le plus déçu", "ne peux que recommander",
 * "never been so disappointed", "couldn't be more happy"). The word lists are
 * data in `negation-words.ts`.
 */
import {
  CLAUSE_BREAK_WORDS,
  COMPARATIVES,
  COMPARISON_WORDS_AFTER,
  ELISION_NOT_NEGATING_BEFORE,
  INTENSIFIERS,
  NEGATION_LOOKBACK_WORDS,
  NEGATOR_WORDS,
  NEVER_WORDS,
  NOT_NEGATING_AFTER,
  PRAISE_ENOUGH_AFTER,
  PRAISE_ENOUGH_BETWEEN,
  RESTRICTIVE_WORDS,
  WEAK_NEGATORS,
} from './negation-words';
import type { Word } from './words';

const negators = new Set(NEGATOR_WORDS);
const clauseBreaks = new Set(CLAUSE_BREAK_WORDS);
const neverWords = new Set(NEVER_WORDS);
const intensifiers = new Set(INTENSIFIERS);
const comparatives = new Set(COMPARATIVES);
const comparisonsAfter = new Set(COMPARISON_WORDS_AFTER);
const weakNegators = new Set(WEAK_NEGATORS);
const restrictiveWords = new Set(RESTRICTIVE_WORDS);
const enoughBetween = new Set(PRAISE_ENOUGH_BETWEEN);
const enoughAfter = new Set(PRAISE_ENOUGH_AFTER);
const elisionExceptions = new Set(ELISION_NOT_NEGATING_BEFORE);

/** The negator found for a hit: its text span and its normalised form ("pas", "n'", "n't"). */
export interface Negation {
  start: number;
  end: number;
  negator: string;
}

/** The negator at `index`, normalised, or null when the word does not negate. */
export function negatorAt(words: readonly Word[], index: number): string | null {
  const word = words[index];
  if (!word) return null;
  // French elision: the "n" of "n'est", but not of "n'importe".
  if (word.folded === 'n' && word.elided) {
    const next = words[index + 1];
    return next && elisionExceptions.has(next.folded) ? null : "n'";
  }
  // English "n't": the tokenizer leaves "don" + "t"; the "t" carries the negation.
  if (word.folded === 't') {
    const previous = words[index - 1];
    return previous?.elided && previous.folded.endsWith('n') ? "n't" : null;
  }
  // "né" folds to "ne" but is not a negator.
  if (word.accented && word.folded === 'ne') return null;
  return negators.has(word.folded) ? word.folded : null;
}

/** True when a word inside [first, last] is itself a negator: "plus jamais", "not working". */
export function spanContainsNegator(words: readonly Word[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    if (negatorAt(words, index) !== null) return true;
  }
  return false;
}

/** Indices of the words a negator may sit in, nearest first, stopping at the clause's start. */
function lookbackWindow(words: readonly Word[], first: number): number[] {
  const window: number[] = [];
  for (let index = first - 1; index >= 0 && window.length < NEGATION_LOOKBACK_WORDS; index--) {
    if (words[index + 1]?.breakBefore) break;
    const word = words[index]!;
    if (clauseBreaks.has(word.folded)) break;
    window.push(index);
  }
  return window;
}

/** The folded words right after the hit, in the same clause. */
function wordsAfter(words: readonly Word[], last: number, count: number): string[] {
  const after: string[] = [];
  for (let index = last + 1; index <= last + count; index++) {
    const word = words[index];
    if (!word || word.breakBefore) break;
    after.push(word.folded);
  }
  return after;
}

function negationSpan(words: readonly Word[], index: number, negator: string): Negation {
  const word = words[index]!;
  // "don't": start the span at "don", not at the lone "t".
  const start = negator === "n't" ? words[index - 1]!.start : word.start;
  return { start, end: word.end, negator };
}

export interface NegationOptions {
  /** The hit is a praise verb: "can't recommend it enough" is praise. */
  praiseWithEnough?: boolean;
}

/**
 * The negator that negates the words [first, last], or null. `first` and
 * `last` are word indices of the hit.
 */
export function findNegation(
  words: readonly Word[],
  first: number,
  last: number,
  options: NegationOptions = {},
): Negation | null {
  const window = lookbackWindow(words, first);
  const found = window.flatMap((index) => {
    const negator = negatorAt(words, index);
    return negator === null ? [] : [{ index, negator }];
  });
  if (found.length === 0) return null;

  const after = wordsAfter(words, last, 2);
  if (options.praiseWithEnough && after.some((word) => enoughAfter.has(word))) return null;

  const between = (index: number) => window.filter((other) => other > index);
  for (const { index, negator } of found) {
    const laterWords = between(index).map((other) => words[other]!.folded);
    // "never been so disappointed", "jamais été aussi déçu": an intensified statement.
    if (neverWords.has(negator) && laterWords.some((word) => intensifiers.has(word))) return null;
    // "can't say enough good things".
    if (laterWords.some((word) => enoughBetween.has(word))) return null;
  }

  // "couldn't be more happy", "ne pourrait pas être plus content": a comparative after a real negator.
  const nearest = window[0];
  if (
    nearest === first - 1 &&
    comparatives.has(words[nearest]!.folded) &&
    found.some(({ index, negator }) => index !== nearest && !weakNegators.has(negator))
  ) {
    return null;
  }

  for (const { index, negator } of found) {
    const before = words[index - 1]?.folded;
    if (before !== undefined && NOT_NEGATING_AFTER[negator]?.includes(before)) continue;
    if (negator === 'plus' && after[0] !== undefined && comparisonsAfter.has(after[0])) continue;
    const restricted = between(index).some((other) => restrictiveWords.has(words[other]!.folded));
    if (weakNegators.has(negator) && restricted) continue;
    return negationSpan(words, index, negator);
  }
  return null;
}
