/**
 * Vigie's listening matcher: every enabled watchlist and the risk lexicon
 * compiled once into one Aho-Corasick automaton over accent- and case-folded
 * text, then per post a boolean evaluation of each watchlist's query.
 *
 * ```ts
 * const { matcher, errors } = compileMatcher({ watchlists, riskTerms });
 * const { watchlists: hits, risk } = matcher.match(postText, { author, handle, site, network, language });
 * ```
 *
 * - `compileMatcher({ watchlists, riskTerms? })` → `{ matcher, errors, riskTermErrors }`.
 *   Never throws. Disabled watchlists are skipped; enabled ones whose query
 *   has errors are skipped and listed in `errors` with all their issues; risk
 *   terms that are not one word or one phrase go to `riskTermErrors` (a bare
 *   `pas content` is taken as the phrase `"pas content"`).
 * - `matcher.termCount`: distinct word patterns compiled (shared between
 *   watchlists and risk terms; a phrase counts one per word).
 *   Compiling costs ≈ 20–40 ms for 1,000 terms (plus ≈ 70 ms once per page
 *   for the shared fold tables): compile once, match many.
 * - `matcher.match(text, ctx?)` → `{ watchlists, risk }`: each matching
 *   watchlist with the spans of the positive terms that made it match (never
 *   NOT terms), and every risk-term occurrence. Offsets are UTF-16, start
 *   inclusive, end exclusive, into `text` exactly as given (no normalisation:
 *   map them straight back to text nodes).
 * - Time is linear in `text.length` whatever the number of terms; only posts
 *   with candidate hits pay for verification and evaluation.
 *
 * Matching rules (see docs/query-language.md): case-insensitive except
 * `{BT}`; a term without accents matches with or without them, one with
 * accents only that spelling; `’` = `'`; Unicode word boundaries (letters of
 * any script, digits, `_`), so `acme` matches `#acme`, `@acme`, `Acme's` but
 * not `Acmeland` or `acme2`; `*`/`?` extend inside a word only.
 *
 * Pipeline: fold.ts (tables) → atoms.ts (word patterns) → automaton.ts (DFA
 * scan) → matcher.ts (start offsets, boundaries, verify.ts for accented /
 * exact-case / wildcard words) → post.ts (hits per atom, token ordinals) →
 * evaluate.ts + positions.ts (boolean, phrases, NEAR, ~n). The slow reference
 * implementation it is property-tested against is tests/unit/listening/reference.ts.
 */
export { compileMatcher, compilePrepared, compileSplit } from './compile';
export {
  foldString,
  getFoldTables,
  hasAccent,
  MODE_EXACT,
  MODE_FOLD,
  MODE_LOWER,
  MODE_STRIP,
} from './fold';
export { type PreparedMatcher, prepareMatcher } from './prepare';
export type {
  CompileInput,
  CompileResult,
  MatchContext,
  Matcher,
  MatchResult,
  RiskHit,
  RiskTermInput,
  Span,
  WatchlistInput,
  WatchlistKind,
  WatchlistMatch,
  WatchlistSpan,
} from './types';
