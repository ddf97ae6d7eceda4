/**
 * Text folded for search: lower case, accents and marks stripped, ligatures
 * spelled out, runs of spaces made one. "Déçu" and "DECU" fold alike.
 */
const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l' };
const LIGATURE = /[œæßøł]/g;

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(LIGATURE, (char) => LIGATURES[char] ?? char)
    .replace(SPACES, ' ');
}

/** The search terms of what a CM typed: every one must appear. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
