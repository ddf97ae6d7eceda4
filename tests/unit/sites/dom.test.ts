import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/sites/dom';

describe('parseCount', () => {
  it.each([
    ['1,234', 1234],
    ['1 234', 1234],
    ['1.2K', 1200],
    ['3,4 k', 3400],
    ['2 M', 2_000_000],
    ['12 mil', 12_000],
    ['1,2 k J’aime', 1200],
    ['1 234 mentions J’aime', 1234],
    ['48 commentaires', 48],
    ['5 Md', 5_000_000_000],
  ])('reads %s as %d', (raw, expected) => {
    expect(parseCount(raw)).toBe(expected);
  });

  it('is undefined without a number', () => {
    expect(parseCount('Répondre')).toBeUndefined();
    expect(parseCount(null)).toBeUndefined();
  });
});
