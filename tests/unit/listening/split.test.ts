import { describe, expect, it } from 'vitest';
import { compileMatcher, compileSplit, prepareMatcher, type WatchlistInput } from '@/lib/listening';
import { RISK_LEXICON } from '@/lib/risk/lexicon';

const watchlists: WatchlistInput[] = [
  {
    id: 'acme',
    name: 'Acme',
    kind: 'brand',
    enabled: true,
    query: 'acme OR "acme air" OR #acmefail',
  },
  { id: 'rival', name: 'Rival', kind: 'competitor', enabled: true, query: 'rival* AND NOT emploi' },
  {
    id: 'sav',
    name: 'SAV',
    kind: 'topic',
    enabled: true,
    query: '"service client" OR remboursement',
  },
  { id: 'bad', name: 'Bad', kind: 'topic', enabled: true, query: 'acme corp' },
];
const riskTerms = RISK_LEXICON.map(({ term, category, weight }) => ({ term, category, weight }));

const posts = [
  'Acme Air a encore annulé mon vol, service client injoignable, c’est une arnaque #acmefail',
  'Rivalair recrute : offre d’emploi à Paris',
  'Rivalair est nul, je veux un remboursement !',
  'Rien à signaler, très bon voyage avec Acme',
  'pas content du tout, honteux',
];

describe('compileSplit', () => {
  it('finds what the single matcher finds, watchlists and risk words apart', () => {
    const single = compileMatcher({ watchlists, riskTerms });
    const split = compileSplit(prepareMatcher({ watchlists, riskTerms }));
    expect(split.watch.errors).toEqual(single.errors);
    expect(split.risk.riskTermErrors).toEqual(single.riskTermErrors);
    for (const text of posts) {
      const all = single.matcher.match(text);
      expect(split.watch.matcher.match(text).watchlists).toEqual(all.watchlists);
      expect(split.watch.matcher.match(text).risk).toEqual([]);
      expect(split.risk.matcher.match(text).risk).toEqual(all.risk);
      expect(split.risk.matcher.match(text).watchlists).toEqual([]);
    }
  });

  it('keeps the lexicon out of the watchlist automaton', () => {
    const single = compileMatcher({ watchlists, riskTerms });
    const split = compileSplit(prepareMatcher({ watchlists, riskTerms }));
    expect(split.watch.matcher.termCount).toBeLessThan(single.matcher.termCount);
  });
});
