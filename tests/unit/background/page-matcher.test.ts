import { describe, expect, it } from 'vitest';
import { pageMatcher } from '@/lib/background/page-matcher';
import { prepareMatcher } from '@/lib/listening/prepare';
import { RISK_LEXICON } from '@/lib/risk/lexicon';

const acme = {
  id: 'w1',
  name: 'Acme',
  kind: 'brand' as const,
  query: '"Acme Air" OR @acme',
  enabled: true,
};

describe('the matcher sent with every page', () => {
  it('is parsed once while the watchlists stay the same, again when a query changes', () => {
    const first = pageMatcher([acme]);
    expect(pageMatcher([{ ...acme }])).toBe(first);
    const changed = pageMatcher([{ ...acme, query: 'Acme' }]);
    expect(changed).not.toBe(first);
    expect(changed.watchlists[0]?.ast).toEqual(
      prepareMatcher({ watchlists: [{ ...acme, query: 'Acme' }] }).watchlists[0]?.ast,
    );
    expect(changed.risks).toHaveLength(
      RISK_LEXICON.length -
        prepareMatcher({ watchlists: [], riskTerms: [...RISK_LEXICON] }).riskTermErrors.length,
    );
    expect(pageMatcher([{ ...acme, enabled: false }]).watchlists).toEqual([]);
  });
});
