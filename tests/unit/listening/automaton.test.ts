import { describe, expect, it } from 'vitest';
import { type Automaton, buildAutomaton, RawHits, scanText } from '@/lib/listening/automaton';
import { foldString, getFoldTables, MODE_FOLD } from '@/lib/listening/fold';

const fold = () => getFoldTables().modes[MODE_FOLD];

/** Every (pattern, last code unit, units used) the scan reports, sorted. */
function outputs(automaton: Automaton, text: string): string[] {
  const hits = new RawHits();
  scanText(automaton, text, hits);
  const found: string[] = [];
  for (let r = 0; r < hits.count; r++) {
    const state = hits.state[r]! / automaton.stride;
    for (let o = automaton.outputStart[state]!; o < automaton.outputStart[state + 1]!; o++) {
      found.push(`${automaton.outputs[o]}@${hits.last[r]}/${hits.unitsUsed[r]}`);
    }
  }
  return found.sort();
}

/** Naive: every end position of every pattern in the folded text (1:1 texts only). */
function naive(patterns: string[], text: string): string[] {
  const folded = foldString(text, MODE_FOLD);
  const found: string[] = [];
  patterns.forEach((pattern, id) => {
    for (let i = folded.indexOf(pattern); i >= 0; i = folded.indexOf(pattern, i + 1)) {
      found.push(`${id}@${i + pattern.length - 1}/1`);
    }
  });
  return found.sort();
}

describe('Aho-Corasick automaton', () => {
  it('reports overlapping and nested patterns (the classic he/she/his/hers)', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    const automaton = buildAutomaton(patterns, fold());
    expect(outputs(automaton, 'ushers')).toEqual(['0@3/1', '1@3/1', '3@5/1']);
    expect(outputs(automaton, 'USHERS his')).toEqual(naive(patterns, 'USHERS his'));
  });

  it('agrees with a naive search on folded text', () => {
    const patterns = ['acme', 'cme', 'acme corp', 'me', 'e', 'deçu'.normalize('NFC')].map((p) =>
      foldString(p, MODE_FOLD),
    );
    const automaton = buildAutomaton(patterns, fold());
    const text = 'ACME Corp, acmé, Déçu, me, e';
    expect(outputs(automaton, text)).toEqual(naive(patterns, text));
  });

  it('feeds expansions unit by unit and skips silent units', () => {
    const automaton = buildAutomaton(['coeur', 'o', 'cafe'], fold());
    // œ folds to "oe": "o" ends after its first unit (mid-expansion), "coeur" at the r.
    expect(outputs(automaton, 'cœur')).toEqual(['0@3/1', '1@1/1']);
    // The combining accent folds to nothing: "cafe" is found at the e.
    expect(outputs(automaton, 'cafe\u0301')).toEqual(['2@3/1']);
  });

  it('keeps transitions small: alphabet compressed to the units the patterns use', () => {
    const automaton = buildAutomaton(['ab', 'ba'], fold());
    expect(automaton.stride).toBe(3); // class 0 (anything else), a, b
    expect(automaton.stateCount).toBe(5);
    expect(automaton.patternLength).toEqual(Int32Array.from([2, 2]));
  });

  it('handles no patterns at all', () => {
    const automaton = buildAutomaton([], fold());
    expect(outputs(automaton, 'anything')).toEqual([]);
  });
});
