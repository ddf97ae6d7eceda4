/**
 * The parsed matcher every page receives with its configuration. Pages ask on
 * every load (and every frame): the watchlists rarely change, the risk lexicon
 * never, so the last parse is kept until the watchlists' queries change.
 */
import type { CompileInput } from '../listening';
import { type PreparedMatcher, prepareMatcher } from '../listening/prepare';
import { RISK_LEXICON } from '../risk/lexicon';

const RISK_TERMS = RISK_LEXICON.map(({ term, category, weight }) => ({ term, category, weight }));

let last: { key: string; prepared: PreparedMatcher } | null = null;

export function pageMatcher(watchlists: CompileInput['watchlists']): PreparedMatcher {
  const key = JSON.stringify(
    watchlists.map(({ id, kind, query, enabled }) => [id, kind, query, enabled]),
  );
  if (last?.key !== key)
    last = { key, prepared: prepareMatcher({ watchlists, riskTerms: RISK_TERMS }) };
  return last.prepared;
}
