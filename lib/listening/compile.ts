import type { QueryIssue } from '../query/ast';
import { AtomRegistry } from './atoms';
import { buildAutomaton } from './automaton';
import { collectAtoms, ExprBuilder, mayHoldWithoutAtoms } from './expr';
import { getFoldTables, MODE_FOLD } from './fold';
import { buildIndex, CompiledMatcher, type CompiledRisk, type CompiledWatchlist } from './matcher';
import { type PreparedMatcher, prepareMatcher } from './prepare';
import type { CompileInput, CompileResult } from './types';

/**
 * Builds the matcher from parsed queries (the half that runs in the page: no
 * parser). Never throws: an entry whose tree cannot be compiled is skipped and
 * reported.
 */
export function compilePrepared(prepared: PreparedMatcher): CompileResult {
  const registry = new AtomRegistry();
  const builder = new ExprBuilder(registry);
  const errors: CompileResult['errors'] = [...prepared.errors];
  const riskTermErrors: CompileResult['riskTermErrors'] = [...prepared.riskTermErrors];

  const watchlists: CompiledWatchlist[] = [];
  for (const watchlist of prepared.watchlists) {
    const buildIssues: QueryIssue[] = [];
    const expr = builder.build(watchlist.ast, buildIssues);
    if (!expr || buildIssues.length > 0) {
      errors.push({ watchlistId: watchlist.id, issues: [...watchlist.issues, ...buildIssues] });
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
  for (const risk of prepared.risks) {
    const buildIssues: QueryIssue[] = [];
    const expr = builder.build(risk.ast, buildIssues);
    if (!expr || buildIssues.length > 0) {
      riskTermErrors.push({ term: risk.term, issues: buildIssues });
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

/**
 * Two matchers from one preparation: the watchlists alone, for the first pass
 * over every post, and the risk lexicon alone, for the deferred phase over
 * matched posts only. The first pass then neither scans for nor evaluates the
 * lexicon's 350 common words on posts that match no watchlist.
 */
export function compileSplit(prepared: PreparedMatcher): {
  watch: CompileResult;
  risk: CompileResult;
} {
  return {
    watch: compilePrepared({ ...prepared, risks: [], riskTermErrors: [] }),
    risk: compilePrepared({ ...prepared, watchlists: [], errors: [] }),
  };
}

/**
 * Compiles every enabled watchlist and the risk terms into one matcher.
 * Never throws: a watchlist whose query has errors is skipped and reported in
 * `errors` (disabled ones are skipped silently); same for risk terms.
 */
export function compileMatcher(input: CompileInput): CompileResult {
  return compilePrepared(prepareMatcher(input));
}
