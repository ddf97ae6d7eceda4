import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/listening/compile';
import { parseQuery } from '@/lib/query/parser';
import { buildWatchlistQuery, handleTerm, nameTerm, splitEntries } from '@/lib/workspaces/query';

const errorsOf = (query: string) =>
  parseQuery(query).issues.filter((issue) => issue.severity === 'error');

describe('buildWatchlistQuery', () => {
  it('quotes phrases, leaves plain words bare, keeps handles, longest phrase first', () => {
    const built = buildWatchlistQuery(['Acme', 'Acme Air'], ['@acme']);
    expect(built?.query).toBe('"Acme Air" OR Acme OR @acme');
    expect(built?.issues).toEqual([]);
  });

  it('gives a handle typed without its sign an @, keeps hashtags and server handles', () => {
    expect(handleTerm('acme_air')).toBe('@acme_air');
    expect(handleTerm('#AcmeAir')).toBe('#AcmeAir');
    expect(handleTerm('@acme@mastodon.social')).toBe('@acme@mastodon.social');
    expect(handleTerm(' @ ')).toBeNull();
  });

  it('never lets a name inject an operator, a wildcard, braces or a stray quote', () => {
    const names = [
      'OR',
      'not',
      'NEAR/3',
      'M*A*S*H',
      'Who?',
      '{BT}',
      'Say "hi"',
      'site:acme.com',
      '(Acme)',
      'Acme~2',
      'A <<<b',
    ];
    for (const name of names) {
      const term = nameTerm(name);
      expect(term, name).not.toBeNull();
      expect(errorsOf(term ?? ''), name).toEqual([]);
      const { ast } = parseQuery(term ?? '');
      expect(['term', 'phrase'], name).toContain(ast?.type);
    }
    expect(nameTerm('OR')).toBe('"OR"');
    expect(nameTerm('M*A*S*H')).toBe('"M A S H"');
    expect(nameTerm('Say "hi"')).toBe('"Say hi"');
    expect(nameTerm('site:acme.com')).toBe('"site:acme.com"');
  });

  it('drops what cannot be matched and words made only of punctuation', () => {
    expect(nameTerm('&&')).toBeNull();
    expect(nameTerm('Ben & Jerry’s')).toBe('"Ben Jerry’s"');
    expect(buildWatchlistQuery(['  ', '***'], ['@'])).toBeNull();
  });

  it('writes accented names unaccented so both spellings are found, but not short ones', () => {
    expect(nameTerm('Crédit Agricole')).toBe('"Credit Agricole"');
    expect(nameTerm('Société')).toBe('Societe');
    expect(nameTerm('Dé')).toBe('Dé');
    // Ligatures are not accents: the matcher folds them itself.
    expect(nameTerm('Œuvre')).toBe('Œuvre');
  });

  it('finds both spellings of an accented brand in posts', () => {
    const built = buildWatchlistQuery(['Crédit Agricole', 'Société Générale']);
    if (!built) throw new Error('no query');
    const { matcher } = compileMatcher({
      watchlists: [{ id: 'w', name: 'Brand', kind: 'brand', query: built.query, enabled: true }],
    });
    expect(matcher.match('Merci Credit Agricole').watchlists).toHaveLength(1);
    expect(matcher.match('Merci au Crédit Agricole !').watchlists).toHaveLength(1);
    expect(matcher.match('la SOCIÉTÉ GÉNÉRALE encore').watchlists).toHaveLength(1);
    expect(matcher.match('Rien à voir').watchlists).toHaveLength(0);
  });

  it('says each name once, whatever the case or the accents', () => {
    expect(buildWatchlistQuery(['Acme', 'ACME', 'acme'], ['@acme', '@ACME'])?.query).toBe(
      'Acme OR @acme',
    );
    expect(buildWatchlistQuery(['Crédit', 'Credit'])?.query).toBe('Credit');
  });

  it('stays a valid query for fifty long names', () => {
    const names = Array.from({ length: 50 }, (_, i) => `Marque numéro ${i} “spéciale” & co`);
    const built = buildWatchlistQuery(names, ['@a', 'b']);
    expect(built && errorsOf(built.query)).toEqual([]);
    expect(built?.query.length).toBeLessThan(10_000);
  });
});

describe('splitEntries', () => {
  it('splits on commas, semicolons and lines, trimming', () => {
    expect(splitEntries('Acme, Acme Air;\n @acme ,,')).toEqual(['Acme', 'Acme Air', '@acme']);
  });
});
