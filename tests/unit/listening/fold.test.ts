import { describe, expect, it } from 'vitest';
import {
  foldString,
  getFoldTables,
  hasAccent,
  MODE_EXACT,
  MODE_FOLD,
  MODE_LOWER,
  MODE_STRIP,
} from '@/lib/listening/fold';
import { classifyUnit, SEPARATOR, SYMBOL, WORD } from '@/lib/query/chars';
import { type Mode, referenceFold } from './reference';

const MODES: [Mode, 0 | 1 | 2 | 3][] = [
  ['fold', MODE_FOLD],
  ['lower', MODE_LOWER],
  ['strip', MODE_STRIP],
  ['exact', MODE_EXACT],
];

describe('fold tables', () => {
  it('agree with the spec function for every UTF-16 code unit, in every mode', () => {
    const { modes, unitClass } = getFoldTables();
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      for (const [name, mode] of MODES) {
        const table = modes[mode];
        const length = table.length[code]!;
        const actual =
          length === 0
            ? ''
            : length === 1
              ? String.fromCharCode(table.unit[code]!)
              : table.expansion.get(code)!;
        if (actual !== referenceFold(unit, name)) mismatches.push(`${code.toString(16)}:${name}`);
      }
      if (unitClass[code] !== classifyUnit(code)) mismatches.push(`${code.toString(16)}:class`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it.each([
    ['Déçu', 'decu', 'déçu', 'Decu', 'Déçu'],
    ['L’Oréal', "l'oreal", "l'oréal", "L'Oreal", "L'Oréal"],
    ['Cœur', 'coeur', 'coeur', 'Coeur', 'Coeur'],
    ['Straße', 'strasse', 'strasse', 'Strasse', 'Strasse'],
    ['Łódź', 'lodz', 'łódź', 'Lodz', 'Łódź'],
    ['ＡＣＭＥ', 'acme', 'acme', 'ACME', 'ACME'],
    ['ﬁnance', 'finance', 'finance', 'finance', 'finance'],
    ['❤️', '❤', '❤', '❤', '❤'],
    ['ΣΟΦΟΣ', 'σοφοσ', 'σοφοσ', 'ΣΟΦΟΣ', 'ΣΟΦΟΣ'],
    ['日本語', '日本語', '日本語', '日本語', '日本語'],
    ['a\u00A0b', 'a b', 'a b', 'a b', 'a b'],
  ])('%s folds to %s / %s / %s / %s', (input, fold, lower, strip, exact) => {
    // Compare canonically: LOWER/EXACT keep accents as combining marks.
    const nfc = (s: string) => s.normalize('NFC');
    expect(nfc(foldString(input, MODE_FOLD))).toBe(fold);
    expect(nfc(foldString(input, MODE_LOWER))).toBe(nfc(lower));
    expect(nfc(foldString(input, MODE_STRIP))).toBe(strip);
    expect(nfc(foldString(input, MODE_EXACT))).toBe(nfc(exact));
  });

  it('folds precomposed and decomposed accents alike', () => {
    for (const [name, mode] of MODES) {
      expect(foldString('déçu', mode), name).toBe(foldString('de\u0301c\u0327u', mode));
    }
  });

  it('applies the accent rule to accents and strokes, not to ligatures or apostrophes', () => {
    expect(hasAccent('déçu')).toBe(true);
    expect(hasAccent('Łódź')).toBe(true);
    expect(hasAccent('decu')).toBe(false);
    expect(hasAccent('cœur')).toBe(false);
    expect(hasAccent('l’oreal')).toBe(false);
    expect(hasAccent('straße')).toBe(false);
  });

  it('classifies letters of any script, digits and _ as word units; emoji as symbols', () => {
    for (const ch of ['a', 'é', 'Ж', 'ع', '한', '7', '_', '\u0301', '\u00ad']) {
      expect(classifyUnit(ch.charCodeAt(0)), ch).toBe(WORD);
    }
    for (const ch of ['❤', '☀', '\ud83d', '日', 'カ', 'ไ'])
      expect(classifyUnit(ch.charCodeAt(0)), ch).toBe(SYMBOL);
    for (const ch of [' ', '#', '@', "'", '’', 'ʼ', '\ufe0f', '\u200d', '\ude0d', '-', '.']) {
      expect(classifyUnit(ch.charCodeAt(0)), ch).toBe(SEPARATOR);
    }
  });
});
