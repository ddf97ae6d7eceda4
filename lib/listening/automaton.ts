import type { FoldTable } from './fold';

/** Input class of a code unit that folds to nothing: the automaton does not move. */
export const CLASS_SKIP = 0xffff;
/** Input class of a code unit that folds to several units: see `expansionClasses`. */
export const CLASS_EXPAND = 0xfffe;

/**
 * Aho-Corasick automaton compiled to a full DFA over typed arrays.
 *
 * The alphabet is compressed: every distinct folded unit that occurs in a
 * pattern gets a class 1…K, everything else is class 0 (which always leads
 * back to the root). `inputClass` composes the FOLD table with that mapping, so
 * the scan reads one table per code unit and folds as it goes.
 *
 * `delta` holds the next state premultiplied by `stride` (no multiply in the
 * loop) and bit-negated when that state has outputs, so the loop tests a sign
 * instead of loading a second array.
 */
export interface Automaton {
  readonly delta: Int32Array;
  readonly stride: number;
  readonly stateCount: number;
  readonly inputClass: Uint16Array;
  readonly expansionClasses: ReadonlyMap<number, Uint16Array>;
  /** Patterns ending in state s: outputs[outputStart[s] … outputStart[s + 1]). */
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;
  /** Folded length of each pattern, in units. */
  readonly patternLength: Int32Array;
}

/** Growable buffer of raw automaton hits, reused across scans (no allocation per post). */
export class RawHits {
  count = 0;
  /** Premultiplied state reached (its outputs are the patterns that end here). */
  state = new Int32Array(256);
  /** Index of the code unit whose folding completed the match. */
  last = new Int32Array(256);
  /** How many folded units of that code unit were consumed (less than its length: mid-expansion). */
  unitsUsed = new Int32Array(256);

  push(state: number, last: number, unitsUsed: number): void {
    if (this.count === this.state.length) this.grow();
    this.state[this.count] = state;
    this.last[this.count] = last;
    this.unitsUsed[this.count] = unitsUsed;
    this.count++;
  }

  private grow(): void {
    const size = this.state.length * 2;
    const state = new Int32Array(size);
    const last = new Int32Array(size);
    const unitsUsed = new Int32Array(size);
    state.set(this.state);
    last.set(this.last);
    unitsUsed.set(this.unitsUsed);
    this.state = state;
    this.last = last;
    this.unitsUsed = unitsUsed;
  }
}

/** Builds the DFA for `patterns` (already folded with `fold`, non-empty). */
export function buildAutomaton(patterns: readonly string[], fold: FoldTable): Automaton {
  // Alphabet compression.
  const classOfUnit = new Map<number, number>();
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!classOfUnit.has(unit)) classOfUnit.set(unit, classOfUnit.size + 1);
    }
  }
  const stride = classOfUnit.size + 1;

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  patterns.forEach((pattern, patternId) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = classOfUnit.get(pattern.charCodeAt(i))!;
      let next = children[node]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[node]!.set(cls, next);
      }
      node = next;
    }
    own[node]!.push(patternId);
  });
  const stateCount = children.length;

  // Breadth-first: failure links, full transitions, and output sets.
  const delta = new Int32Array(stateCount * stride);
  const fail = new Int32Array(stateCount);
  const outputsOf: number[][] = own.map((list) => list.slice());
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const row = node * stride;
    const failRow = fail[node]! * stride;
    for (let cls = 0; cls < stride; cls++) {
      const child = children[node]!.get(cls);
      if (child === undefined) {
        delta[row + cls] = node === 0 ? 0 : delta[failRow + cls]!;
      } else {
        fail[child] = node === 0 ? 0 : delta[failRow + cls]!;
        const inherited = outputsOf[fail[child]!]!;
        if (inherited.length > 0) outputsOf[child] = outputsOf[child]!.concat(inherited);
        delta[row + cls] = child;
        queue.push(child);
      }
    }
  }

  const outputStart = new Int32Array(stateCount + 1);
  for (let s = 0; s < stateCount; s++) {
    outputStart[s + 1] = outputStart[s]! + outputsOf[s]!.length;
  }
  const outputs = new Int32Array(outputStart[stateCount]!);
  for (let s = 0; s < stateCount; s++) outputs.set(outputsOf[s]!, outputStart[s]!);
  for (let i = 0; i < delta.length; i++) {
    const next = delta[i]!;
    const premultiplied = next * stride;
    delta[i] = outputsOf[next]!.length > 0 ? ~premultiplied : premultiplied;
  }

  // Input classes: fold each code unit, then map the folded unit to its class.
  const inputClass = new Uint16Array(0x10000);
  const expansionClasses = new Map<number, Uint16Array>();
  for (let code = 0; code < 0x10000; code++) {
    const length = fold.length[code]!;
    if (length === 1) inputClass[code] = classOfUnit.get(fold.unit[code]!) ?? 0;
    else if (length === 0) inputClass[code] = CLASS_SKIP;
    else {
      const units = fold.expansion.get(code)!;
      const classes = new Uint16Array(units.length);
      let relevant = false;
      for (let k = 0; k < units.length; k++) {
        classes[k] = classOfUnit.get(units.charCodeAt(k)) ?? 0;
        if (classes[k] !== 0) relevant = true;
      }
      // An expansion made only of unknown units just returns to the root, like class 0.
      if (relevant) {
        inputClass[code] = CLASS_EXPAND;
        expansionClasses.set(code, classes);
      }
    }
  }

  const patternLength = Int32Array.from(patterns, (pattern) => pattern.length);
  return {
    delta,
    stride,
    stateCount,
    inputClass,
    expansionClasses,
    outputStart,
    outputs,
    patternLength,
  };
}

/**
 * Scans `text` once, left to right, and records every state with outputs in
 * `hits`. Time is linear in the text length whatever the number of patterns.
 */
export function scanText(automaton: Automaton, text: string, hits: RawHits): void {
  const { delta, inputClass } = automaton;
  hits.count = 0;
  let state = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    const cls = inputClass[code]!;
    if (cls < CLASS_EXPAND) {
      state = delta[state + cls]!;
      if (state < 0) {
        state = ~state;
        hits.push(state, i, 1);
      }
    } else if (cls === CLASS_EXPAND) {
      const classes = automaton.expansionClasses.get(code)!;
      for (let k = 0; k < classes.length; k++) {
        state = delta[state + classes[k]!]!;
        if (state < 0) {
          state = ~state;
          hits.push(state, i, k + 1);
        }
      }
    }
  }
}
