/**
 * The risk lexicon: French and English words that make a brand mention risky,
 * kept as data in `lexicon.json` (sources in `SOURCES.md`). This module gives
 * the JSON its types and checks it once when loaded, so that a bad edit to the
 * data fails loudly instead of silently matching nothing.
 */
import { RISK_CATEGORIES, type RiskCategory } from './categories';
import lexiconFile from './lexicon.json';

export { RISK_CATEGORIES, type RiskCategory } from './categories';

/** 1: mild or ambiguous ("bug", "problème"); 2: a clear complaint ("déçu"); 3: strong or an escalation ("arnaque", "porter plainte"). */
export type RiskWeight = 1 | 2 | 3;
export type LexiconLanguage = 'fr' | 'en';

/** One lexicon entry. `term` is written in Vigie's query-term syntax. */
export interface RiskTerm {
  readonly term: string;
  readonly category: RiskCategory;
  readonly weight: RiskWeight;
  readonly lang: LexiconLanguage;
}

/**
 * Query-term syntax accepted in the lexicon: lower-case words of letters or
 * digits, joined inside a word by an apostrophe ("n'importe"), separated by
 * single spaces; a `*` may end a word, never start one.
 */
const TERM_WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*\*?$/u;

export function isValidTermSyntax(term: string): boolean {
  if (term !== term.toLowerCase()) return false;
  const words = term.split(' ');
  return words.every((word) => TERM_WORD.test(word));
}

function isCategory(value: unknown): value is RiskCategory {
  return typeof value === 'string' && (RISK_CATEGORIES as readonly string[]).includes(value);
}

function isWeight(value: unknown): value is RiskWeight {
  return value === 1 || value === 2 || value === 3;
}

function isLanguage(value: unknown): value is LexiconLanguage {
  return value === 'fr' || value === 'en';
}

/** Parses one entry; the error names the entry so that the data is easy to fix. */
export function parseRiskTerm(raw: unknown, index: number): RiskTerm {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error(`Risk lexicon entry ${index} is not an object`);
  }
  const { term, category, weight, lang } = raw as Record<string, unknown>;
  if (typeof term !== 'string' || !isValidTermSyntax(term)) {
    throw new Error(`Risk lexicon entry ${index}: invalid term ${JSON.stringify(term)}`);
  }
  if (!isCategory(category)) {
    throw new Error(`Risk lexicon entry ${index} (${term}): unknown category ${String(category)}`);
  }
  if (!isWeight(weight)) {
    throw new Error(`Risk lexicon entry ${index} (${term}): weight must be 1, 2 or 3`);
  }
  if (!isLanguage(lang)) {
    throw new Error(`Risk lexicon entry ${index} (${term}): lang must be fr or en`);
  }
  return { term, category, weight, lang };
}

/** Parses a whole lexicon file (`{ entries: [...] }`). */
export function parseRiskLexicon(raw: unknown): RiskTerm[] {
  const entries = (raw as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error('Risk lexicon has no entries array');
  return entries.map((entry: unknown, index) => parseRiskTerm(entry, index));
}

/** The lexicon shipped with Vigie; hand it to the matcher as its risk terms. */
export const RISK_LEXICON: readonly RiskTerm[] = Object.freeze(parseRiskLexicon(lexiconFile));
