import { describe, expect, it } from 'vitest';
import { compileMatcher, type WatchlistInput } from '@/lib/listening';

const watchlist = (
  id: string,
  query: string,
  extra: Partial<WatchlistInput> = {},
): WatchlistInput => ({
  id,
  name: id,
  kind: 'brand',
  query,
  enabled: true,
  ...extra,
});

describe('compileMatcher', () => {
  it('skips disabled watchlists silently and reports invalid ones without throwing', () => {
    const { matcher, errors } = compileMatcher({
      watchlists: [
        watchlist('ok', 'acme'),
        watchlist('off', 'beta', { enabled: false }),
        watchlist('bad', 'acme corp'),
      ],
    });
    expect(errors).toEqual([
      {
        watchlistId: 'bad',
        issues: [{ severity: 'error', code: 'missing_operator', start: 5, end: 9 }],
      },
    ]);
    expect(matcher.match('acme beta corp').watchlists.map((w) => w.watchlistId)).toEqual(['ok']);
  });

  it('shares one atom between watchlists that use the same word', () => {
    const { matcher } = compileMatcher({
      watchlists: [
        watchlist('a', 'acme'),
        watchlist('b', 'ACME OR beta'),
        watchlist('c', '{Acme}'),
      ],
    });
    expect(matcher.termCount).toBe(3); // acme (folded), beta, {Acme}
  });

  it('returns matches in watchlist order, with kinds and labelled spans', () => {
    const { matcher } = compileMatcher({
      watchlists: [
        watchlist('rival', 'globex', { kind: 'competitor' }),
        watchlist('brand', 'acme* AND NOT spam'),
        watchlist('topic', '"service client"', { kind: 'topic' }),
      ],
    });
    const text = 'Le service client d’Acmeland est meilleur que Globex';
    expect(matcher.match(text).watchlists).toEqual([
      { watchlistId: 'rival', kind: 'competitor', spans: [{ start: 46, end: 52, term: 'globex' }] },
      { watchlistId: 'brand', kind: 'brand', spans: [{ start: 20, end: 28, term: 'acme*' }] },
      {
        watchlistId: 'topic',
        kind: 'topic',
        spans: [{ start: 3, end: 17, term: '"service client"' }],
      },
    ]);
  });

  it('reports risk terms with category and weight, phrases given bare', () => {
    const { matcher, riskTermErrors } = compileMatcher({
      watchlists: [],
      riskTerms: [
        { term: 'rembours*', category: 'refund', weight: 2 },
        { term: 'pas content', category: 'complaint', weight: 1 },
        { term: 'arnaque OR scam', category: 'fraud', weight: 3 },
        { term: '*oops', category: 'x', weight: 1 },
      ],
    });
    expect(riskTermErrors.map((e) => [e.term, e.issues.map((i) => i.code)])).toEqual([
      ['arnaque OR scam', ['risk_term_not_simple']],
      ['*oops', ['wildcard_at_start']],
    ]);
    const text = 'Pas content, je veux un remboursement';
    expect(matcher.match(text).risk).toEqual([
      { start: 0, end: 11, category: 'complaint', weight: 1, term: 'pas content' },
      { start: 24, end: 37, category: 'refund', weight: 2, term: 'rembours*' },
    ]);
  });

  it('evaluates field-only watchlists on posts without any term', () => {
    const { matcher } = compileMatcher({
      watchlists: [watchlist('from-acme', 'author:acme'), watchlist('fr', 'language:fr AND acme')],
    });
    expect(matcher.match('hello', { handle: '@Acme' }).watchlists).toEqual([
      { watchlistId: 'from-acme', kind: 'brand', spans: [] },
    ]);
    expect(matcher.match('hello', { handle: '@other' }).watchlists).toEqual([]);
  });

  it('maps offsets straight into the original string (emoji, decomposed accents, NBSP)', () => {
    const { matcher } = compileMatcher({
      watchlists: [watchlist('w', 'cafe OR "acme corp" OR 😍')],
    });
    const text = '😍👍🏽 cafe\u0301\u00a0— Acme\u00a0Corp';
    const spans = matcher.match(text).watchlists[0]!.spans;
    expect(spans.map((s) => [s.start, s.end, text.slice(s.start, s.end)])).toEqual([
      [0, 2, '😍'],
      [7, 12, 'cafe\u0301'],
      [15, 24, 'Acme\u00a0Corp'],
    ]);
  });

  it('works with no watchlist at all', () => {
    const { matcher, errors } = compileMatcher({ watchlists: [] });
    expect(errors).toEqual([]);
    expect(matcher.termCount).toBe(0);
    expect(matcher.match('anything')).toEqual({ watchlists: [], risk: [] });
  });

  it('stays linear: a long text with many terms scans in time proportional to its length', () => {
    const terms = Array.from({ length: 1000 }, (_, i) => `term${i.toString(36)}x`);
    const { matcher } = compileMatcher({
      watchlists: [watchlist('many', terms.join(' OR '))],
    });
    expect(matcher.termCount).toBe(1000);
    const chunk = 'Lorem ipsum déçu #hashtag @handle 😍 term1x text, ';
    const time = (repeat: number) => {
      const text = chunk.repeat(repeat);
      const started = performance.now();
      for (let i = 0; i < 5; i++) matcher.match(text);
      return performance.now() - started;
    };
    time(200); // warm up
    const small = time(2_000);
    const large = time(20_000);
    // 10× the text should cost about 10× (generous bound for a noisy CI box).
    expect(large / small).toBeLessThan(30);
    expect(matcher.match(chunk.repeat(3)).watchlists[0]!.spans).toHaveLength(3);
  });
});
