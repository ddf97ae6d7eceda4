/**
 * The word lists behind the scorer's negation look-back, kept as data so that
 * they can be reviewed and extended without reading the algorithm. Every word
 * is written lower case and without accents (the tokenizer folds the text the
 * same way). A trailing `*` in a positive term matches inflections.
 */
import type { RiskCategory } from './categories';

/** How many words before a hit the scorer looks for a negator ("ne suis pas du tout déçu" needs 3). */
export const NEGATION_LOOKBACK_WORDS = 3;

/** Words that negate what follows. French first, then English (with the apostrophe-less spellings of social media). */
export const NEGATOR_WORDS: readonly string[] = [
  // fr
  'pas',
  'plus',
  'jamais',
  'aucun',
  'aucune',
  'sans',
  'ni',
  'ne',
  'non',
  'rien',
  'guere',
  'nullement',
  'zero',
  'peu',
  // en
  'not',
  'no',
  'never',
  'without',
  'hardly',
  'barely',
  'nobody',
  'nothing',
  'none',
  'nor',
  'neither',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'aint',
];

/**
 * Negators spelled with an apostrophe, which the tokenizer splits: the French
 * elision "n'" (n'est, n'ai) and the English "n't" (don't, isn't, can't).
 */
export const ELIDED_NEGATORS: readonly string[] = ["n'", "n't"];

/** "n'importe quoi" is not a negation. */
export const ELISION_NOT_NEGATING_BEFORE: readonly string[] = ['importe'];

/**
 * A negator preceded by one of these words is not one: "le plus déçu",
 * "toujours plus de bugs", "de plus en plus de pannes" (comparative and
 * superlative "plus"), "un peu déçu" ("a little" disappointed).
 */
export const NOT_NEGATING_AFTER: Readonly<Record<string, readonly string[]>> = {
  plus: [
    'le',
    'la',
    'les',
    'au',
    'aux',
    'des',
    'du',
    'de',
    'en',
    'un',
    'encore',
    'toujours',
    'bien',
    'beaucoup',
  ],
  peu: ['un'],
};

/** "plus content que jamais", "plus déçu que jamais": a comparison, not a negation. */
export const COMPARISON_WORDS_AFTER: readonly string[] = ['que', 'qu', 'than'];

/** Words that end the negation's reach: "pas cher mais déçu", "not cheap and disappointing". */
export const CLAUSE_BREAK_WORDS: readonly string[] = [
  'mais',
  'et',
  'car',
  'parce',
  'donc',
  'cependant',
  'pourtant',
  'sauf',
  'puis',
  'alors',
  'sinon',
  'but',
  'and',
  'because',
  'however',
  'although',
  'though',
  'except',
  'then',
  'otherwise',
];

/** "jamais" and "never" followed by an intensifier praise or blame the word: "never been so disappointed". */
export const NEVER_WORDS: readonly string[] = ['jamais', 'never'];
export const INTENSIFIERS: readonly string[] = [
  'aussi',
  'si',
  'autant',
  'tellement',
  'tant',
  'plus',
  'so',
  'as',
  'such',
  'this',
  'that',
  'more',
];

/** A comparative right before the word, after a real negator: "couldn't be more happy", "ne pourrait pas être plus content". */
export const COMPARATIVES: readonly string[] = ['plus', 'more'];

/** "ne" alone is weak: with "que" between it and the word it restricts instead ("je ne peux que recommander"). */
export const WEAK_NEGATORS: readonly string[] = ['ne', "n'"];
export const RESTRICTIVE_WORDS: readonly string[] = ['que', 'qu'];

/** In English, "enough" between the negator and the word makes praise: "can't say enough good things". */
export const PRAISE_ENOUGH_BETWEEN: readonly string[] = ['enough'];
/** After a praise verb, "enough" (within two words) makes praise too: "can't recommend them enough", "on ne le recommandera jamais assez". */
export const PRAISE_ENOUGH_AFTER: readonly string[] = ['enough', 'assez'];

/**
 * Risk categories whose words a negator cancels: "pas déçu", "aucun problème",
 * "sans danger", "pas de panne". The others are kept even when negated, on
 * purpose: "pas remboursé" is still about a refund, "je ne suis pas raciste
 * mais…" is exactly what a CM must see, "c'est pas un scandale ça ?" is
 * usually rhetorical, and a negated legal threat still names one.
 */
export const NEGATABLE_CATEGORIES: readonly RiskCategory[] = [
  'complaint',
  'anger',
  'safety',
  'outage',
];

/** A positive word that signals a problem once negated: "pas content", "not happy", "jamais reçu". */
export interface NegatablePositive {
  term: string;
  /** The category the negated word counts in: a complaint, or an outage for "ne marche pas". */
  category: 'complaint' | 'outage';
  weight: 1 | 2 | 3;
  /** A praise verb: "can't recommend it enough" is praise. */
  praiseWithEnough?: true;
}

/**
 * Positive words and expected-service words (received, delivered, an answer)
 * whose negation is a complaint. Single words only: the tokenizer compares one
 * folded word at a time.
 */
export const NEGATABLE_POSITIVES: readonly NegatablePositive[] = [
  // Satisfaction — fr
  { term: 'content', category: 'complaint', weight: 2 },
  { term: 'contente', category: 'complaint', weight: 2 },
  { term: 'contents', category: 'complaint', weight: 2 },
  { term: 'contentes', category: 'complaint', weight: 2 },
  { term: 'satisf*', category: 'complaint', weight: 2 },
  { term: 'heureux', category: 'complaint', weight: 2 },
  { term: 'heureuse', category: 'complaint', weight: 2 },
  { term: 'ravi', category: 'complaint', weight: 2 },
  { term: 'ravie', category: 'complaint', weight: 2 },
  { term: 'recommand*', category: 'complaint', weight: 2, praiseWithEnough: true },
  { term: 'professionnel*', category: 'complaint', weight: 2 },
  { term: 'serieux', category: 'complaint', weight: 2 },
  { term: 'serieuse', category: 'complaint', weight: 2 },
  { term: 'normal', category: 'complaint', weight: 2 },
  { term: 'normale', category: 'complaint', weight: 2 },
  { term: 'acceptable', category: 'complaint', weight: 2 },
  { term: 'aimable*', category: 'complaint', weight: 2 },
  { term: 'fiable', category: 'complaint', weight: 2 },
  { term: 'joignable', category: 'complaint', weight: 2 },
  { term: 'bon', category: 'complaint', weight: 1 },
  { term: 'bonne', category: 'complaint', weight: 1 },
  { term: 'top', category: 'complaint', weight: 1 },
  { term: 'fan', category: 'complaint', weight: 1 },
  { term: 'genial', category: 'complaint', weight: 1 },
  { term: 'super', category: 'complaint', weight: 1 },
  { term: 'ok', category: 'complaint', weight: 1 },
  { term: 'cool', category: 'complaint', weight: 1 },
  // Satisfaction — en
  { term: 'happy', category: 'complaint', weight: 2 },
  { term: 'pleased', category: 'complaint', weight: 2 },
  { term: 'impressed', category: 'complaint', weight: 1 },
  { term: 'recommend*', category: 'complaint', weight: 2, praiseWithEnough: true },
  { term: 'professional', category: 'complaint', weight: 2 },
  { term: 'helpful', category: 'complaint', weight: 2 },
  { term: 'reliable', category: 'complaint', weight: 2 },
  { term: 'worth', category: 'complaint', weight: 2 },
  { term: 'good', category: 'complaint', weight: 1 },
  { term: 'great', category: 'complaint', weight: 1 },
  { term: 'okay', category: 'complaint', weight: 1 },
  // Service that should have happened — fr
  { term: 'recu', category: 'complaint', weight: 2 },
  { term: 'recue', category: 'complaint', weight: 2 },
  { term: 'recus', category: 'complaint', weight: 2 },
  { term: 'livre', category: 'complaint', weight: 2 },
  { term: 'livree', category: 'complaint', weight: 2 },
  { term: 'arrive', category: 'complaint', weight: 2 },
  { term: 'arrivee', category: 'complaint', weight: 2 },
  { term: 'reponse', category: 'complaint', weight: 2 },
  { term: 'repondu', category: 'complaint', weight: 2 },
  // Service that should have happened — en
  { term: 'received', category: 'complaint', weight: 2 },
  { term: 'delivered', category: 'complaint', weight: 2 },
  { term: 'arrived', category: 'complaint', weight: 2 },
  { term: 'answer*', category: 'complaint', weight: 2 },
  { term: 'reply', category: 'complaint', weight: 2 },
  { term: 'replied', category: 'complaint', weight: 2 },
  { term: 'response', category: 'complaint', weight: 2 },
  // Things that should work
  { term: 'marche', category: 'outage', weight: 2 },
  { term: 'marchent', category: 'outage', weight: 2 },
  { term: 'fonctionne*', category: 'outage', weight: 2 },
  { term: 'work', category: 'outage', weight: 2 },
  { term: 'works', category: 'outage', weight: 2 },
  { term: 'working', category: 'outage', weight: 2 },
  { term: 'load', category: 'outage', weight: 2 },
  { term: 'loading', category: 'outage', weight: 2 },
];
