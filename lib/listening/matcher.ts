import type { Atom } from './atoms';
import { type Automaton, RawHits, scanText } from './automaton';
import { Evaluator, tidySpans } from './evaluate';
import type { Expr } from './expr';
import { type FoldTables, MODE_FOLD, WORD } from './fold';
import { PostState } from './post';
import type {
  MatchContext,
  Matcher,
  MatchResult,
  RiskHit,
  WatchlistKind,
  WatchlistMatch,
  WatchlistSpan,
} from './types';
import { endsAtBoundary, extendOverSilent, Verifier } from './verify';

export interface CompiledWatchlist {
  id: string;
  kind: WatchlistKind;
  expr: Expr;
  /** Evaluated on every post (it can hold with no term present, e.g. `author:acme`). */
  always: boolean;
}

export interface CompiledRisk {
  expr: Expr;
  category: string;
  weight: number;
  term: string;
}

/** Flattened "owner lists": for item i, owners[start[i] … start[i + 1]). */
export interface Index {
  start: Int32Array;
  owners: Int32Array;
}

export function buildIndex(
  itemCount: number,
  pairs: readonly (readonly [number, number])[],
): Index {
  const start = new Int32Array(itemCount + 1);
  for (const [item] of pairs) start[item + 1]!++;
  for (let i = 0; i < itemCount; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, itemCount);
  const owners = new Int32Array(pairs.length);
  for (const [item, owner] of pairs) owners[fill[item]!++] = owner;
  return { start, owners };
}

export interface MatcherParts {
  tables: FoldTables;
  automaton: Automaton;
  atoms: readonly Atom[];
  /** Atoms announced by each automaton pattern. */
  patternAtoms: Index;
  watchlists: readonly CompiledWatchlist[];
  atomWatchlists: Index;
  risks: readonly CompiledRisk[];
  atomRisks: Index;
  nodeCount: number;
  maxProgramLength: number;
}

/**
 * Per post: one automaton pass over the text, then per candidate a boundary
 * check (and, for accented, exact-case or wildcard terms, a short verification
 * against the original text), then only the watchlists and risk terms that
 * use a term that occurred (plus field-only ones) are evaluated.
 */
export class CompiledMatcher implements Matcher {
  private readonly raw = new RawHits();
  private readonly post: PostState;
  private readonly evaluator: Evaluator;
  private readonly verifier: Verifier;
  private readonly watchlistStamp: Int32Array;
  private readonly riskStamp: Int32Array;
  private readonly alwaysWatchlists: number[];

  constructor(private readonly parts: MatcherParts) {
    this.post = new PostState(parts.atoms.length, parts.tables.unitClass);
    this.evaluator = new Evaluator(parts.nodeCount, this.post);
    this.verifier = new Verifier(parts.maxProgramLength);
    this.watchlistStamp = new Int32Array(parts.watchlists.length);
    this.riskStamp = new Int32Array(parts.risks.length);
    this.alwaysWatchlists = parts.watchlists.flatMap((w, i) => (w.always ? [i] : []));
  }

  get termCount(): number {
    return this.parts.atoms.length;
  }

  match(text: string, ctx: MatchContext = {}): MatchResult {
    const { post } = this;
    post.reset(text);
    if (this.parts.atoms.length > 0) {
      scanText(this.parts.automaton, text, this.raw);
      if (this.raw.count > 0) this.validate(text);
    }
    if (post.touchedCount === 0 && this.alwaysWatchlists.length === 0) {
      return { watchlists: [], risk: [] };
    }
    this.evaluator.begin(ctx);
    return { watchlists: this.matchWatchlists(), risk: this.matchRisks() };
  }

  /** Turns raw automaton outputs into hits: start offset, word boundaries, verification. */
  private validate(text: string): void {
    const { automaton, atoms, patternAtoms, tables } = this.parts;
    const { outputStart, outputs, patternLength, stride } = automaton;
    const fold = tables.modes[MODE_FOLD];
    const foldLength = fold.length;
    const unitClass = tables.unitClass;
    const raw = this.raw;
    for (let r = 0; r < raw.count; r++) {
      const state = raw.state[r]! / stride;
      const last = raw.last[r]!;
      const used = raw.unitsUsed[r]!;
      const complete = used === foldLength[text.charCodeAt(last)];
      for (let o = outputStart[state]!; o < outputStart[state + 1]!; o++) {
        const pattern = outputs[o]!;
        // Walk back over the folded units to find where the pattern starts.
        let start = last;
        let units = used;
        const length = patternLength[pattern]!;
        while (units < length && start > 0) units += foldLength[text.charCodeAt(--start)]!;
        if (units !== length) continue; // started inside an expansion (œ, ß…)
        if (
          start > 0 &&
          unitClass[text.charCodeAt(start)] === WORD &&
          unitClass[text.charCodeAt(start - 1)] === WORD
        ) {
          continue; // inside a word: `art` in `start`
        }
        for (let a = patternAtoms.start[pattern]!; a < patternAtoms.start[pattern + 1]!; a++) {
          const atom = atoms[patternAtoms.owners[a]!]!;
          if (!atom.needsVerify) {
            if (!complete) continue;
            const end = extendOverSilent(text, last + 1, foldLength);
            if (endsAtBoundary(text, last, end, unitClass)) this.post.addHit(atom.id, start, end);
          } else {
            const table = tables.modes[atom.mode];
            const end = atom.hasWildcard
              ? this.verifier.run(text, start, atom.program, table, unitClass)
              : this.verifier.runLiteral(text, start, atom.program, table, unitClass);
            if (end >= 0) this.post.addHit(atom.id, start, end);
          }
        }
      }
    }
  }

  /** Items (watchlists or risks) owning a touched atom, in ascending order, deduplicated. */
  private touched(index: Index, stamp: Int32Array, extra: readonly number[]): number[] {
    const { post } = this;
    const generation = post.generation;
    const found: number[] = [];
    for (const item of extra) {
      stamp[item] = generation;
      found.push(item);
    }
    for (let t = 0; t < post.touchedCount; t++) {
      const atom = post.touchedAtoms[t]!;
      for (let k = index.start[atom]!; k < index.start[atom + 1]!; k++) {
        const item = index.owners[k]!;
        if (stamp[item] !== generation) {
          stamp[item] = generation;
          found.push(item);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }

  private matchWatchlists(): WatchlistMatch[] {
    const { watchlists, atomWatchlists } = this.parts;
    const matches: WatchlistMatch[] = [];
    for (const w of this.touched(atomWatchlists, this.watchlistStamp, this.alwaysWatchlists)) {
      const watchlist = watchlists[w]!;
      if (!this.evaluator.test(watchlist.expr)) continue;
      const spans: WatchlistSpan[] = [];
      this.evaluator.collectSpans(watchlist.expr, spans);
      matches.push({ watchlistId: watchlist.id, kind: watchlist.kind, spans: tidySpans(spans) });
    }
    return matches;
  }

  private matchRisks(): RiskHit[] {
    const { risks, atomRisks } = this.parts;
    const hits: RiskHit[] = [];
    for (const r of this.touched(atomRisks, this.riskStamp, [])) {
      const risk = risks[r]!;
      if (!this.evaluator.test(risk.expr)) continue;
      const spans: WatchlistSpan[] = [];
      this.evaluator.collectSpans(risk.expr, spans);
      for (const { start, end } of spans) {
        hits.push({ start, end, category: risk.category, weight: risk.weight, term: risk.term });
      }
    }
    return hits.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
