import { MAX_DISTANCE, type QueryField, type QueryIssue, type TermPattern } from './ast';
import { hasTokenUnit } from './chars';
import {
  fieldFromName,
  isIsoLanguage,
  isKnownNetwork,
  KNOWN_NETWORKS_LIST,
  normalizeNetwork,
} from './fields';
import { blankComments, isDelimiter, isSpaceUnit, makeTerm, splitWords } from './lexical';

interface Span {
  start: number;
  end: number;
}

export type Token =
  | (Span & { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'eof' })
  | (Span & { kind: 'near'; distance: number | null; ordered: boolean; raw: string })
  | (Span & { kind: 'term'; term: TermPattern })
  /** Quotes or braces; one word in braces is still a phrase token, the parser makes it a term. */
  | (Span & {
      kind: 'phrase';
      words: TermPattern[];
      proximity: number | null;
      caseSensitive: boolean;
      raw: string;
    })
  | (Span & { kind: 'field'; field: QueryField; value: string; raw: string });

const BASIC_OPERATORS = new Set(['AND', 'OR', 'NOT']);
const NEAR_FORM = /^NEAR\/(\d+)([fF]?)$/;
const NEAR_LOOSE = /^near\/\d+f?$/i;
const FIELD_PREFIX = /^([A-Za-z]+):/;
const UNKNOWN_FIELD_PREFIX = /^([A-Za-z]{2,12}):(?!\/\/)./;

export function tokenize(source: string, issues: QueryIssue[]): Token[] {
  const text = blankComments(source, issues);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;

  const readDistance = (from: number): { value: number | null; end: number } => {
    let j = from;
    while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    return { value: j > from ? Number(text.slice(from, j)) : null, end: j };
  };

  const checkDistance = (value: number, start: number, end: number) => {
    if (value > MAX_DISTANCE) {
      issues.push({
        severity: 'error',
        code: 'distance_too_large',
        start,
        end,
        params: { max: MAX_DISTANCE },
      });
    }
  };

  /** Reads `"…"` starting at `i`; returns the words and where the token ends. */
  const readQuoted = (open: number) => {
    const close = text.indexOf('"', open + 1);
    const contentEnd = close < 0 ? n : close;
    if (close < 0) {
      issues.push({ severity: 'error', code: 'unterminated_phrase', start: open, end: n });
    }
    const end = close < 0 ? n : close + 1;
    return { words: splitWords(text.slice(open + 1, contentEnd), open + 1), end };
  };

  const readPhrase = (open: number) => {
    const { words, end: quoteEnd } = readQuoted(open);
    let end = quoteEnd;
    if (words.length === 0) {
      issues.push({ severity: 'error', code: 'empty_phrase', start: open, end });
    }
    for (const { word, start } of words) {
      if (BASIC_OPERATORS.has(word) || NEAR_FORM.test(word)) {
        issues.push({
          severity: 'warning',
          code: 'operator_in_phrase',
          start,
          end: start + word.length,
          params: { operator: word },
        });
      }
    }
    let proximity: number | null = null;
    if (quoteEnd <= n && text[quoteEnd] === '~' && text[quoteEnd - 1] === '"') {
      const distance = readDistance(quoteEnd + 1);
      end = distance.end;
      if (distance.value === null) {
        issues.push({
          severity: 'error',
          code: 'proximity_distance_missing',
          start: quoteEnd,
          end: quoteEnd + 1,
        });
      } else {
        proximity = distance.value;
        checkDistance(distance.value, quoteEnd, end);
        if (words.length === 1) {
          issues.push({
            severity: 'warning',
            code: 'proximity_single_word',
            start: quoteEnd,
            end,
          });
        }
      }
    }
    const raw = source.slice(open, end);
    const terms = words.map(({ word, start }) => makeTerm(word, start, false, issues));
    tokens.push({
      kind: 'phrase',
      words: terms,
      proximity,
      caseSensitive: false,
      raw,
      start: open,
      end,
    });
    return end;
  };

  const readBraces = (open: number) => {
    const close = text.indexOf('}', open + 1);
    const end = close < 0 ? n : close + 1;
    if (close < 0) {
      issues.push({ severity: 'error', code: 'unterminated_braces', start: open, end });
    }
    const content = text.slice(open + 1, close < 0 ? n : close);
    for (let k = 0; k < content.length; k++) {
      const ch = content[k]!;
      if (ch === '"' || ch === '{' || ch === '(' || ch === ')') {
        const at = open + 1 + k;
        issues.push({
          severity: 'error',
          code: 'unexpected_character',
          start: at,
          end: at + 1,
          params: { character: ch },
        });
      }
    }
    const words = splitWords(content, open + 1);
    if (words.length === 0) {
      issues.push({ severity: 'error', code: 'empty_braces', start: open, end });
    }
    const raw = source.slice(open, end);
    const terms = words.map(({ word, start }) =>
      makeTerm(word, start, true, issues, words.length === 1 ? raw : word),
    );
    tokens.push({
      kind: 'phrase',
      words: terms,
      proximity: null,
      caseSensitive: true,
      raw,
      start: open,
      end,
    });
    return end;
  };

  const readField = (field: QueryField, start: number, valueStart: number, wordEnd: number) => {
    let value = text.slice(valueStart, wordEnd);
    let end = wordEnd;
    if (value === '' && text[wordEnd] === '"') {
      const quoted = readQuoted(wordEnd);
      value = quoted.words.map((w) => w.word).join(' ');
      end = quoted.end;
    }
    if (value === '') {
      issues.push({
        severity: 'error',
        code: 'field_value_missing',
        start,
        end,
        params: { field },
      });
      // `site: acme`: most likely meant as the value; take it so as not to cascade errors.
      let next = end;
      while (next < n && isSpaceUnit(text.charCodeAt(next))) next++;
      let wordEnd = next;
      while (
        wordEnd < n &&
        !isSpaceUnit(text.charCodeAt(wordEnd)) &&
        !isDelimiter(text.charCodeAt(wordEnd))
      ) {
        wordEnd++;
      }
      const word = text.slice(next, wordEnd);
      if (word !== '' && !BASIC_OPERATORS.has(word) && !word.startsWith('NEAR')) {
        value = word;
        end = wordEnd;
      }
    } else if (field === 'network' && !isKnownNetwork(value)) {
      issues.push({
        severity: 'warning',
        code: 'unknown_network',
        start,
        end,
        params: { network: normalizeNetwork(value), known: KNOWN_NETWORKS_LIST },
      });
    } else if (field === 'language' && !isIsoLanguage(value)) {
      issues.push({
        severity: 'warning',
        code: 'language_not_iso',
        start,
        end,
        params: { language: value },
      });
    }
    tokens.push({
      kind: 'field',
      field,
      value: value.normalize('NFC'),
      raw: source.slice(start, end),
      start,
      end,
    });
    return end;
  };

  const readWord = (start: number) => {
    let end = start;
    while (end < n && !isSpaceUnit(text.charCodeAt(end)) && !isDelimiter(text.charCodeAt(end))) {
      end++;
    }
    let word = text.slice(start, end);

    const fieldMatch = FIELD_PREFIX.exec(word);
    const field = fieldMatch ? fieldFromName(fieldMatch[1]!) : null;
    if (field && fieldMatch) return readField(field, start, start + fieldMatch[0].length, end);

    if (word === 'AND' || word === 'OR' || word === 'NOT') {
      tokens.push({ kind: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', start, end });
      return end;
    }
    if (word === 'NEAR' || word.startsWith('NEAR/')) {
      const near = NEAR_FORM.exec(word);
      const distance = near ? Number(near[1]) : null;
      if (distance === null) {
        issues.push({ severity: 'error', code: 'near_distance_missing', start, end });
      } else {
        checkDistance(distance, start, end);
      }
      tokens.push({
        kind: 'near',
        distance,
        ordered: (near?.[2] ?? '') !== '',
        raw: word,
        start,
        end,
      });
      return end;
    }

    const tilde = word.indexOf('~');
    if (tilde >= 0) {
      issues.push({
        severity: 'error',
        code: 'proximity_needs_phrase',
        start: start + tilde,
        end,
      });
      word = word.slice(0, tilde);
      if (word === '') return end;
    }
    const upper = word.toUpperCase();
    if ((BASIC_OPERATORS.has(upper) || NEAR_LOOSE.test(word)) && upper !== word) {
      issues.push({
        severity: 'warning',
        code: 'lowercase_operator',
        start,
        end: start + word.length,
        params: { word, operator: upper },
      });
    }
    if (word.length > 1 && word[0] === '-' && hasTokenUnit(word.slice(1, 2))) {
      issues.push({
        severity: 'warning',
        code: 'leading_minus',
        start,
        end: start + word.length,
        params: { term: word, word: word.slice(1) },
      });
    }
    const unknownField = UNKNOWN_FIELD_PREFIX.exec(word);
    if (unknownField) {
      issues.push({
        severity: 'warning',
        code: 'unknown_field',
        start,
        end: start + unknownField[1]!.length + 1,
        params: { field: unknownField[1]! },
      });
    }
    tokens.push({ kind: 'term', term: makeTerm(word, start, false, issues), start, end });
    return end;
  };

  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code)) i++;
    else if (code === 0x28) tokens.push({ kind: 'lparen', start: i, end: ++i });
    else if (code === 0x29) tokens.push({ kind: 'rparen', start: i, end: ++i });
    else if (code === 0x22) i = readPhrase(i);
    else if (code === 0x7b) i = readBraces(i);
    else if (code === 0x7d) {
      issues.push({
        severity: 'error',
        code: 'unexpected_character',
        start: i,
        end: i + 1,
        params: { character: '}' },
      });
      i++;
    } else i = readWord(i);
  }
  tokens.push({ kind: 'eof', start: n, end: n });
  return tokens;
}
