import type { QueryIssue, QueryNode } from '../query/ast';
import { isSpaceUnit } from '../query/lexical';
import { parseQuery } from '../query/parser';
import { AtomRegistry } from './atoms';
import { buildAutomaton } from './automaton';
import { collectAtoms, ExprBuilder, mayHoldWithoutAtoms } from './expr';
import { getFoldTables, MODE_FOLD } from './fold';
import { buildIndex, CompiledMatcher, type CompiledRisk, type CompiledWatchlist } from './matcher';
import type { CompileInput, CompileResult, RiskTermInput } from './types';

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

/**
 * Compiles every enabled watchlist and the risk terms into one matcher.
 * Never throws: a watchlist whose query has errors is skipped and reported in
 * `errors` (disabled ones are skipped silently); same for risk terms.
 */
export function compileMatcher(input: CompileInput): CompileResult {
  const registry = new AtomRegistry();
  const builder = new ExprBuilder(registry);
  const errors: CompileResult['errors'] = [];
  const riskTermErrors: CompileResult['riskTermErrors'] = [];

  const watchlists: CompiledWatchlist[] = [];
  for (const watchlist of input.watchlists) {
    if (!watchlist.enabled) continue;
    const { ast, issues } = parseQuery(watchlist.query);
    const buildIssues: QueryIssue[] = [];
    const expr = ast ? builder.build(ast, buildIssues) : null;
    if (!expr || buildIssues.length > 0) {
      errors.push({ watchlistId: watchlist.id, issues: [...issues, ...buildIssues] });
      continue;
    }
    watchlists.push({
      id: watchlist.id,
      kind: watchlist.kind,
      expr,
      always: mayHoldWithoutAtoms(expr),
    });
  }

  const risks: CompiledRisk[] = [];
  for (const risk of input.riskTerms ?? []) {
    const { ast, issues } = parseRisk(risk);
    const buildIssues: QueryIssue[] = [];
    const expr = ast ? builder.build(ast, buildIssues) : null;
    if (!expr || buildIssues.length > 0) {
      riskTermErrors.push({ term: risk.term, issues: [...issues, ...buildIssues] });
      continue;
    }
    risks.push({ expr, category: risk.category, weight: risk.weight, term: risk.term });
  }

  const tables = getFoldTables();
  const atoms = registry.atoms;
  const ownerPairs = (exprs: readonly { expr: CompiledWatchlist['expr'] }[]) =>
    exprs.flatMap(({ expr }, owner) =>
      [...collectAtoms(expr, new Set())].map((atom) => [atom, owner] as const),
    );
  const matcher = new CompiledMatcher({
    tables,
    automaton: buildAutomaton(registry.patterns, tables.modes[MODE_FOLD]),
    atoms,
    patternAtoms: buildIndex(
      registry.patterns.length,
      atoms.map((atom) => [atom.patternId, atom.id] as const),
    ),
    watchlists,
    atomWatchlists: buildIndex(atoms.length, ownerPairs(watchlists)),
    risks,
    atomRisks: buildIndex(atoms.length, ownerPairs(risks)),
    nodeCount: builder.nodeCount,
    maxProgramLength: registry.maxProgramLength(),
  });
  return { matcher, errors, riskTermErrors };
}
