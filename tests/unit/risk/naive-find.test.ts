import { describe, expect, it } from 'vitest';
import { naiveFind } from './naive-find';

const find = (text: string, term: string) =>
  naiveFind(text, [{ term, category: 'complaint', weight: 1 }]).map((hit) =>
    text.slice(hit.start, hit.end),
  );

describe('naive term finder (test helper)', () => {
  it('lets an unaccented term match accented and unaccented text', () => {
    expect(find('Très déçu, vraiment decu', 'decu')).toEqual(['déçu', 'decu']);
  });

  it('lets an accented term match only the accented spelling', () => {
    expect(find('tollé ou tolle', 'tollé')).toEqual(['tollé']);
  });

  it('ignores case and decomposed accents', () => {
    expect(find('DÉÇU et de\u0301c\u0327u', 'decu')).toEqual(['DÉÇU', 'de\u0301c\u0327u']);
  });

  it('matches inflections with a trailing star, never inside a word', () => {
    expect(find("C'est une arnaque, des arnaqueurs, pas d'anarnaque", 'arnaq*')).toEqual([
      'arnaque',
      'arnaqueurs',
    ]);
    expect(find('Acmeland', 'acme')).toEqual([]);
  });

  it('matches phrases across spaces, hyphens and apostrophes', () => {
    expect(find('Ras-le-bol de vous', 'ras le bol')).toEqual(['Ras-le-bol']);
    expect(find('C’est n’importe quoi', "n'importe quoi")).toEqual(['n’importe quoi']);
    expect(find('the app is down again', 'down again')).toEqual(['down again']);
  });

  it('finds words after an elided article', () => {
    expect(find("l'arnaque du siècle", 'arnaq*')).toEqual(['arnaque']);
  });
});
