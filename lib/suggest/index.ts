/**
 * Reply suggestions: the approved templates that best answer a mention.
 *
 * ```ts
 * // Once per template set (index build); brand and competitor names tell no template apart.
 * const suggester = createSuggester(templates, { ignoreWords: ['Acme Air', 'SkyJet'] });
 * const suggestions = suggester.suggest(mention, { limit: 5 });
 * // [{ template, score, reasons: [{ code: 'intent', params: ['complaint', 'apology'] },
 * //                               { code: 'language', params: ['fr'] }, …] }, …]
 * ```
 *
 * - `createSuggester(templates, { ignoreWords? })` keeps only `status:
 *   'approved'` templates (drafts, pending and retired ones are never
 *   suggested) and indexes their title, tags, intent and body (placeholders
 *   removed) with MiniSearch. `ignoreWords`: the names of the brand and
 *   competitor watchlists, left out of the text search on both sides.
 * - `suggest(input, { limit?, network? })`: `input` is a `SuggestInput`; a
 *   stored `Mention` fits as it is (text, language, network, kind,
 *   watchlistIds, terms, risk). `watchlistKinds` is optional. `network`
 *   overrides the mention's when the reply goes elsewhere. Returns at most
 *   `limit` (default 5) suggestions, best first, ties by template id.
 * - Score, a sum (weights and reasons in SCORE_WEIGHTS, fit.ts): language
 *   (strongest; from the stop words when the mention has none, none at all
 *   when the two disagree), intent fit (strong), MiniSearch relevance
 *   normalised to the best hit, network (tags naming it: strong, either way;
 *   a variant for it: a tie-breaker), mention kind (tags such as `avis` /
 *   `review`), watchlist (a tag equal to a matched watchlist's id or kind),
 *   and tags found among the mention's words.
 * - Reasons, for `t('suggest_reason_<code>', …params)`:
 *   `intent` [mention intent, template intent] — words with
 *   `suggest_mention_intent_<name>` and `intent_<name>` (`-` becomes `_`);
 *   `language` [iso code]; `network` [network id]; `kind` [mention kind,
 *   worded with `suggest_mention_kind_<kind>`]; `watchlist` [the template's
 *   tags naming a matched watchlist id or kind]; `tags` [tags];
 *   `text` [the mention's words that matched, folded].
 * - `detectIntents({ text, risk })` → `[{ intent, strength }]` (crisis,
 *   complaint, question, praise, or neutral), and TEMPLATE_INTENTS_FOR, the
 *   mapping from those to template intents.
 *
 * Cost (bench/suggest.mjs, 10,000 templates, 2 cores): index build ≈ 0.7 s,
 * `suggest` ≈ 2.5 ms median.
 */
export type { SuggestInput, SuggestionReason } from './fit';
export { SCORE_WEIGHTS } from './fit';
export {
  type DetectedIntent,
  detectIntents,
  MENTION_INTENTS,
  type MentionIntent,
  praiseStrength,
  TEMPLATE_INTENTS_FOR,
} from './intent';
export {
  createSuggester,
  DEFAULT_SUGGESTION_LIMIT,
  type Suggester,
  type SuggesterOptions,
  type Suggestion,
  type SuggestOptions,
} from './suggester';
