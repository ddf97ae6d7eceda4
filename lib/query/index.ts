/**
 * Vigie's query language: Brandwatch-style boolean queries that CMs already
 * know. See docs/query-language.md for the user reference.
 *
 * - `parseQuery(source)` → `{ ast, issues }`; `ast` is null when there is an
 *   error. Issues carry a code, a severity and UTF-16 offsets into `source`.
 * - `formatQueryIssue(issue, getMessage)` → localized text (`query_<code>` keys;
 *   `$1` is the 1-based position, then the params listed in QUERY_MESSAGES).
 *
 * Precedence, tightest first: NEAR/n, NOT, AND (also `A NOT B`), OR.
 */
export type {
  AndNode,
  FieldNode,
  NearNode,
  NotNode,
  OrNode,
  ParseResult,
  PhraseNode,
  QueryField,
  QueryIssue,
  QueryNode,
  TermNode,
  TermPattern,
} from './ast';
export { MAX_DISTANCE, QUERY_FIELDS } from './ast';
export { classifyUnit, SEPARATOR, SYMBOL, WORD } from './chars';
export {
  isIsoLanguage,
  isKnownNetwork,
  normalizeHost,
  normalizeNetwork,
  primaryLanguage,
} from './fields';
export {
  fillSubstitutions,
  formatQueryIssue,
  type GetMessage,
  queryIssueSubstitutions,
  queryLocaleEntries,
} from './format';
export { globMatches, hasWildcard } from './glob';
export { QUERY_MESSAGES, type QueryIssueCode, queryMessageKey } from './messages';
export { parseQuery } from './parser';
