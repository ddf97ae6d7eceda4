/**
 * Character classes shared by the query parser (is a term matchable at all?)
 * and the matcher's precomputed tables. Everything here works per UTF-16 code
 * unit, because the matcher scans code units.
 *
 * - WORD: letters of any script, digits, combining marks and `_` (so `@acme`
 *   does not match `@acme_fr`), plus the soft hyphen, which sits inside words.
 * - SYMBOL: a stand-alone token: emoji and other symbols (`\p{So}`), every high
 *   surrogate (astral characters, mostly emoji), and the letters of scripts
 *   written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar), so that
 *   `東京` matches inside `我爱東京`. Each one is a token of its own for NEAR.
 * - SEPARATOR: everything else (spaces, punctuation, `#`, `@`, apostrophes,
 *   variation selectors, the zero-width joiner, low surrogates).
 */
export const SEPARATOR = 0;
export const WORD = 1;
export const SYMBOL = 2;
export type UnitClass = typeof SEPARATOR | typeof WORD | typeof SYMBOL;

// These regexes are ours, applied to one code unit at a time: never user input.
const WORD_UNIT = /[\p{L}\p{N}\p{M}_]/u;
const LETTER_UNIT = /\p{L}/u;
const SYMBOL_UNIT = /\p{So}/u;

/** Scripts written without spaces between words: their letters cannot need word boundaries. */
function isScriptioContinua(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x31f0 && code <= 0x31ff) || // Katakana phonetic extensions
    (code >= 0x3400 && code <= 0x4dbf) || // Han extension A
    (code >= 0x4e00 && code <= 0x9fff) || // Han
    (code >= 0xf900 && code <= 0xfaff) // Han compatibility
  );
}

/** Classifies one code unit; slow (regex per call), meant for building tables once. */
export function classifyUnit(code: number): UnitClass {
  if (code >= 0xd800 && code <= 0xdbff) return SYMBOL;
  if (code >= 0xdc00 && code <= 0xdfff) return SEPARATOR;
  if (code === 0x00ad) return WORD;
  // U+02BC is a "letter" apostrophe: it folds to ' and must separate like one.
  if (code === 0x02bc || code === 0x200d) return SEPARATOR;
  // Variation selectors and combining marks for symbols (keycaps) decorate emoji.
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x20d0 && code <= 0x20ff)) return SEPARATOR;
  const ch = String.fromCharCode(code);
  if (isScriptioContinua(code) && LETTER_UNIT.test(ch)) return SYMBOL;
  if (WORD_UNIT.test(ch)) return WORD;
  if (SYMBOL_UNIT.test(ch)) return SYMBOL;
  return SEPARATOR;
}

/** True when `text` has at least one word or symbol unit, i.e. something a matcher can anchor on. */
export function hasTokenUnit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (classifyUnit(text.charCodeAt(i)) !== SEPARATOR) return true;
  }
  return false;
}

/** Number of leading WORD units of `text` (used for the short wildcard stem warning). */
export function countWordUnits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (classifyUnit(text.charCodeAt(i)) === WORD) count++;
  }
  return count;
}
