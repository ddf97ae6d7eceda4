import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/listening';
import { referenceMatch } from '../listening/reference';
import { CONFORMANCE } from './conformance-cases';

describe('query conformance table', () => {
  it('has at least 120 cases', () => {
    expect(CONFORMANCE.length).toBeGreaterThanOrEqual(120);
  });

  it.each(CONFORMANCE.map((test) => [test.rule, test.query, test.text, test] as const))(
    '%s: %s on %j',
    (_rule, query, text, test) => {
      const watchlists = [{ id: 'w', name: 'w', kind: 'brand' as const, query, enabled: true }];
      const { matcher, errors } = compileMatcher({ watchlists });
      expect(errors).toEqual([]);
      const result = matcher.match(text, test.ctx);
      expect(result.watchlists.length === 1, 'matches').toBe(test.match);
      if (test.spans) {
        const spans = result.watchlists[0]?.spans ?? [];
        expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(test.spans);
      }
      // The slow reference implementation must agree exactly.
      expect(result).toEqual(referenceMatch(text, watchlists, [], test.ctx));
    },
  );
});
