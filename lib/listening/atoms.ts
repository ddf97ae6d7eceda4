import type { TermPattern } from '../query/ast';
import { hasWildcard } from '../query/glob';
import {
  type FoldMode,
  foldString,
  hasAccent,
  MODE_EXACT,
  MODE_FOLD,
  MODE_LOWER,
  MODE_STRIP,
} from './fold';

/** Verification program tokens (units are ≥ 0). */
export const TOKEN_STAR = -1; // zero or more word units
export const TOKEN_ONE = -2; // exactly one word character…
export const TOKEN_MARKS = -3; // …with the accents that follow it, when the mode keeps them

/**
 * One word pattern, shared by every watchlist that uses it. The automaton
 * finds its FOLD `pattern` (the whole word, or the literal stem before the
 * first wildcard); atoms that need more (accents, exact case, wildcards) are
 * then checked against the original text with `program`.
 */
export interface Atom {
  readonly id: number;
  readonly mode: FoldMode;
  readonly needsVerify: boolean;
  /** The program has `*` or `?` (else a straight comparison verifies it). */
  readonly hasWildcard: boolean;
  readonly program: Int32Array;
  /** Index of the automaton pattern that announces candidates. */
  readonly patternId: number;
}

export function modeOf(term: TermPattern): FoldMode {
  const accented = hasAccent(term.text.replace(/[*?]/g, ''));
  if (term.caseSensitive) return accented ? MODE_EXACT : MODE_STRIP;
  return accented ? MODE_LOWER : MODE_FOLD;
}

function compileProgram(text: string, mode: FoldMode): Int32Array {
  const program: number[] = [];
  for (const ch of text.split('')) {
    if (ch === '*') program.push(TOKEN_STAR);
    else if (ch === '?') program.push(TOKEN_ONE, TOKEN_MARKS);
    else {
      const folded = foldString(ch, mode);
      for (let i = 0; i < folded.length; i++) program.push(folded.charCodeAt(i));
    }
  }
  return Int32Array.from(program);
}

export class AtomRegistry {
  readonly atoms: Atom[] = [];
  readonly patterns: string[] = [];
  private readonly atomByKey = new Map<string, number>();
  private readonly patternByText = new Map<string, number>();

  /** Atom id for `term`, or null when it has nothing the matcher can anchor on. */
  intern(term: TermPattern): number | null {
    const mode = modeOf(term);
    const key = `${mode}|${foldString(term.text, mode)}`;
    const known = this.atomByKey.get(key);
    if (known !== undefined) return known;

    const wildcard = hasWildcard(term.text);
    const literal = wildcard ? term.text.slice(0, term.text.search(/[*?]/)) : term.text;
    const pattern = foldString(literal, MODE_FOLD);
    if (pattern === '') return null;
    let patternId = this.patternByText.get(pattern);
    if (patternId === undefined) {
      patternId = this.patterns.length;
      this.patterns.push(pattern);
      this.patternByText.set(pattern, patternId);
    }
    const atom: Atom = {
      id: this.atoms.length,
      mode,
      needsVerify: wildcard || mode !== MODE_FOLD,
      hasWildcard: wildcard,
      program: compileProgram(term.text, mode),
      patternId,
    };
    this.atoms.push(atom);
    this.atomByKey.set(key, atom.id);
    return atom.id;
  }

  /** Longest verification program, to size scratch buffers. */
  maxProgramLength(): number {
    return this.atoms.reduce((max, atom) => Math.max(max, atom.program.length), 0);
  }
}
