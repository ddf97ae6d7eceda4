/**
 * Ranks approved templates for a mention. Text relevance comes from
 * MiniSearch (BM25 over title + tags + intent, boosted, and the body without
 * placeholders, with prefix and fuzzy matching), queried with the mention's
 * words minus stop words, its matched terms boosted; the rest of the score
 * (intent, language, network, kind, watchlist, tags) from fit.ts. One index
 * per template set: build the suggester again when the library changes.
 *
 * Final score = SCORE_WEIGHTS.text × (MiniSearch score / best MiniSearch
 * score for this mention, halved when that best hit shares a single word)
 * + fitScore. Templates scoring 0 or less are not suggested; equal scores
 * are ordered by template id, so the list never depends on insertion order.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Network } from '../sites/types';
import type { Template } from '../store/schema';
import {
  fitReasons,
  fitScore,
  prepareMention,
  SCORE_WEIGHTS,
  type SuggestInput,
  type SuggestionReason,
} from './fit';
import { PreparedLibrary } from './library';
import { foldedWords, indexableBody, searchTerms } from './text';

export interface Suggestion {
  template: Template;
  /** The sum described above: higher is better; only comparable within one `suggest` call. */
  score: number;
  /** Why it ranks, in a fixed order: intent, language, network, kind, watchlist, tags, text. */
  reasons: SuggestionReason[];
}

export interface SuggestOptions {
  /** How many suggestions at most (default 5). */
  limit?: number;
  /** The network the reply will be posted on, when it is not the mention's own. */
  network?: Network;
}

export interface SuggesterOptions {
  /**
   * Names that tell templates nothing apart: the brand's and competitors'
   * names ("Acme Air", "SkyJet"). They are in most mentions and in some
   * template bodies, so left in they would rank templates by how often they
   * name the brand. Pass the names of the brand and competitor watchlists.
   */
  ignoreWords?: readonly string[];
}

/** What `createSuggester` returns. */
export interface Suggester {
  suggest(mention: SuggestInput, options?: SuggestOptions): Suggestion[];
  /** Number of approved templates indexed. */
  readonly size: number;
}

export const DEFAULT_SUGGESTION_LIMIT = 5;
/** A long post makes a long query; past this many distinct words, more only cost time. */
const MAX_QUERY_TERMS = 32;
/** Watchlist and risk terms say what the mention is about: they weigh more than other words. */
const MATCHED_TERM_BOOST = 1.5;
/**
 * Title, tags and intent say what a template is for, the body mostly says
 * how. They share one field: half the postings to walk per query term.
 */
const FIELD_BOOST = { label: 2, body: 1 };
/**
 * Relevance is normalised to the best hit, so a lone shared word ("cause",
 * "flight") would otherwise weigh as much as a template that covers the
 * mention's topic: when the best hit shares one word only, text counts half.
 */
const SINGLE_WORD_TEXT_CONFIDENCE = 0.5;
/** Prefix search from 4 letters ("annul" → "annulation"), one typo from 5 ("vallise"). */
const PREFIX_MIN_LENGTH = 4;
const FUZZY_MIN_LENGTH = 5;

interface IndexedTemplate {
  index: number;
  label: string;
  body: string;
}

/** Stems of `words`, and of each name written as one word (#AcmeAir, acmeair.com). */
function ignoredStems(words: readonly string[]): Set<string> {
  return new Set(
    words.flatMap((name) => {
      const stems = searchTerms(name);
      return stems.length > 1 ? [...stems, searchTerms(stems.join('')).join('')] : stems;
    }),
  );
}

function buildIndex(
  templates: readonly Template[],
  ignored: ReadonlySet<string>,
): MiniSearch<IndexedTemplate> {
  const index = new MiniSearch<IndexedTemplate>({
    idField: 'index',
    fields: ['label', 'body'],
    storeFields: [],
    tokenize: (text) => searchTerms(text).filter((term) => !ignored.has(term)),
    processTerm: (term) => term,
    searchOptions: {
      // Queries arrive already tokenized and stemmed, joined by spaces.
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      boost: FIELD_BOOST,
      prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 1 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(
    templates.map((template, position) => ({
      index: position,
      label: [template.title, ...template.tags, template.intent ?? ''].join(' '),
      body: indexableBody(template.body),
    })),
  );
  return index;
}

/** SCORE_WEIGHTS.text × relevance / best relevance, per template position (MiniSearch sorts best first). */
function normalisedTextScores(results: readonly SearchResult[], count: number): Float64Array {
  const scores = new Float64Array(count);
  const best = results[0];
  if (!best || best.score <= 0) return scores;
  const confidence = best.queryTerms.length >= 2 ? 1 : SINGLE_WORD_TEXT_CONFIDENCE;
  const weight = (SCORE_WEIGHTS.text * confidence) / best.score;
  for (const result of results) scores[result.id as number] = weight * result.score;
  return scores;
}

interface Ranked {
  position: number;
  score: number;
}

/** Inserts into `top` (best first, at most `limit`) when it belongs there; ties go to the smaller id. */
function insertRanked(
  top: Ranked[],
  candidate: Ranked,
  limit: number,
  idAt: (position: number) => string,
): void {
  const last = top.at(-1);
  // Most templates lose to the last kept one: leave before comparing ids.
  if (top.length >= limit && last && candidate.score < last.score) return;
  const beats = (a: Ranked, b: Ranked) =>
    a.score > b.score || (a.score === b.score && idAt(a.position) < idAt(b.position));
  if (top.length >= limit && last && !beats(candidate, last)) return;
  let at = top.length;
  while (at > 0 && beats(candidate, top[at - 1]!)) at--;
  top.splice(at, 0, candidate);
  if (top.length > limit) top.pop();
}

export function createSuggester(
  templates: readonly Template[],
  options: SuggesterOptions = {},
): Suggester {
  const library = new PreparedLibrary(templates.filter(({ status }) => status === 'approved'));
  const approved = library.templates;
  const ignored = ignoredStems(options.ignoreWords ?? []);
  const index = buildIndex(approved, ignored);
  const idAt = (position: number) => approved[position]?.id ?? '';

  function suggest(input: SuggestInput, options: SuggestOptions = {}): Suggestion[] {
    const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
    if (limit <= 0 || approved.length === 0) return [];
    const mentionInput = options.network ? { ...input, network: options.network } : input;
    const mention = prepareMention(mentionInput, foldedWords(input.text), library);

    const queryTerms = [...new Set([...mention.matchedStems, ...mention.surfaceOf.keys()])]
      .filter((term) => !ignored.has(term))
      .slice(0, MAX_QUERY_TERMS);
    const results =
      queryTerms.length === 0
        ? []
        : index.search(queryTerms.join(' '), {
            boostTerm: (term) => (mention.matchedStems.has(term) ? MATCHED_TERM_BOOST : 1),
          });
    const textScore = normalisedTextScores(results, approved.length);

    const top: Ranked[] = [];
    for (let position = 0; position < approved.length; position++) {
      const score = (textScore[position] ?? 0) + fitScore(library, position, mention);
      if (score > 0) insertRanked(top, { position, score }, limit, idAt);
    }

    const shown = new Set(top.map(({ position }) => position));
    const matchedTerms = new Map(
      results
        .filter((result) => shown.has(result.id as number))
        .map((result) => [result.id as number, result.queryTerms]),
    );
    return top.map(({ position, score }) => ({
      template: approved[position]!,
      score,
      reasons: fitReasons(library, position, mention, matchedTerms.get(position) ?? []),
    }));
  }

  return { suggest, size: approved.length };
}
