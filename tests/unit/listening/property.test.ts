import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/listening';
import type { RiskTermInput, WatchlistInput } from '@/lib/listening/types';
import { parseQuery } from '@/lib/query';
import { referenceMatch } from './reference';

/** Words that exercise the rules: accents (both spellings, decomposed), case, ligatures, apostrophes, emoji… */
const WORDS = [
  'acme',
  'Acme',
  'ACME',
  'acmé',
  'Acmeland',
  'acme2',
  'acme_fr',
  'déçu',
  'decu',
  'DÉÇU',
  'de\u0301c\u0327u',
  'café',
  'cafe',
  'cafe\u0301',
  'cœur',
  'coeur',
  'CŒUR',
  'straße',
  'strasse',
  'l’oréal',
  "l'oreal",
  "L'ORÉAL",
  'apple',
  'pie',
  'Pie',
  'very',
  'thé',
  'the',
  'BT',
  'Bt',
  'bt',
  '😍',
  '❤️',
  '❤',
  '👍🏽',
  'σοφός',
  'ΣΟΦΟΣ',
  '日本',
  'x',
  'ﬁn',
  'fin',
  'Łódź',
  'lodz',
  'über',
  'uber',
];
const GLUE = [
  ' ',
  ' ',
  ' ',
  '  ',
  ', ',
  "'s ",
  '’s ',
  '-',
  '. ',
  '\n',
  '#',
  '@',
  '',
  ' #',
  '\u00a0',
  '\ufe0f ',
];
/** Query words: plain, accented, wildcards, hashtags, exact case, emoji. */
const TERMS = [
  'acme',
  'Acme',
  'acmé',
  'acm*',
  'ac?e',
  'acme*',
  'déçu',
  'decu',
  'd?çu',
  'de*',
  'caf*',
  'café',
  'cafe',
  'cœur',
  'coeur',
  'straße',
  'strasse',
  "l'oréal",
  'l’oreal',
  'apple',
  'pie',
  'very',
  'thé',
  'the',
  '{BT}',
  '{Acme}',
  '{ACME}',
  '{Déçu}',
  '#acme',
  '@acme',
  '😍',
  '❤️',
  '👍',
  'σοφος',
  'σοφός',
  '日本',
  'fin',
  'lodz',
  'łódź',
  'uber',
  'über',
  'ü*',
  'acme_fr',
];

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 14 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

const term = fc.constantFrom(...TERMS);
const phrase = fc
  .tuple(fc.array(term, { minLength: 2, maxLength: 3 }), fc.option(fc.nat(3), { nil: undefined }))
  .map(([words, slop]) => `"${words.join(' ')}"${slop === undefined ? '' : `~${slop}`}`);
const positional = fc.oneof(
  { weight: 3, arbitrary: term },
  { weight: 1, arbitrary: phrase.filter((p) => !p.includes('~')) },
  { weight: 1, arbitrary: fc.tuple(term, term).map(([a, b]) => `(${a} OR ${b})`) },
);
const near = fc
  .tuple(positional, fc.nat(3), fc.boolean(), positional)
  .map(([a, n, f, b]) => `${a} NEAR/${n}${f ? 'f' : ''} ${b}`);
const atom = fc.oneof(
  { weight: 4, arbitrary: term },
  { weight: 2, arbitrary: phrase },
  { weight: 2, arbitrary: near },
);
const query: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc
      .tuple(tie('q'), fc.constantFrom('AND', 'OR', 'AND NOT'), tie('q'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
  ),
})).q;

const watchlists = fc.array(query, { minLength: 1, maxLength: 4 }).map((queries) =>
  queries.map(
    (q, i): WatchlistInput => ({
      id: `w${i}`,
      name: `w${i}`,
      kind: (['brand', 'competitor', 'topic'] as const)[i % 3]!,
      query: q,
      enabled: true,
    }),
  ),
);
const risks = fc.array(
  fc.record({
    term: fc.oneof(term, fc.constantFrom('very apple', 'pas content', '"the pie"')),
    category: fc.constantFrom('complaint', 'anger'),
    weight: fc.constantFrom(1, 2),
  }),
  { maxLength: 3 },
);

const runs = Number(process.env.VIGIE_PROPERTY_RUNS ?? 300);
/** The reference is slow on purpose: allow ~20 ms per run (CI boxes are slow). */
const timeout = Math.max(30_000, runs * 20);

describe('fast matcher ≡ reference matcher', () => {
  it(
    'single terms on random texts: same occurrences, same offsets',
    () => {
      fc.assert(
        fc.property(text, fc.array(term, { minLength: 1, maxLength: 6 }), (t, terms) => {
          const lists = terms.map(
            (q, i): WatchlistInput => ({
              id: `t${i}`,
              name: q,
              kind: 'topic',
              query: q,
              enabled: true,
            }),
          );
          const { matcher } = compileMatcher({ watchlists: lists });
          expect(matcher.match(t)).toEqual(referenceMatch(t, lists));
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    'boolean, phrase, NEAR and ~n queries, plus risk terms, on random texts',
    () => {
      fc.assert(
        fc.property(text, watchlists, risks, (t, lists, riskTerms: RiskTermInput[]) => {
          const valid = lists.filter((w) => parseQuery(w.query).ast !== null);
          const { matcher } = compileMatcher({ watchlists: lists, riskTerms });
          expect(matcher.match(t)).toEqual(referenceMatch(t, valid, riskTerms));
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    'NEAR, phrases and ~n on a tiny vocabulary, where distances are tight',
    () => {
      const small = fc
        .array(
          fc.tuple(
            fc.constantFrom('apple', 'pie', 'very', 'x', '😍', '#pie', 'Apple'),
            fc.constantFrom(' ', ', ', ''),
          ),
          {
            maxLength: 12,
          },
        )
        .map((parts) => parts.map(([w, g]) => w + g).join(''));
      const word = fc.constantFrom('apple', 'pie', 'very', '😍', '#pie', 'app*');
      const operand = fc.oneof(
        word,
        fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
        fc.tuple(word, word).map(([a, b]) => `(${a} OR ${b})`),
      );
      const positionalQuery = fc.oneof(
        fc
          .tuple(operand, fc.nat(3), fc.boolean(), operand)
          .map(([a, n, f, b]) => `${a} NEAR/${n}${f ? 'f' : ''} ${b}`),
        fc
          .tuple(fc.array(word, { minLength: 2, maxLength: 3 }), fc.nat(3))
          .map(([w, n]) => `"${w.join(' ')}"~${n}`),
      );
      fc.assert(
        fc.property(small, positionalQuery, (t, q) => {
          const lists: WatchlistInput[] = [
            { id: 'p', name: 'p', kind: 'topic', query: q, enabled: true },
          ];
          const valid = lists.filter((w) => parseQuery(w.query).ast !== null);
          const { matcher } = compileMatcher({ watchlists: lists });
          expect(matcher.match(t)).toEqual(referenceMatch(t, valid));
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    'one compiled matcher gives the same answers post after post (no state leaks)',
    () => {
      fc.assert(
        fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), watchlists, (texts, lists) => {
          const valid = lists.filter((w) => parseQuery(w.query).ast !== null);
          const { matcher } = compileMatcher({ watchlists: lists });
          for (const t of texts) expect(matcher.match(t)).toEqual(referenceMatch(t, valid));
        }),
        { numRuns: Math.ceil(runs / 3) },
      );
    },
    timeout,
  );
});
