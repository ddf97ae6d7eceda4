/**
 * Everything a suggestion's score is made of besides text relevance: intent,
 * language, network, mention kind, watchlist and tags. A mention is prepared
 * once per `suggest` call (prepareMention) against the prepared library, then
 * fitScore is a few array reads per template.
 */
import { detectIntents, type MentionIntent, templateIntentFit } from './intent';
import { bitOfKind, bitOfNetwork, type PreparedLibrary, primaryLanguage } from './library';
import { fold, isStopWord, searchWords } from './text';
import words from './words.json';

/**
 * Weights of the final score, a plain sum (see suggester.ts):
 * - language when the template's language is the mention's: the strongest,
 *   a French mention gets French templates first; `languageGuess` when the
 *   pipeline gave no usable language and the stop words clearly say one;
 * - intent × (strength × fit, 0–1): strong, the kind of reply comes next;
 * - text × MiniSearch relevance normalised to the best hit (0–1);
 * - networkTagged when the template's tags name the mention's network: the
 *   senior wrote it for that site (review sites, where no DM exists);
 *   `networkVariant` when it has a body for that network; `networkElsewhere`
 *   (negative) when its tags name only other networks;
 * - kind (and `kindElsewhere`, negative) the same for the mention kind (review…);
 * - watchlist when a tag is the id or kind of a watchlist that matched;
 * - tag for each tag found among the mention's words, up to `tagsMax` tags.
 */
export const SCORE_WEIGHTS = {
  language: 6,
  languageGuess: 3,
  intent: 5,
  text: 3,
  networkTagged: 4,
  networkVariant: 1,
  networkElsewhere: -4,
  kind: 1.5,
  kindElsewhere: -1,
  watchlist: 1,
  tag: 1,
  tagsMax: 2,
} as const;

/** A reason a template ranks where it does, for the UI to word (`suggest_reason_<code>`). */
export interface SuggestionReason {
  code: 'intent' | 'language' | 'network' | 'kind' | 'watchlist' | 'tags' | 'text';
  params: string[];
}

/** What the suggester needs to know about a mention (a stored Mention fits as it is). */
export interface SuggestInput {
  text: string;
  /** ISO 639-1 (or BCP 47) code; absent when unknown: no template is favoured for language then. */
  language?: string;
  network: string;
  /** The mention's kind: post, comment, reply, review. */
  kind?: string;
  watchlistIds?: readonly string[];
  /** Kinds of the watchlists that matched (brand, competitor, topic), when the caller has them. */
  watchlistKinds?: readonly string[];
  /** Terms that matched (watchlists and risk words): they weigh more in the text search. */
  terms?: readonly string[];
  risk?: { level: string; categories: readonly string[] };
}

const frOnlyStopWords = new Set(words.stopWords.fr.filter((w) => !words.stopWords.en.includes(w)));
const enOnlyStopWords = new Set(words.stopWords.en.filter((w) => !words.stopWords.fr.includes(w)));

/** "fr" or "en" when the mention's stop words clearly say so, else undefined. */
export function guessLanguage(foldedWordsOfText: readonly string[]): string | undefined {
  let fr = 0;
  let en = 0;
  for (const word of foldedWordsOfText) {
    if (frOnlyStopWords.has(word)) fr++;
    else if (enOnlyStopWords.has(word)) en++;
  }
  if (fr >= en + 2 || (fr > 0 && en === 0)) return 'fr';
  if (en >= fr + 2 || (en > 0 && fr === 0)) return 'en';
  return undefined;
}

/** A mention as the scorer reads it, computed once per `suggest` call. */
export interface PreparedMention {
  network: string;
  networkBit: number;
  kind: string | undefined;
  kindBit: number;
  language: string | undefined;
  languageCode: number;
  languageWeight: number;
  /** Per intent code of the library: SCORE_WEIGHTS.intent × fit. */
  intentScore: Float64Array;
  intentFits: ReadonlyMap<string, { fit: number; because: MentionIntent }>;
  /** Stems of the mention's words, with the first word that gave each (for reasons). */
  surfaceOf: ReadonlyMap<string, string>;
  /** Stems of the matched terms. */
  matchedStems: ReadonlySet<string>;
  watchlistKeys: ReadonlySet<string>;
  /** Per template: 1 when a tag names a matched watchlist. */
  watchlistFit: Uint8Array;
  matchedWordTags: ReadonlySet<number>;
  /** Per template: how many of its word tags are among the mention's words. */
  tagCount: Uint8Array;
}

/**
 * The language to favour, and whether it is the pipeline's (`given`) or the
 * stop-word guess. A language none of the templates is in ("nl" for a short
 * French post the detector misread) cannot favour any template, so the guess
 * stands in for it. When the stop words clearly contradict the pipeline
 * ("acme air lost my bag AGAIN" detected as French), neither is trusted: a
 * wrong language would bury the right template, no language only loses a
 * tie-breaker.
 */
function mentionLanguage(
  stated: string | undefined,
  foldedWordsOfText: readonly string[],
  library: PreparedLibrary,
): { language: string | undefined; given: boolean } {
  const primary = primaryLanguage(stated);
  const guessed = guessLanguage(foldedWordsOfText);
  if (primary === undefined || library.languages.find(primary) === -1) {
    return { language: guessed, given: false };
  }
  if (guessed !== undefined && guessed !== primary) return { language: undefined, given: false };
  return { language: primary, given: true };
}

/** Reads the mention against the library, once per `suggest` call. */
export function prepareMention(
  input: SuggestInput,
  foldedWordsOfText: readonly string[],
  library: PreparedLibrary,
): PreparedMention {
  const count = library.templates.length;
  const surfaceOf = new Map<string, string>();
  for (const word of searchWords(input.text)) {
    if (!surfaceOf.has(word.term)) surfaceOf.set(word.term, word.surface);
  }
  const matchedStems = new Set(
    (input.terms ?? []).flatMap((term) => searchWords(term).map((word) => word.term)),
  );
  const { language, given } = mentionLanguage(input.language, foldedWordsOfText, library);

  const intentFits = templateIntentFit(detectIntents(input));
  const intentScore = new Float64Array(library.intents.values.length);
  library.intents.values.forEach((intent, code) => {
    intentScore[code] = SCORE_WEIGHTS.intent * (intentFits.get(intent)?.fit ?? 0);
  });

  const watchlistKeys = new Set(
    [...(input.watchlistIds ?? []), ...(input.watchlistKinds ?? [])].map((key) => fold(key)),
  );
  const watchlistFit = new Uint8Array(count);
  for (const key of watchlistKeys) {
    for (const position of library.templatesByTag.get(key) ?? []) watchlistFit[position] = 1;
  }

  const matchedWordTags = library.matchingWordTags(surfaceOf.keys());
  const tagCount = new Uint8Array(count);
  for (const id of matchedWordTags) {
    for (const position of library.wordTags[id]?.templates ?? []) {
      tagCount[position] = Math.min(255, (tagCount[position] ?? 0) + 1);
    }
  }

  return {
    network: input.network,
    networkBit: bitOfNetwork(input.network),
    kind: input.kind,
    kindBit: bitOfKind(input.kind),
    language,
    languageCode: library.languages.find(language),
    languageWeight: given ? SCORE_WEIGHTS.language : SCORE_WEIGHTS.languageGuess,
    intentScore,
    intentFits,
    surfaceOf,
    matchedStems,
    watchlistKeys,
    watchlistFit,
    matchedWordTags,
    tagCount,
  };
}

function networkScore(library: PreparedLibrary, position: number, bit: number): number {
  const tagged = library.taggedNetworks[position] ?? 0;
  if ((tagged & bit) !== 0) return SCORE_WEIGHTS.networkTagged;
  const variant = ((library.variantNetworks[position] ?? 0) & bit) !== 0;
  return (
    (variant ? SCORE_WEIGHTS.networkVariant : 0) +
    (tagged !== 0 ? SCORE_WEIGHTS.networkElsewhere : 0)
  );
}

function kindScore(library: PreparedLibrary, position: number, bit: number): number {
  const tagged = library.taggedKinds[position] ?? 0;
  if (tagged === 0) return 0;
  return (tagged & bit) !== 0 ? SCORE_WEIGHTS.kind : SCORE_WEIGHTS.kindElsewhere;
}

/** Everything but text relevance, for the template at `position`: the hot loop of `suggest`. */
export function fitScore(
  library: PreparedLibrary,
  position: number,
  mention: PreparedMention,
): number {
  const intent = library.intentCode[position] ?? -1;
  let score = intent === -1 ? 0 : (mention.intentScore[intent] ?? 0);
  if (mention.languageCode !== -1 && library.languageCode[position] === mention.languageCode) {
    score += mention.languageWeight;
  }
  score += networkScore(library, position, mention.networkBit);
  score += kindScore(library, position, mention.kindBit);
  if (mention.watchlistFit[position] === 1) score += SCORE_WEIGHTS.watchlist;
  const tags = mention.tagCount[position] ?? 0;
  return score + SCORE_WEIGHTS.tag * Math.min(tags, SCORE_WEIGHTS.tagsMax);
}

/** The reasons behind fitScore and the text match, for the few templates shown. */
export function fitReasons(
  library: PreparedLibrary,
  position: number,
  mention: PreparedMention,
  matchedQueryTerms: readonly string[],
): SuggestionReason[] {
  const template = library.templates[position];
  if (!template) return [];
  const reasons: SuggestionReason[] = [];
  const intent =
    template.intent === undefined ? undefined : mention.intentFits.get(template.intent);
  if (template.intent !== undefined && intent && intent.fit > 0) {
    reasons.push({ code: 'intent', params: [intent.because, template.intent] });
  }
  if (mention.language !== undefined && library.languageCode[position] === mention.languageCode) {
    reasons.push({ code: 'language', params: [mention.language] });
  }
  if (networkScore(library, position, mention.networkBit) > 0) {
    reasons.push({ code: 'network', params: [mention.network] });
  }
  if (mention.kind !== undefined && kindScore(library, position, mention.kindBit) > 0) {
    reasons.push({ code: 'kind', params: [mention.kind] });
  }
  const watchlistTags = template.tags.filter((tag) => mention.watchlistKeys.has(fold(tag.trim())));
  if (watchlistTags.length > 0) reasons.push({ code: 'watchlist', params: watchlistTags });
  const tags = (library.wordTagsOf[position] ?? [])
    .filter((id) => mention.matchedWordTags.has(id))
    .map((id) => template.tags.find((tag) => fold(tag.trim()) === library.wordTags[id]?.tag) ?? '');
  if (tags.length > 0) reasons.push({ code: 'tags', params: tags });
  const matchedWords = matchedQueryTerms
    .map((term) => mention.surfaceOf.get(term) ?? term)
    .filter((word) => !isStopWord(word));
  if (matchedWords.length > 0) reasons.push({ code: 'text', params: [...new Set(matchedWords)] });
  return reasons;
}
