import type { QueryIssue, QueryNode, TermPattern } from '../query/ast';
import type { AtomRegistry } from './atoms';
import { compileField, type FieldTest } from './fields';

/** A query compiled against the shared atoms. `id` indexes per-post memo arrays. */
export type Expr =
  | { kind: 'atom'; id: number; atom: number; label: string }
  | { kind: 'phrase'; id: number; atoms: number[]; label: string }
  | { kind: 'proximity'; id: number; atoms: number[]; labels: string[]; slop: number }
  | { kind: 'near'; id: number; left: Expr; right: Expr; distance: number; ordered: boolean }
  | { kind: 'and' | 'or'; id: number; children: Expr[] }
  | { kind: 'not'; id: number; child: Expr }
  | { kind: 'field'; id: number; test: FieldTest };

/** Atom ids used anywhere in `expr` (positive or negated). */
export function collectAtoms(expr: Expr, into: Set<number>): Set<number> {
  switch (expr.kind) {
    case 'atom':
      into.add(expr.atom);
      break;
    case 'phrase':
    case 'proximity':
      for (const atom of expr.atoms) into.add(atom);
      break;
    case 'near':
      collectAtoms(expr.left, into);
      collectAtoms(expr.right, into);
      break;
    case 'and':
    case 'or':
      for (const child of expr.children) collectAtoms(child, into);
      break;
    case 'not':
      collectAtoms(expr.child, into);
      break;
    case 'field':
      break;
  }
  return into;
}

/** True when `expr` could hold for a post in which no atom occurs (so it must always be evaluated). */
export function mayHoldWithoutAtoms(expr: Expr): boolean {
  switch (expr.kind) {
    case 'field':
    case 'not':
      return true;
    case 'and':
      return expr.children.every(mayHoldWithoutAtoms);
    case 'or':
      return expr.children.some(mayHoldWithoutAtoms);
    default:
      return false;
  }
}

/**
 * Lowers a parsed query to an Expr, interning its words as atoms. Words that
 * fold to nothing (a lone accent, a soft hyphen) are reported as issues.
 */
export class ExprBuilder {
  private nextId = 0;

  constructor(private readonly registry: AtomRegistry) {}

  get nodeCount(): number {
    return this.nextId;
  }

  build(node: QueryNode, issues: QueryIssue[]): Expr {
    const id = this.nextId++;
    switch (node.type) {
      case 'term':
        return { kind: 'atom', id, atom: this.atom(node.term, issues), label: node.term.raw };
      case 'phrase': {
        const atoms = node.words.map((word) => this.atom(word, issues));
        if (node.proximity === null) return { kind: 'phrase', id, atoms, label: node.raw };
        const labels = node.words.map((word) => word.raw);
        return { kind: 'proximity', id, atoms, labels, slop: node.proximity };
      }
      case 'near':
        return {
          kind: 'near',
          id,
          left: this.build(node.left, issues),
          right: this.build(node.right, issues),
          distance: node.distance,
          ordered: node.ordered,
        };
      case 'and':
      case 'or':
        return {
          kind: node.type,
          id,
          children: node.children.map((child) => this.build(child, issues)),
        };
      case 'not':
        return { kind: 'not', id, child: this.build(node.child, issues) };
      case 'field':
        return { kind: 'field', id, test: compileField(node) };
    }
  }

  private atom(term: TermPattern, issues: QueryIssue[]): number {
    const atom = this.registry.intern(term);
    if (atom !== null) return atom;
    issues.push({
      severity: 'error',
      code: 'term_without_letters',
      start: term.start,
      end: term.end,
      params: { term: term.raw },
    });
    return -1;
  }
}
