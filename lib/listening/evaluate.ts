import type { Expr } from './expr';
import { nearMembers, phraseOccurrences, proximityMembers } from './positions';
import type { Occurrence, PostState } from './post';
import type { MatchContext, WatchlistSpan } from './types';

/**
 * Evaluates compiled expressions on one post's hits. Truth values and
 * occurrence lists are memoised per node for the current post (stamped with
 * the post's generation), so collecting spans after testing costs no rework.
 */
export class Evaluator {
  private ctx: MatchContext = {};
  private generation = 0;
  private readonly truthStamp: Int32Array;
  private readonly truth: Uint8Array;
  private readonly listStamp: Int32Array;
  private readonly lists: Occurrence[][];

  constructor(
    nodeCount: number,
    private readonly post: PostState,
  ) {
    this.truthStamp = new Int32Array(nodeCount);
    this.truth = new Uint8Array(nodeCount);
    this.listStamp = new Int32Array(nodeCount);
    this.lists = new Array<Occurrence[]>(nodeCount);
  }

  begin(ctx: MatchContext): void {
    this.ctx = ctx;
    this.generation = this.post.generation;
  }

  test(expr: Expr): boolean {
    if (this.truthStamp[expr.id] === this.generation) return this.truth[expr.id] === 1;
    const value = this.compute(expr);
    this.truthStamp[expr.id] = this.generation;
    this.truth[expr.id] = value ? 1 : 0;
    return value;
  }

  private compute(expr: Expr): boolean {
    switch (expr.kind) {
      case 'atom':
        return this.post.countOf(expr.atom) > 0;
      case 'phrase':
      case 'proximity':
        return (
          expr.atoms.every((atom) => this.post.countOf(atom) > 0) && this.list(expr).length > 0
        );
      case 'near':
        return this.test(expr.left) && this.test(expr.right) && this.list(expr).length > 0;
      case 'and':
        return expr.children.every((child) => this.test(child));
      case 'or':
        return expr.children.some((child) => this.test(child));
      case 'not':
        return !this.test(expr.child);
      case 'field':
        return expr.test(this.ctx);
    }
  }

  /**
   * Occurrences for positional nodes (atom, phrase, OR of them), and the
   * participating members for NEAR and `~n`. Empty for anything else.
   */
  list(expr: Expr): Occurrence[] {
    if (this.listStamp[expr.id] === this.generation) return this.lists[expr.id]!;
    const value = this.computeList(expr);
    this.listStamp[expr.id] = this.generation;
    this.lists[expr.id] = value;
    return value;
  }

  private labelled(atom: number, label: string): Occurrence[] {
    return this.post.positionsOf(atom).map((occ) => ({ ...occ, label }));
  }

  private computeList(expr: Expr): Occurrence[] {
    switch (expr.kind) {
      case 'atom':
        return this.labelled(expr.atom, expr.label);
      case 'phrase':
        return phraseOccurrences(
          expr.atoms.map((atom) => this.post.positionsOf(atom)),
          expr.label,
        );
      case 'proximity':
        return proximityMembers(
          expr.atoms.map((atom, i) => this.labelled(atom, expr.labels[i]!)),
          expr.slop,
        );
      case 'near':
        return nearMembers(
          this.list(expr.left),
          this.list(expr.right),
          expr.distance,
          expr.ordered,
        );
      case 'or':
        return expr.children
          .filter((child) => this.test(child))
          .flatMap((child) => this.list(child))
          .sort((a, b) => a.tokStart - b.tokStart || a.tokEnd - b.tokEnd);
      default:
        return [];
    }
  }

  /** Every occurrence of `atom` as a span labelled `term`, without computing token ordinals. */
  atomSpans(atom: number, term: string, out: { start: number; end: number; term: string }[]): void {
    const { post } = this;
    for (let h = post.firstHit(atom); h >= 0; h = post.nextHit(h)) {
      out.push({ start: post.hitStartOf(h), end: post.hitEndOf(h), term });
    }
  }

  /** Pushes the spans of the positive terms that make `expr` true. */
  collectSpans(expr: Expr, out: WatchlistSpan[]): void {
    if (!this.test(expr)) return;
    switch (expr.kind) {
      case 'atom':
        this.atomSpans(expr.atom, expr.label, out);
        return;
      case 'phrase':
      case 'proximity':
      case 'near':
        for (const occ of this.list(expr)) {
          out.push({ start: occ.start, end: occ.end, term: occ.label });
        }
        return;
      case 'and':
      case 'or':
        for (const child of expr.children) this.collectSpans(child, out);
        return;
      default:
        return;
    }
  }
}

/** Sorts spans by start then end and drops exact duplicates. */
export function tidySpans(spans: WatchlistSpan[]): WatchlistSpan[] {
  spans.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
  return spans.filter(
    (span, i) =>
      i === 0 ||
      span.start !== spans[i - 1]!.start ||
      span.end !== spans[i - 1]!.end ||
      span.term !== spans[i - 1]!.term,
  );
}
