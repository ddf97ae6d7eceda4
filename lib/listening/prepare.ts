/**
 * The parsing half of compiling a matcher: every enabled watchlist's query and
 * every risk term parsed into its syntax tree. Runs in the background; the
 * result is plain JSON, so content scripts receive it with their configuration
 * and never carry the query parser.
 */
import type { QueryIssue, QueryNode } from '../query/ast';
import { isSpaceUnit } from '../query/lexical';
import { parseQuery } from '../query/parser';
import type { CompileInput, CompileResult, RiskTermInput, WatchlistKind } from './types';

const OPERATOR_WORD = /^(AND|OR|NOT|NEAR(\/.*)?)$/;

/**
 * Risk lexicons list phrases bare (`pas content`): quote them so they parse as
 * one phrase, unless they use operators (then they are rejected, not guessed).
 */
function riskSource(term: string): string {
  const trimmed = term.trim();
  const first = trimmed[0];
  if (first === '"' || first === '{') return trimmed;
  const words: string[] = [];
  let current = '';
  for (let i = 0; i <= trimmed.length; i++) {
    if (i === trimmed.length || isSpaceUnit(trimmed.charCodeAt(i))) {
      if (current) words.push(current);
      current = '';
    } else current += trimmed[i];
  }
  if (words.length < 2 || words.some((word) => OPERATOR_WORD.test(word))) return trimmed;
  return `"${trimmed}"`;
}

function parseRisk(risk: RiskTermInput): { ast: QueryNode | null; issues: QueryIssue[] } {
  const source = riskSource(risk.term);
  const { ast, issues } = parseQuery(source);
  if (ast && ast.type !== 'term' && ast.type !== 'phrase') {
    issues.push({ severity: 'error', code: 'risk_term_not_simple', start: 0, end: source.length });
    return { ast: null, issues };
  }
  return { ast, issues };
}

export interface PreparedMatcher {
  watchlists: { id: string; kind: WatchlistKind; ast: QueryNode; issues: QueryIssue[] }[];
  risks: { ast: QueryNode; category: string; weight: number; term: string }[];
  errors: CompileResult['errors'];
  riskTermErrors: CompileResult['riskTermErrors'];
}

/** Parses what `compilePrepared` builds on; never throws (errors are listed, the entry skipped). */
export function prepareMatcher(input: CompileInput): PreparedMatcher {
  const prepared: PreparedMatcher = { watchlists: [], risks: [], errors: [], riskTermErrors: [] };
  for (const watchlist of input.watchlists) {
    if (!watchlist.enabled) continue;
    const { ast, issues } = parseQuery(watchlist.query);
    if (!ast) prepared.errors.push({ watchlistId: watchlist.id, issues });
    else prepared.watchlists.push({ id: watchlist.id, kind: watchlist.kind, ast, issues });
  }
  for (const risk of input.riskTerms ?? []) {
    const { ast, issues } = parseRisk(risk);
    if (!ast) prepared.riskTermErrors.push({ term: risk.term, issues });
    else
      prepared.risks.push({ ast, category: risk.category, weight: risk.weight, term: risk.term });
  }
  return prepared;
}
