import { classifyUnit, SEPARATOR, SYMBOL, WORD } from '../query/chars';
import { isSpaceUnit } from '../query/lexical';

/**
 * Per-UTF-16-code-unit folding tables, built once, lazily (≈ 30–60 ms), and
 * shared by every matcher. Four modes, because the accent rule and `{BT}` need
 * to compare with less folding than the automaton uses:
 *
 * | mode  | case        | accents     | used for                              |
 * |-------|-------------|-------------|---------------------------------------|
 * | FOLD  | lowered     | stripped    | the automaton; unaccented terms       |
 * | LOWER | lowered     | kept        | accented terms (`déçu`)               |
 * | STRIP | kept        | stripped    | `{BT}` without accents                |
 * | EXACT | kept        | kept        | `{Déçu}`                              |
 *
 * Every mode starts from the same canonical decomposition (NFD, plus a few
 * compatibility forms: ligatures, fullwidth ASCII) and then maps unit by unit,
 * so precomposed and decomposed input fold alike and a match in a stricter
 * mode is always a match in FOLD (the automaton never misses a candidate).
 * A unit can fold to nothing (variation selectors, soft hyphen; combining
 * accents in FOLD/STRIP) or to several units (`œ` → `oe`, `é` → `e` + U+0301 in
 * LOWER). Apostrophes (’ ‘ ʼ ´ `) fold to `'`, and spaces to a plain space, in
 * every mode.
 */
export const MODE_FOLD = 0;
export const MODE_LOWER = 1;
export const MODE_STRIP = 2;
export const MODE_EXACT = 3;
export type FoldMode = typeof MODE_FOLD | typeof MODE_LOWER | typeof MODE_STRIP | typeof MODE_EXACT;

export interface FoldTable {
  /** How many units each code unit folds to: 0, 1, or more. */
  readonly length: Uint8Array;
  /** The folded unit when `length` is 1. */
  readonly unit: Uint16Array;
  /** The folded units when `length` > 1. */
  readonly expansion: ReadonlyMap<number, string>;
}

export interface FoldTables {
  readonly modes: readonly [FoldTable, FoldTable, FoldTable, FoldTable];
  /** SEPARATOR / WORD / SYMBOL per code unit (see lib/query/chars.ts). */
  readonly unitClass: Uint8Array;
}

const SIZE = 0x10000;
/** Longest expansion kept; longer compatibility decompositions stay as they are. */
const MAX_EXPANSION = 4;

const APOSTROPHES = new Set([0x2019, 0x2018, 0x201b, 0x02bc, 0x00b4, 0x0060, 0x2032, 0xff07]);
const HYPHENS = new Set([0x2010, 0x2011]);
const LIGATURES: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
};
/** Letters with a stroke: not decomposable, but CMs type them without it (`lodz` for `Łódź`). */
const STROKES: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};

/** Invisible units that never count, in any mode. */
export function isIgnorableUnit(code: number): boolean {
  return (
    (code >= 0xfe00 && code <= 0xfe0f) || code === 0x00ad || code === 0x2060 || code === 0xfeff
  );
}

/** Combining accents: dropped by FOLD and STRIP, kept by LOWER and EXACT. */
export function isDiacriticUnit(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Scripts without case or decomposition: identity in every mode (fast table build). */
function isPlainIdeographic(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa48c) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

/** Canonical decomposition of one code unit (the EXACT form). */
function decompose(code: number): string {
  const ch = String.fromCharCode(code);
  if (code > 0x20 && code < 0x60) return ch; // printable ASCII but ` and lower case
  if (APOSTROPHES.has(code)) return "'";
  if (HYPHENS.has(code)) return '-';
  if (isSpaceUnit(code)) return ' ';
  const ligature = LIGATURES[ch];
  if (ligature) return ligature;
  if ((code >= 0xfb00 && code <= 0xfb06) || (code >= 0xff01 && code <= 0xff5e)) {
    return ch.normalize('NFKD');
  }
  return ch.normalize('NFD');
}

function lowerUnit(unit: string): string {
  if (unit === 'ς') return 'σ';
  const lower = unit.toLowerCase();
  if (lower.length !== 1) return unit;
  const decomposed = lower.normalize('NFD');
  return decomposed.length === 1 ? lower : decomposed;
}

function stripUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code < 0xd8) return unit; // ASCII and Latin-1 up to Ø: nothing to strip
  return isDiacriticUnit(code) ? '' : (STROKES[unit] ?? unit);
}

function mapUnits(text: string, map: (unit: string) => string): string {
  if (text.length === 1) return map(text);
  let out = '';
  for (let i = 0; i < text.length; i++) out += map(text[i]!);
  return out;
}

function createTable(): FoldTable & { expansion: Map<number, string> } {
  return { length: new Uint8Array(SIZE), unit: new Uint16Array(SIZE), expansion: new Map() };
}

function store(table: ReturnType<typeof createTable>, code: number, folded: string) {
  table.length[code] = folded.length;
  if (folded.length === 1) table.unit[code] = folded.charCodeAt(0);
  else if (folded.length > 1) table.expansion.set(code, folded);
}

function storeIdentity(table: ReturnType<typeof createTable>, code: number) {
  table.length[code] = 1;
  table.unit[code] = code;
}

function buildTables(): FoldTables {
  const modes = [createTable(), createTable(), createTable(), createTable()] as const;
  const unitClass = new Uint8Array(SIZE);
  for (let code = 0; code < SIZE; code++) {
    if ((code >= 0xd800 && code <= 0xdfff) || isPlainIdeographic(code)) {
      for (const table of modes) storeIdentity(table, code);
      unitClass[code] = classifyUnit(code);
      continue;
    }
    unitClass[code] = classifyUnit(code);
    if (isIgnorableUnit(code)) continue; // length 0 everywhere
    let exact = decompose(code);
    if (exact.length > MAX_EXPANSION) exact = String.fromCharCode(code);
    const lower = mapUnits(exact, lowerUnit);
    store(modes[MODE_EXACT], code, exact);
    store(modes[MODE_LOWER], code, lower);
    store(modes[MODE_STRIP], code, mapUnits(exact, stripUnit));
    store(modes[MODE_FOLD], code, mapUnits(lower, stripUnit));
  }
  return { modes, unitClass };
}

let shared: FoldTables | null = null;

/** The shared tables, built on first use. */
export function getFoldTables(): FoldTables {
  shared ??= buildTables();
  return shared;
}

/** Folds a whole string in `mode` (for query terms and field values, not for page text). */
export function foldString(text: string, mode: FoldMode): string {
  const table = getFoldTables().modes[mode];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const length = table.length[code]!;
    if (length === 1) out += String.fromCharCode(table.unit[code]!);
    else if (length > 1) out += table.expansion.get(code)!;
  }
  return out;
}

/** The accent rule: a term written with an accent (or a stroke: ł, ø) matches only that spelling. */
export function hasAccent(text: string): boolean {
  return foldString(text, MODE_LOWER) !== foldString(text, MODE_FOLD);
}

export { SEPARATOR, SYMBOL, WORD };
