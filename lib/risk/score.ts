/**
 * Turns the risk-term hits the matcher found in a post into a risk level.
 *
 * Score: the sum of the weights (1–3) of the hits that count, where
 * - a hit in a negatable category preceded by a negator does not count
 *   ("pas déçu", "aucun problème", "no problem"), unless the term carries its
 *   own negation ("plus jamais", "not working");
 * - a negated positive word counts as a complaint (or an outage): "pas
 *   content", "not happy", "jamais reçu", "ne marche pas";
 * - overlapping hits count once, with the strongest weight ("plus jamais" and
 *   "plus jamais chez");
 * - the same term repeated counts once ("arnaque… ARNAQUE").
 *
 * Levels (see RISK_LEVEL_THRESHOLDS): none = 0; low = 1–2 (one mild or one
 * clear complaint word); medium = 3–5 (one strong word, or two clear ones);
 * high = 6 and more. A counted hit in discrimination, legal, crisis or
 * boycott makes the mention at least medium whatever its score: one such word
 * next to a brand is enough for a CM to look.
 */
import { RISK_CATEGORIES, type RiskCategory } from './categories';
import { findNegation, spanContainsNegator } from './negation';
import {
  NEGATABLE_CATEGORIES,
  NEGATABLE_POSITIVES,
  type NegatablePositive,
} from './negation-words';
import { firstWordEndingAfter, tokenizeWords, type Word } from './words';

/** A risk term the matcher found in a post's text. */
export interface RiskHit {
  start: number;
  end: number;
  category: string;
  weight: number;
  term: string;
}

/**
 * A hit as scored. `negated` is true when a negator cancels it, so that it does
 * not count. Negated positive words come out as hits of their own, with the
 * span and text of the whole negation ("pas content") and `negated: false`.
 */
export type ScoredRiskHit = RiskHit & { negated: boolean };

export type RiskLevel = 'none' | 'low' | 'medium' | 'high';

export interface RiskAssessment {
  score: number;
  level: RiskLevel;
  /** Categories with at least one counted hit, in RISK_CATEGORIES order (unknown ones last). */
  categories: string[];
  /** Every hit, in text order: the matcher's, marked negated or not, and the negated positives. */
  hits: ScoredRiskHit[];
}

/** Lowest score of each level above none. */
export const RISK_LEVEL_THRESHOLDS = { low: 1, medium: 3, high: 6 } as const;

/** Categories that set a minimum level on their own. */
export const CATEGORY_LEVEL_FLOORS: Readonly<Partial<Record<RiskCategory, RiskLevel>>> = {
  discrimination: 'medium',
  legal: 'medium',
  crisis: 'medium',
  boycott: 'medium',
};

const LEVEL_ORDER: readonly RiskLevel[] = ['none', 'low', 'medium', 'high'];
const negatableCategories = new Set<string>(NEGATABLE_CATEGORIES);

export function riskLevelForScore(score: number): RiskLevel {
  if (score >= RISK_LEVEL_THRESHOLDS.high) return 'high';
  if (score >= RISK_LEVEL_THRESHOLDS.medium) return 'medium';
  if (score >= RISK_LEVEL_THRESHOLDS.low) return 'low';
  return 'none';
}

function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;
}

function matchesPositive(folded: string, positive: NegatablePositive): boolean {
  const { term } = positive;
  return term.endsWith('*') ? folded.startsWith(term.slice(0, -1)) : folded === term;
}

/** Word index range [first, last] covered by [start, end). */
function wordRange(words: readonly Word[], start: number, end: number): [number, number] {
  const first = firstWordEndingAfter(words, start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < end) last++;
  return [first, last];
}

function scoreMatcherHit(words: readonly Word[], hit: RiskHit): ScoredRiskHit {
  if (!negatableCategories.has(hit.category)) return { ...hit, negated: false };
  const [first, last] = wordRange(words, hit.start, hit.end);
  if (first < words.length && spanContainsNegator(words, first, last)) {
    return { ...hit, negated: false };
  }
  return { ...hit, negated: findNegation(words, first, last) !== null };
}

function negatedPositiveHits(
  text: string,
  words: readonly Word[],
  matcherHits: readonly RiskHit[],
): ScoredRiskHit[] {
  const found: ScoredRiskHit[] = [];
  words.forEach((word, index) => {
    const positive = NEGATABLE_POSITIVES.find((candidate) =>
      matchesPositive(word.folded, candidate),
    );
    if (!positive) return;
    // Inside a lexicon phrase ("jamais reçu", "not worth"): the phrase already says it.
    if (matcherHits.some((hit) => hit.start < word.end && word.start < hit.end)) return;
    const negation = findNegation(words, index, index, {
      praiseWithEnough: positive.praiseWithEnough === true,
    });
    if (!negation) return;
    found.push({
      start: negation.start,
      end: word.end,
      category: positive.category,
      weight: positive.weight,
      term: text.slice(negation.start, word.end),
      negated: false,
    });
  });
  return found;
}

/** Strongest hit of each group of overlapping hits (ties: the longer, then the first). */
function strongestPerOverlap(hits: readonly ScoredRiskHit[]): ScoredRiskHit[] {
  const kept: ScoredRiskHit[] = [];
  let groupEnd = -1;
  for (const hit of hits) {
    const current = kept.at(-1);
    if (current && hit.start < groupEnd) {
      groupEnd = Math.max(groupEnd, hit.end);
      const stronger =
        hit.weight > current.weight ||
        (hit.weight === current.weight && hit.end - hit.start > current.end - current.start);
      if (stronger) kept[kept.length - 1] = hit;
    } else {
      kept.push(hit);
      groupEnd = hit.end;
    }
  }
  return kept;
}

function orderCategories(categories: Iterable<string>): string[] {
  const rank = (category: string) => {
    const index = (RISK_CATEGORIES as readonly string[]).indexOf(category);
    return index === -1 ? RISK_CATEGORIES.length : index;
  };
  return [...categories].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Scores a post. Call it for every mention, even without matcher hits: negated
 * positive words ("pas content") are found here, not by the matcher.
 */
export function scoreRisk(text: string, matcherHits: readonly RiskHit[]): RiskAssessment {
  const words = tokenizeWords(text);
  const hits = [
    ...matcherHits.map((hit) => scoreMatcherHit(words, hit)),
    ...negatedPositiveHits(text, words, matcherHits),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const counted = hits.filter((hit) => !hit.negated);
  const categories = orderCategories(new Set(counted.map((hit) => hit.category)));

  const seenTerms = new Set<string>();
  let score = 0;
  for (const hit of strongestPerOverlap(counted)) {
    const key = `${hit.category}\u0000${hit.term.toLowerCase()}`;
    if (seenTerms.has(key)) continue;
    seenTerms.add(key);
    score += hit.weight;
  }

  let level = riskLevelForScore(score);
  for (const category of categories) {
    const floor = CATEGORY_LEVEL_FLOORS[category as RiskCategory];
    if (floor) level = maxLevel(level, floor);
  }
  return { score, level, categories, hits };
}
