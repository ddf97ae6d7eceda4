/**
 * The tokenizer shared by the template index and the mention query, so that
 * both sides turn "Bagages perdus !" and "bagage perdu" into the same terms:
 * lower case, accents removed, split on anything that is not a letter or a
 * digit, stop words dropped (FR and EN, as data in words.json), then a light
 * FR/EN stemmer that only strips plural and participle endings. MiniSearch's
 * prefix and fuzzy search cover what the stemmer leaves ("annul" finds
 * "annulation", "bagag" finds "bagages", a typo finds its word).
 */
import words from './words.json';

const STOP_WORDS: ReadonlySet<string> = new Set([...words.stopWords.fr, ...words.stopWords.en]);

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;
// Letters and digits of any script; everything else separates terms.
const TERM_PATTERN = /[\p{L}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
// @handles name accounts, not topics; URLs carry no words a CM would search for.
const HANDLE_OR_URL = /@[\p{L}\p{N}_.]+|https?:\/\/\S+|www\.\S+/gu;
// Domain names in template bodies ("acmeair.example/bagages"): the path keeps its words.
const DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// {author}, {author|vous}, {booking_reference?}: placeholders, not wording.
const VARIABLE = /\{[^{}]*\}/g;
// #BoycottAcmeAir → "Boycott Acme Air": hashtags glue words with capitals.
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const CAMEL_BOUNDARY = /(\p{Ll})(\p{Lu})/gu;
// "23kg", "3h", "EU261", "A320": a number glued to a unit or a code.
const DIGIT_LETTER_BOUNDARY = /(\p{N})(\p{L})|(\p{L})(\p{N})/gu;
const DOUBLED_ENDINGS = ['ll', 'tt', 'pp', 'nn', 'mm', 'rr', 'gg', 'dd', 'bb'];

/** Lower case without accents; "œ" spelled out so that "cœur" folds like "coeur". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replaceAll('\u0153', 'oe')
    .replaceAll('\u00e6', 'ae');
}

export function isStopWord(foldedWord: string): boolean {
  return STOP_WORDS.has(foldedWord);
}

function undouble(word: string): string {
  return DOUBLED_ENDINGS.some((ending) => word.endsWith(ending)) ? word.slice(0, -1) : word;
}

/**
 * A deliberately light FR/EN stemmer for folded words: plurals (bagages,
 * delays, journaux), feminine participles (annulée), English -ed/-ing
 * (cancelled, boarding), a final -e and the French infinitive -er (annuler,
 * enregistrer). It conflates a few unrelated words ("number"/"numb"); both
 * sides of the search go through it, so that costs nothing in practice.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('aux') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}al`;
  else if (/[sx]$/.test(stemmed) && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('ee') && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('ing') && stemmed.length >= 6) stemmed = undouble(stemmed.slice(0, -3));
  else if (stemmed.endsWith('ed') && stemmed.length >= 5) stemmed = undouble(stemmed.slice(0, -2));
  else if (stemmed.endsWith('er') && stemmed.length >= 6) stemmed = stemmed.slice(0, -2);
  if (stemmed.endsWith('e') && stemmed.length >= 5) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** One searchable word of a text: its stem and the word as written (folded), for reasons. */
export interface SearchWord {
  term: string;
  surface: string;
}

/** Folded words of `text` (stop words included), with hashtags split at their capitals. */
export function foldedWords(text: string): string[] {
  const spaced = text
    .replace(HANDLE_OR_URL, ' ')
    .replace(HASHTAG, (_, tag: string) => tag.replace(CAMEL_BOUNDARY, '$1 $2'));
  return fold(spaced.replace(DIGIT_LETTER_BOUNDARY, '$1$3 $2$4')).match(TERM_PATTERN) ?? [];
}

/**
 * The search words of `text`, in order, repeats kept: stop words, single
 * letters and short numbers ("3h" leaves "3") dropped. Numbers of three
 * digits and more stay: "261" in "CE 261", "320" in "A320".
 */
export function searchWords(text: string): SearchWord[] {
  const found: SearchWord[] = [];
  for (const word of foldedWords(text)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    if (DIGITS_ONLY.test(word) && word.length < 3) continue;
    found.push({ term: stem(word), surface: word });
  }
  return found;
}

/** The index's tokenizer: the stems of `text`. */
export function searchTerms(text: string): string[] {
  return searchWords(text).map((word) => word.term);
}

/** A template body as the index sees it: no placeholders, no domain names. */
export function indexableBody(body: string): string {
  return body.replace(VARIABLE, ' ').replace(DOMAIN, ' ');
}
