/**
 * The labelled set (tests/fixtures/suggest/) turned into suggester inputs the
 * way the extension does it: the Acme Air watchlists and the risk lexicon
 * compiled into the real matcher, the real risk scorer, and the real language
 * detector. Nothing in the labels tells the ranker what the mention is about.
 */
import { compileMatcher } from '../../../lib/listening';
import { detectLanguage } from '../../../lib/risk/language';
import { RISK_LEXICON } from '../../../lib/risk/lexicon';
import { scoreRisk } from '../../../lib/risk/score';
import type { Template } from '../../../lib/store/schema';
import type { Suggester, SuggestInput } from '../../../lib/suggest';
import acme from '../../fixtures/bundles/acme.json';
import labelled from '../../fixtures/suggest/labelled.json';
import templates from '../../fixtures/suggest/templates.json';

export interface LabelledMention {
  id: string;
  /** 1: written before tuning and tuned on; 2 and 3: written later as held-out checks (see labelled.json). */
  batch?: number;
  network: string;
  kind: string;
  text: string;
  expected: string;
  acceptable?: string[];
  note?: string;
}

export const LABELLED: readonly LabelledMention[] = labelled.mentions;
export const TEMPLATES = templates as Template[];
/** The brand's and competitors' names, which tell no template apart. */
export const BRAND_NAMES = acme.watchlists
  .filter((watchlist) => watchlist.kind !== 'topic')
  .map((watchlist) => watchlist.name);

const { matcher } = compileMatcher({
  watchlists: acme.watchlists.map((watchlist) => ({
    ...watchlist,
    kind: watchlist.kind as 'brand' | 'competitor' | 'topic',
  })),
  riskTerms: [...RISK_LEXICON],
});
const kindOfWatchlist = new Map(acme.watchlists.map((watchlist) => [watchlist.id, watchlist.kind]));

export function toSuggestInput(mention: LabelledMention): SuggestInput {
  const { text, network, kind } = mention;
  const match = matcher.match(text, { network });
  const risk = scoreRisk(text, match.risk);
  const watchlistIds = match.watchlists.map((hit) => hit.watchlistId);
  const terms = new Set([
    ...match.watchlists.flatMap((hit) => hit.spans.map((span) => text.slice(span.start, span.end))),
    ...risk.hits.filter((hit) => !hit.negated).map((hit) => hit.term),
  ]);
  return {
    text,
    language: detectLanguage(text)?.language,
    network,
    kind,
    watchlistIds,
    watchlistKinds: watchlistIds.flatMap((id) => kindOfWatchlist.get(id) ?? []),
    terms: [...terms],
    risk: { level: risk.level, categories: risk.categories },
  };
}

export interface AccuracyReport {
  total: number;
  top1: number;
  top3: number;
  misses: { mention: LabelledMention; rank: number | null; top3: string[] }[];
}

/** Top-1 and top-3 accuracy; a miss is any mention whose right template is not first. */
export function measureAccuracy(
  suggester: Suggester,
  mentions: readonly LabelledMention[] = LABELLED,
): AccuracyReport {
  let top1 = 0;
  let top3 = 0;
  const misses: AccuracyReport['misses'] = [];
  for (const mention of mentions) {
    const right = new Set([mention.expected, ...(mention.acceptable ?? [])]);
    const ids = suggester.suggest(toSuggestInput(mention), { limit: 10 }).map((s) => s.template.id);
    const index = ids.findIndex((id) => right.has(id));
    if (index === 0) top1++;
    if (index >= 0 && index < 3) top3++;
    if (index !== 0) {
      misses.push({ mention, rank: index === -1 ? null : index + 1, top3: ids.slice(0, 3) });
    }
  }
  return { total: mentions.length, top1, top3, misses };
}
