import { TOKEN_MARKS, TOKEN_ONE, TOKEN_STAR } from './atoms';
import { type FoldTable, isDiacriticUnit, WORD } from './fold';

/** Index just after `end` and any following units that fold to nothing (accents, VS16…). */
export function extendOverSilent(text: string, end: number, lengths: Uint8Array): number {
  let e = end;
  while (e < text.length && lengths[text.charCodeAt(e)] === 0) e++;
  return e;
}

/** A match ending after `last` (then `end`) must not be followed by more of the same word. */
export function endsAtBoundary(
  text: string,
  last: number,
  end: number,
  unitClass: Uint8Array,
): boolean {
  return (
    unitClass[text.charCodeAt(last)] !== WORD ||
    end >= text.length ||
    unitClass[text.charCodeAt(end)] !== WORD
  );
}

/**
 * Runs a term's program (units of its fold mode, `*`, `?`) as an NFA over the
 * original text from `start`, folding each code unit with `table`. Returns the
 * end of the longest match that ends on a word boundary, or -1. Cost is
 * bounded by the word at `start` times the program length: `*` and `?` only
 * consume word characters, so the NFA dies at the next space.
 */
export class Verifier {
  private current: Uint8Array;
  private next: Uint8Array;

  constructor(maxProgramLength: number) {
    this.current = new Uint8Array(maxProgramLength + 1);
    this.next = new Uint8Array(maxProgramLength + 1);
  }

  /** Literal programs (no wildcard): a straight comparison, no state sets. */
  runLiteral(
    text: string,
    start: number,
    program: Int32Array,
    table: FoldTable,
    unitClass: Uint8Array,
  ): number {
    const m = program.length;
    let p = 0;
    let i = start;
    for (; p < m && i < text.length; i++) {
      const code = text.charCodeAt(i);
      const length = table.length[code]!;
      if (length === 1) {
        if (table.unit[code] !== program[p++]) return -1;
      } else if (length > 1) {
        const expansion = table.expansion.get(code)!;
        if (p + length > m) return -1; // the term would end inside this character
        for (let k = 0; k < length; k++) {
          if (expansion.charCodeAt(k) !== program[p++]) return -1;
        }
      }
    }
    if (p < m) return -1;
    const end = extendOverSilent(text, i, table.length);
    return endsAtBoundary(text, i - 1, end, unitClass) ? end : -1;
  }

  run(
    text: string,
    start: number,
    program: Int32Array,
    table: FoldTable,
    unitClass: Uint8Array,
  ): number {
    const m = program.length;
    let current = this.current;
    let next = this.next;
    current.fill(0, 0, m + 1);
    current[0] = 1;
    closeOver(current, program);
    let best = -1;
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const length = table.length[code]!;
      if (length === 0) continue;
      const isWord = unitClass[code] === WORD;
      const expansion = length > 1 ? table.expansion.get(code)! : '';
      for (let k = 0; k < length; k++) {
        const unit = length === 1 ? table.unit[code]! : expansion.charCodeAt(k);
        next.fill(0, 0, m + 1);
        let alive = false;
        for (let p = 0; p < m; p++) {
          if (current[p] === 0) continue;
          const token = program[p]!;
          if (token >= 0) {
            if (token === unit) next[p + 1] = 1;
          } else if (token === TOKEN_STAR) {
            if (isWord) next[p] = 1;
          } else if (token === TOKEN_ONE) {
            if (isWord && !isDiacriticUnit(unit)) next[p + 1] = 1;
          } else if (token === TOKEN_MARKS) {
            if (isDiacriticUnit(unit)) next[p] = 1;
          }
        }
        closeOver(next, program);
        for (let p = 0; p <= m; p++) {
          if (next[p] !== 0) {
            alive = true;
            break;
          }
        }
        const swap = current;
        current = next;
        next = swap;
        if (!alive) return best;
      }
      if (current[m] !== 0) {
        const end = extendOverSilent(text, i + 1, table.length);
        if (endsAtBoundary(text, i, end, unitClass)) best = end;
      }
    }
    return best;
  }
}

/** Epsilon closure: `*` and the accents after `?` may match nothing. */
function closeOver(states: Uint8Array, program: Int32Array): void {
  for (let p = 0; p < program.length; p++) {
    if (states[p] !== 0 && (program[p] === TOKEN_STAR || program[p] === TOKEN_MARKS)) {
      states[p + 1] = 1;
    }
  }
}
