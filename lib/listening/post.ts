import { SEPARATOR, SYMBOL, WORD } from './fold';

/** One occurrence of a term or phrase, with token positions for NEAR and phrases. */
export interface Occurrence {
  start: number;
  end: number;
  /** 1-based ordinal of the first and last token (word run or symbol) it covers. */
  tokStart: number;
  tokEnd: number;
  label: string;
}

function grow(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (array.length >= size) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Per-post hit store, reused from one `match()` call to the next: validated
 * hits in typed arrays, chained per atom in text order, and token ordinals
 * computed only when a phrase or NEAR asks for them. Stamps (`generation`)
 * replace clearing per-atom arrays, so a post without hits costs nothing here.
 */
export class PostState {
  text = '';
  generation = 0;
  hitCount = 0;
  private hitStart = new Int32Array(64);
  private hitEnd = new Int32Array(64);
  private hitNext = new Int32Array(64);

  private readonly atomStamp: Int32Array;
  private readonly atomHead: Int32Array;
  private readonly atomTail: Int32Array;
  private readonly atomCount: Int32Array;
  touchedAtoms: Int32Array;
  touchedCount = 0;

  private tokenAt = new Int32Array(256);
  private tokensReady = false;
  private readonly positionStamp: Int32Array;
  private readonly positionCache: Occurrence[][];

  constructor(
    atomTotal: number,
    private readonly unitClass: Uint8Array,
  ) {
    this.atomStamp = new Int32Array(atomTotal);
    this.atomHead = new Int32Array(atomTotal);
    this.atomTail = new Int32Array(atomTotal);
    this.atomCount = new Int32Array(atomTotal);
    this.touchedAtoms = new Int32Array(Math.max(1, atomTotal));
    this.positionStamp = new Int32Array(atomTotal);
    this.positionCache = new Array<Occurrence[]>(atomTotal);
  }

  reset(text: string): void {
    this.text = text;
    this.generation++;
    this.hitCount = 0;
    this.touchedCount = 0;
    this.tokensReady = false;
  }

  addHit(atom: number, start: number, end: number): void {
    const h = this.hitCount++;
    if (h === this.hitStart.length) {
      this.hitStart = grow(this.hitStart, h + 1);
      this.hitEnd = grow(this.hitEnd, h + 1);
      this.hitNext = grow(this.hitNext, h + 1);
    }
    this.hitStart[h] = start;
    this.hitEnd[h] = end;
    this.hitNext[h] = -1;
    if (this.atomStamp[atom] !== this.generation) {
      this.atomStamp[atom] = this.generation;
      this.atomHead[atom] = h;
      this.atomCount[atom] = 1;
      this.touchedAtoms[this.touchedCount++] = atom;
    } else {
      this.hitNext[this.atomTail[atom]!] = h;
      this.atomCount[atom]!++;
    }
    this.atomTail[atom] = h;
  }

  countOf(atom: number): number {
    return atom >= 0 && this.atomStamp[atom] === this.generation ? this.atomCount[atom]! : 0;
  }

  /** First hit of `atom` in text order, or -1; then `nextHit(h)` (allocation-free walk). */
  firstHit(atom: number): number {
    return this.countOf(atom) > 0 ? this.atomHead[atom]! : -1;
  }

  nextHit(hit: number): number {
    return this.hitNext[hit]!;
  }

  hitStartOf(hit: number): number {
    return this.hitStart[hit]!;
  }

  hitEndOf(hit: number): number {
    return this.hitEnd[hit]!;
  }

  /** Occurrences of an atom in text order, with token ordinals (cached for the current post). */
  positionsOf(atom: number): Occurrence[] {
    if (this.countOf(atom) === 0) return [];
    if (this.positionStamp[atom] === this.generation) return this.positionCache[atom]!;
    this.ensureTokens();
    const list: Occurrence[] = [];
    for (let h = this.atomHead[atom]!; h >= 0; h = this.hitNext[h]!) {
      const start = this.hitStart[h]!;
      const end = this.hitEnd[h]!;
      list.push(this.occurrence(start, end));
    }
    this.positionStamp[atom] = this.generation;
    this.positionCache[atom] = list;
    return list;
  }

  /** tokenAt[p] = number of tokens that start at or before p. */
  private ensureTokens(): void {
    if (this.tokensReady) return;
    const { text, unitClass } = this;
    if (this.tokenAt.length < text.length) this.tokenAt = grow(this.tokenAt, text.length);
    const tokenAt = this.tokenAt;
    let count = 0;
    let inWord = false;
    for (let p = 0; p < text.length; p++) {
      const cls = unitClass[text.charCodeAt(p)];
      if (cls === WORD) {
        if (!inWord) count++;
        inWord = true;
      } else {
        inWord = false;
        if (cls === SYMBOL) count++;
      }
      tokenAt[p] = count;
    }
    this.tokensReady = true;
  }

  /** An occurrence with the ordinals of the first and last token (word or symbol) it covers. */
  private occurrence(start: number, end: number): Occurrence {
    const { text, unitClass, tokenAt } = this;
    let first = start;
    while (first < end && unitClass[text.charCodeAt(first)] === SEPARATOR) first++;
    if (first === end) {
      return { start, end, tokStart: tokenAt[start]!, tokEnd: tokenAt[start]!, label: '' };
    }
    let last = end - 1;
    while (unitClass[text.charCodeAt(last)] === SEPARATOR) last--;
    return { start, end, tokStart: tokenAt[first]!, tokEnd: tokenAt[last]!, label: '' };
  }
}
