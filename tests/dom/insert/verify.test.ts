import { describe, expect, it } from 'vitest';
import { isExactInsertion } from '@/lib/insert/verify';

describe('isExactInsertion', () => {
  const reply = 'Bonjour Léa 👋\nNous regardons tout de suite.';

  it('wants exactly the reply in an empty editor', () => {
    expect(isExactInsertion('', reply, reply)).toBe(true);
    expect(isExactInsertion('', reply + reply, reply)).toBe(false);
    expect(isExactInsertion('', 'Nous regardons tout de suite.', reply)).toBe(false);
  });

  it('wants the reply once, anywhere, with the old text intact', () => {
    expect(isExactInsertion('abc', `abc${reply}`, reply)).toBe(true);
    expect(isExactInsertion('abc', `a${reply}bc`, reply)).toBe(true);
    expect(isExactInsertion('abc', `${reply}abc`, reply)).toBe(true);
    expect(isExactInsertion('abc', `ab${reply}`, reply)).toBe(false);
    expect(isExactInsertion('abc', `abc${reply}${reply}`, reply)).toBe(false);
  });

  it('finds the right occurrence when the old text already holds the reply', () => {
    expect(isExactInsertion('ok', 'okok', 'ok')).toBe(true);
    expect(isExactInsertion('ok', 'okokok', 'ok')).toBe(false);
  });

  it('takes no-break spaces for spaces and ignores trailing newlines', () => {
    expect(isExactInsertion('abc', 'abc\u00A0merci !', ' merci !')).toBe(true);
    expect(isExactInsertion('', 'merci\n', 'merci')).toBe(true);
  });
});
