import { describe, expect, it } from 'vitest';
import { fold, indexableBody, searchTerms, searchWords, stem } from '../../../lib/suggest/text';

describe('suggestion text', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Équipage GÉNIAL, cœur')).toBe('equipage genial, coeur');
  });

  it('stems plurals and participles the same on both sides', () => {
    expect(stem('bagages')).toBe(stem('bagage'));
    expect(stem('annulee')).toBe(stem('annule'));
    expect(stem('cancelled')).toBe(stem('cancel'));
    expect(stem('delays')).toBe(stem('delay'));
    expect(stem('delayed')).toBe(stem('delay'));
    expect(stem('enregistrer')).toBe('enregistr');
    expect('enregistrement'.startsWith(stem('enregistrer'))).toBe(true);
    expect(stem('vol')).toBe('vol');
  });

  it('drops stop words, handles, URLs, single letters and short numbers', () => {
    expect(
      searchWords('@acme_air Bonjour, l’équipe a perdu 2 valises https://x.co/a').map(
        (w) => w.surface,
      ),
    ).toEqual(['equipe', 'perdu', 'valises']);
    // "ce" is a French stop word; numbers of three digits and more are kept.
    expect(searchTerms('Règlement CE 261 sur l’A320')).toEqual(['reglement', '261', '320']);
    // A number glued to a unit or a code is split from it: "23kg" finds "23 kg".
    // ("eu" is a French stop word: "EU261" keeps its 261.)
    expect(searchTerms('23kg, EU261, 3h')).toEqual(['kg', '261']);
  });

  it('splits hashtags at their capitals', () => {
    expect(searchWords('#BoycottAcmeAir').map((w) => w.surface)).toEqual([
      'boycott',
      'acme',
      'air',
    ]);
    expect(searchWords('#acmeair').map((w) => w.surface)).toEqual(['acmeair']);
  });

  it('keeps placeholders and domain names out of template bodies', () => {
    const terms = searchTerms(
      indexableBody('Bonjour {author|vous}, voir acmeair.example/bagages {order?}'),
    );
    expect(terms).toEqual(['voir', stem('bagages')]);
  });
});
