/**
 * Builds a watchlist query from what a CM types in the wizard: brand names
 * ("Acme", "Acme Air") and handles ("@acme", "#acmeair"). The result is
 * checked with the real parser; nothing the CM typed can inject an operator.
 *
 * - A plain word stays bare (`Acme`); anything else is quoted (`"Acme Air"`,
 *   `"AT&T"`, `"OR"`), with the characters the language reserves inside
 *   quotes (`"`, `*`, `?`, braces) turned into spaces — they separate words
 *   in posts anyway, so `M*A*S*H` is found as the phrase `"M A S H"`.
 * - Accents: an unaccented word finds both spellings, an accented one only
 *   itself (docs/query-language.md). People often type brands without their
 *   accents, so names are written unaccented — except very short ones, where
 *   dropping the accent would find a common word (`Dé` must not find `de`).
 * - Handles keep their `@` (or `#`): `@acme` finds the handle only. A handle
 *   typed without its sign gets an `@`.
 * - Phrases first (longest first), then words, then handles; duplicates
 *   (ignoring case) once.
 */
import type { QueryIssue } from '../query/ast';
import { hasTokenUnit } from '../query/chars';
import { parseQuery } from '../query/parser';

/** Shorter than this (in letters, once unaccented), a name keeps its accents. */
const MIN_LETTERS_TO_DROP_ACCENTS = 4;
const OPERATOR = /^(and|or|not|near(\/\d*f?)?)$/i;
const BARE_WORD = /^[\p{L}\p{N}_]+$/u;
const BARE_HANDLE = /^[@#][\p{L}\p{N}_]+(?:[.@-][\p{L}\p{N}_]+)*$/u;
/** Reserved inside quotes: the quote itself, wildcards, braces (exact case), `~` (proximity). */
const RESERVED_IN_PHRASE = /["*?{}~]/g;

export interface BuiltQuery {
  query: string;
  /** The parser's warnings (errors cannot happen: the builder only emits what parses). */
  issues: QueryIssue[];
}

function withoutAccents(text: string): string {
  // Combining marks only: ligatures (œ, æ) and stroked letters stay, the matcher folds those itself.
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function words(text: string): string[] {
  return text
    .replace(RESERVED_IN_PHRASE, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '' && hasTokenUnit(word));
}

/** A name as a query term or phrase, or null when nothing in it can be matched. */
export function nameTerm(name: string): string | null {
  const kept = words(name);
  if (kept.length === 0) return null;
  const joined = kept.join(' ');
  const plain = withoutAccents(joined);
  const letters = plain.replace(/[^\p{L}\p{N}]/gu, '').length;
  const text = plain !== joined && letters >= MIN_LETTERS_TO_DROP_ACCENTS ? plain : joined;
  const single = kept.length === 1;
  if (single && BARE_WORD.test(text) && !OPERATOR.test(text)) return text;
  return `"${text}"`;
}

/** A handle as a query term, or null when nothing in it can be matched. */
export function handleTerm(handle: string): string | null {
  const kept = words(handle);
  if (kept.length === 0) return null;
  let text = kept.join('');
  if (!text.startsWith('@') && !text.startsWith('#')) text = `@${text}`;
  if (!hasTokenUnit(text)) return null;
  return BARE_HANDLE.test(text) ? text : `"${text}"`;
}

/** The query finding any of `names` and `handles`, or null when none can be matched. */
export function buildWatchlistQuery(
  names: readonly string[],
  handles: readonly string[] = [],
): BuiltQuery | null {
  const seen = new Set<string>();
  const unique = (terms: (string | null)[]) =>
    terms.filter((term): term is string => {
      if (term === null) return false;
      const key = term.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const nameTerms = unique(names.map(nameTerm));
  const phrases = nameTerms
    .filter((term) => term.startsWith('"'))
    .sort((a, b) => b.length - a.length);
  const bare = nameTerms.filter((term) => !term.startsWith('"'));
  const handleTerms = unique(handles.map(handleTerm));
  const terms = [...phrases, ...bare, ...handleTerms];
  if (terms.length === 0) return null;
  const query = terms.join(' OR ');
  const { ast, issues } = parseQuery(query);
  // A builder bug must never reach a watchlist: the parser has the last word.
  if (!ast) throw new Error(`Built an invalid query: ${query}`);
  return { query, issues };
}

/** Splits what a CM types in one field ("Acme, Acme Air; @acme") into entries. */
export function splitEntries(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
