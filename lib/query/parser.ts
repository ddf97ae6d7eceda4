import type { NearNode, ParseResult, QueryIssue, QueryNode, TermPattern } from './ast';
import { lintQuery } from './linter';
import { type Token, tokenize } from './tokens';

/** A group that turned out empty (`()`, `""`): dropped after parsing, never in the result. */
interface EmptyNode {
  type: 'empty';
  start: number;
  end: number;
}
type Parsed = QueryNode | EmptyNode;

type TokenOf<K extends Token['kind']> = Extract<Token, { kind: K }>;

/**
 * Recursive descent, loosest to tightest: OR < AND (and `A NOT B`, read as
 * `A AND NOT B`) < unary NOT < NEAR < primary. The parser never stops at the
 * first error: it reports, assumes the most likely intent (an AND between two
 * bare terms, a missing operand dropped) and goes on, so the CM sees every
 * problem at once.
 */
class Parser {
  private pos = 0;
  private readonly parenthesized = new WeakSet<object>();

  constructor(
    private readonly tokens: Token[],
    private readonly issues: QueryIssue[],
  ) {}

  parse(): Parsed | null {
    let result = this.parseOr();
    while (this.peek().kind !== 'eof') {
      const stray = this.next();
      this.error('unexpected_close_paren', stray.start, stray.end);
      const more = this.parseOr();
      result = result && more ? this.combine('and', [result, more]) : (result ?? more);
    }
    return result;
  }

  private peek(): Token {
    return this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  private error(
    code: QueryIssue['code'],
    start: number,
    end: number,
    params?: QueryIssue['params'],
  ) {
    this.issues.push({ severity: 'error', code, start, end, ...(params ? { params } : {}) });
  }

  private warn(code: QueryIssue['code'], start: number, end: number) {
    this.issues.push({ severity: 'warning', code, start, end });
  }

  private missingOperand(op: Token) {
    const operator =
      op.kind === 'near' ? op.raw : op.kind === 'and' ? 'AND' : op.kind === 'or' ? 'OR' : 'NOT';
    this.error('missing_operand', op.start, op.end, { operator });
  }

  private combine(type: 'and' | 'or', children: Parsed[]): Parsed {
    if (children.length === 1) return children[0]!;
    const start = children[0]!.start;
    const end = children[children.length - 1]!.end;
    return { type, children: children as QueryNode[], start, end };
  }

  private parseOr(): Parsed | null {
    const children: Parsed[] = [];
    const first = this.parseAnd();
    if (first) children.push(first);
    while (this.peek().kind === 'or') {
      const op = this.next();
      if (children.length === 0) this.missingOperand(op);
      const right = this.parseAnd();
      if (right) children.push(right);
      else this.missingOperand(op);
    }
    if (children.length > 1) {
      for (const child of children) {
        if (child.type === 'and' && !this.parenthesized.has(child)) {
          this.warn('mixed_and_or', child.start, child.end);
        }
      }
    }
    return children.length === 0 ? null : this.combine('or', children);
  }

  private parseAnd(): Parsed | null {
    const children: Parsed[] = [];
    const first = this.parseUnary();
    if (first) children.push(first);
    for (;;) {
      const token = this.peek();
      if (token.kind === 'and') {
        this.next();
        if (children.length === 0) this.missingOperand(token);
        const right = this.parseUnary();
        if (right) children.push(right);
        else this.missingOperand(token);
      } else if (token.kind === 'not' && children.length > 0) {
        // `A NOT B` is Brandwatch's spelling of `A AND NOT B`.
        const right = this.parseUnary();
        if (right) children.push(right);
      } else if (
        token.kind === 'term' ||
        token.kind === 'phrase' ||
        token.kind === 'field' ||
        token.kind === 'lparen' ||
        token.kind === 'near'
      ) {
        if (token.kind !== 'near') this.error('missing_operator', token.start, token.end);
        // Recover as if the CM had written AND.
        const right = this.parseUnary();
        if (right) children.push(right);
      } else break;
    }
    return children.length === 0 ? null : this.combine('and', children);
  }

  private parseUnary(): Parsed | null {
    const token = this.peek();
    if (token.kind !== 'not') return this.parseNear();
    this.next();
    const following = this.peek();
    if (following.kind === 'not') this.warn('double_negation', token.start, following.end);
    const child = this.parseUnary();
    if (!child) {
      this.missingOperand(token);
      return null;
    }
    return { type: 'not', child: child as QueryNode, start: token.start, end: child.end };
  }

  private parseNear(): Parsed | null {
    let left = this.parsePrimary();
    while (this.peek().kind === 'near') {
      const op = this.next() as TokenOf<'near'>;
      const right = this.parsePrimary();
      if (!left || !right || left.type === 'empty' || right.type === 'empty') {
        this.missingOperand(op);
        left = left ?? right;
        continue;
      }
      for (const operand of [left, right]) {
        if (!isPositional(operand)) {
          this.error('near_operand_invalid', operand.start, operand.end);
        }
      }
      const near: NearNode = {
        type: 'near',
        left,
        right,
        distance: op.distance ?? 0,
        ordered: op.ordered,
        start: left.start,
        end: right.end,
      };
      left = near;
    }
    return left;
  }

  private parsePrimary(): Parsed | null {
    const token = this.peek();
    switch (token.kind) {
      case 'term':
        this.next();
        return { type: 'term', term: token.term, start: token.start, end: token.end };
      case 'field':
        this.next();
        return {
          type: 'field',
          field: token.field,
          value: token.value,
          raw: token.raw,
          start: token.start,
          end: token.end,
        };
      case 'phrase':
        this.next();
        return phraseNode(token);
      case 'lparen':
        return this.parseGroup();
      default:
        return null;
    }
  }

  private parseGroup(): Parsed {
    const open = this.next();
    if (this.peek().kind === 'rparen') {
      const close = this.next();
      this.warn('empty_group', open.start, close.end);
      return { type: 'empty', start: open.start, end: close.end };
    }
    const inner = this.parseOr();
    if (this.peek().kind === 'rparen') this.next();
    else this.error('unclosed_paren', open.start, open.end);
    if (!inner) return { type: 'empty', start: open.start, end: open.end };
    this.parenthesized.add(inner);
    return inner;
  }
}

function phraseNode(token: TokenOf<'phrase'>): Parsed {
  const { words, start, end, raw } = token;
  if (words.length === 0) return { type: 'empty', start, end };
  if (words.length === 1) {
    const term: TermPattern = { ...words[0]!, raw };
    return { type: 'term', term, start, end };
  }
  return { type: 'phrase', words, proximity: token.proximity, raw, start, end };
}

/** What NEAR can measure: terms, exact phrases, and OR groups of them. */
function isPositional(node: Parsed): boolean {
  if (node.type === 'term') return true;
  if (node.type === 'phrase') return node.proximity === null;
  if (node.type === 'or') return node.children.every(isPositional);
  return false;
}

/** Drops empty groups; null when nothing is left. */
function dropEmpty(node: Parsed): QueryNode | null {
  switch (node.type) {
    case 'empty':
      return null;
    case 'and':
    case 'or': {
      const children = node.children
        .map((child) => dropEmpty(child))
        .filter((child): child is QueryNode => child !== null);
      if (children.length === 0) return null;
      if (children.length === 1) return children[0]!;
      return { ...node, children };
    }
    case 'not': {
      const child = dropEmpty(node.child);
      return child ? { ...node, child } : null;
    }
    default:
      return node;
  }
}

/**
 * Parses a Brandwatch-style query. Never throws: problems come back as issues
 * (positions are UTF-16 offsets into `source`), and `ast` is null as soon as
 * one of them is an error.
 */
export function parseQuery(source: string): ParseResult {
  const issues: QueryIssue[] = [];
  const tokens = tokenize(source, issues);
  const parsed = new Parser(tokens, issues).parse();
  const root = parsed ? dropEmpty(parsed) : null;
  if (!root && !issues.some((issue) => issue.severity === 'error')) {
    issues.push({ severity: 'error', code: 'empty_query', start: 0, end: source.length });
  }
  if (root) lintQuery(root, source, issues);
  issues.sort((a, b) => a.start - b.start || a.end - b.end);
  const hasError = issues.some((issue) => issue.severity === 'error');
  return { ast: hasError ? null : root, issues };
}
