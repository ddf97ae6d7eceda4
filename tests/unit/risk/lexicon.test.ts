import { describe, expect, it } from 'vitest';
import {
  isValidTermSyntax,
  parseRiskLexicon,
  RISK_CATEGORIES,
  RISK_LEXICON,
} from '../../../lib/risk/lexicon';
import lexiconFile from '../../../lib/risk/lexicon.json';
import {
  NEGATABLE_CATEGORIES,
  NEGATABLE_POSITIVES,
  NEGATOR_WORDS,
} from '../../../lib/risk/negation-words';
import { foldWord } from '../../../lib/risk/words';
import { naiveFind } from './naive-find';

/** How a term reads to the matcher: apostrophes and spaces both separate words. */
const normalizedTerm = (term: string) => term.replaceAll("'", ' ');

describe('risk lexicon data', () => {
  it('loads every entry of the JSON file', () => {
    expect(RISK_LEXICON.length).toBe(lexiconFile.entries.length);
    expect(RISK_LEXICON.length).toBeGreaterThanOrEqual(150);
  });

  it('has valid entries only', () => {
    for (const entry of lexiconFile.entries) {
      expect(Object.keys(entry).sort(), entry.term).toEqual(['category', 'lang', 'term', 'weight']);
      expect(isValidTermSyntax(entry.term), entry.term).toBe(true);
      expect([1, 2, 3], entry.term).toContain(entry.weight);
      expect(['fr', 'en'], entry.term).toContain(entry.lang);
      expect(RISK_CATEGORIES as readonly string[], entry.term).toContain(entry.category);
    }
  });

  it('never starts a word with a wildcard, nor puts one inside a word', () => {
    for (const { term } of RISK_LEXICON) {
      for (const word of term.split(/[ ']/)) {
        expect(word.startsWith('*'), term).toBe(false);
        expect(word.slice(0, -1).includes('*'), term).toBe(false);
        // Very short stems would match half the dictionary.
        if (word.endsWith('*')) expect(word.length, term).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('has no duplicate term, in any category or language', () => {
    const seen = new Map<string, string>();
    for (const { term, category } of RISK_LEXICON) {
      const key = normalizedTerm(term);
      expect(seen.get(key), `${term} (${category})`).toBeUndefined();
      seen.set(key, category);
    }
  });

  it('has no single word already covered by another entry’s wildcard', () => {
    const stems = RISK_LEXICON.filter(({ term }) => !term.includes(' ') && term.endsWith('*'));
    for (const { term } of RISK_LEXICON) {
      if (term.includes(' ')) continue;
      const coveredBy = stems.find(
        (stem) => stem.term !== term && foldWord(term).startsWith(stem.term.slice(0, -1)),
      );
      expect(coveredBy?.term, term).toBeUndefined();
    }
  });

  it('writes terms without accents unless the accent matters', () => {
    const accented = RISK_LEXICON.filter(({ term }) => foldWord(term) !== term).map((e) => e.term);
    // "tollé": unaccented, it would match the German "tolle" (great).
    expect(accented).toEqual(['tollé']);
  });

  it('covers every category in both languages', () => {
    for (const category of RISK_CATEGORIES) {
      const languages = new Set(
        RISK_LEXICON.filter((entry) => entry.category === category).map((entry) => entry.lang),
      );
      expect([...languages].sort(), category).toEqual(['en', 'fr']);
    }
  });

  it('finds each term in a text made of the term itself', () => {
    for (const entry of RISK_LEXICON) {
      const text = `Acme : ${entry.term.replaceAll('*', 's')} !`;
      const hits = naiveFind(text, [entry]);
      expect(hits.length, entry.term).toBe(1);
    }
  });

  it('rejects malformed entries with a message that names them', () => {
    const bad = (entry: unknown) => () => parseRiskLexicon({ entries: [entry] });
    expect(bad({ term: '*rembours', category: 'refund', weight: 2, lang: 'fr' })).toThrow(
      /invalid term/,
    );
    expect(bad({ term: 'Arnaque', category: 'complaint', weight: 2, lang: 'fr' })).toThrow(
      /invalid term/,
    );
    expect(bad({ term: 'arnaque', category: 'fraud', weight: 2, lang: 'fr' })).toThrow(
      /unknown category/,
    );
    expect(bad({ term: 'arnaque', category: 'complaint', weight: 4, lang: 'fr' })).toThrow(
      /weight/,
    );
    expect(bad({ term: 'arnaque', category: 'complaint', weight: 2, lang: 'de' })).toThrow(/lang/);
    expect(() => parseRiskLexicon({})).toThrow(/entries/);
  });
});

describe('negation word lists', () => {
  it('are written folded (lower case, no accents)', () => {
    for (const word of NEGATOR_WORDS) expect(foldWord(word), word).toBe(word);
    for (const { term } of NEGATABLE_POSITIVES) {
      expect(foldWord(term), term).toBe(term);
      expect(isValidTermSyntax(term), term).toBe(true);
      expect(term.includes(' '), term).toBe(false);
    }
  });

  it('keep positives and negators apart, and name known categories', () => {
    const negators = new Set(NEGATOR_WORDS);
    for (const { term } of NEGATABLE_POSITIVES) expect(negators.has(term), term).toBe(false);
    for (const category of NEGATABLE_CATEGORIES) expect(RISK_CATEGORIES).toContain(category);
  });

  it('have no duplicates', () => {
    expect(new Set(NEGATOR_WORDS).size).toBe(NEGATOR_WORDS.length);
    const positives = NEGATABLE_POSITIVES.map(({ term }) => term);
    expect(new Set(positives).size).toBe(positives.length);
  });
});
