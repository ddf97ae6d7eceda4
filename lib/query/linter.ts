import type { QueryIssue, QueryNode, TermPattern } from './ast';
import { globMatches, hasWildcard } from './glob';

/**
 * Checks that need the whole tree: a query that would match posts without any
 * of its terms (an error), and redundant siblings (a warning). Token-level
 * warnings (lowercase operators, short stems…) come from the tokenizer.
 */
export function lintQuery(root: QueryNode, source: string, issues: QueryIssue[]): void {
  if (matchesWithNothingPresent(root)) {
    issues.push({ severity: 'error', code: 'only_negative', start: root.start, end: root.end });
  }
  lintRedundancy(root, source, issues);
}

/** Evaluates the query as if no term and no field matched. */
function matchesWithNothingPresent(node: QueryNode): boolean {
  switch (node.type) {
    case 'not':
      return !matchesWithNothingPresent(node.child);
    case 'and':
      return node.children.every(matchesWithNothingPresent);
    case 'or':
      return node.children.some(matchesWithNothingPresent);
    default:
      return false;
  }
}

function termKey(term: TermPattern): string {
  return term.caseSensitive ? `T${term.text}` : `t${term.text.toLowerCase()}`;
}

/** Structural identity of a subtree, ignoring positions and letter case where it does not matter. */
function nodeKey(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return termKey(node.term);
    case 'phrase':
      return `p${node.proximity ?? ''}(${node.words.map(termKey).join(' ')})`;
    case 'field':
      return `f${node.field}:${node.value.toLowerCase()}`;
    case 'not':
      return `!${nodeKey(node.child)}`;
    case 'near':
      return `n${node.distance}${node.ordered ? 'f' : ''}(${nodeKey(node.left)},${nodeKey(node.right)})`;
    case 'and':
    case 'or':
      return `${node.type}(${node.children.map(nodeKey).join(',')})`;
  }
}

/** True when the wildcard term `wide` already matches every text `narrow` matches. */
function subsumes(wide: TermPattern, narrow: TermPattern): boolean {
  if (!hasWildcard(wide.text) || hasWildcard(narrow.text)) return false;
  if (wide.caseSensitive && !narrow.caseSensitive) return false;
  const fold = (term: TermPattern) => (term.caseSensitive ? term.text : term.text.toLowerCase());
  return globMatches(fold(wide), fold(narrow));
}

function lintRedundancy(node: QueryNode, source: string, issues: QueryIssue[]): void {
  switch (node.type) {
    case 'not':
      lintRedundancy(node.child, source, issues);
      return;
    case 'near':
      lintRedundancy(node.left, source, issues);
      lintRedundancy(node.right, source, issues);
      return;
    case 'and':
    case 'or':
      break;
    default:
      return;
  }
  const seen = new Set<string>();
  for (const child of node.children) {
    const key = nodeKey(child);
    const subsumed =
      node.type === 'or' &&
      child.type === 'term' &&
      node.children.some(
        (other) => other !== child && other.type === 'term' && subsumes(other.term, child.term),
      );
    if (seen.has(key) || subsumed) {
      issues.push({
        severity: 'warning',
        code: 'redundant_term',
        start: child.start,
        end: child.end,
        params: { term: source.slice(child.start, child.end) },
      });
    }
    seen.add(key);
    lintRedundancy(child, source, issues);
  }
}
