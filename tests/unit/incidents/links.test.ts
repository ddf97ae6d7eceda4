import { describe, expect, it } from 'vitest';
import {
  authorKeys,
  normalizeAuthor,
  normalizeUrl,
  significantWords,
  suggestLinks,
} from '@/lib/incidents';
import { HOUR, incident, mention, T0 } from './fixtures';

describe('suggestLinks', () => {
  const base = incident({
    author: 'Acme Élégance (@Acme_Officiel)',
    permalink: 'https://x.com/Acme_Officiel/status/42',
    url: 'https://x.com/home',
    excerpt: 'Nos clientes adorent attendre leur remboursement, surtout le lundi matin !',
  });

  const sameAuthor = mention({
    id: 'author',
    author: { handle: '@acme_officiel' },
    text: 'Bonne semaine',
  });
  const byName = mention({ id: 'name', author: { name: 'ACME elegance' }, text: 'Bonne semaine' });
  const samePost = mention({
    id: 'reply',
    url: 'http://www.twitter.com/acme_officiel/status/42/?utm_source=share#reply',
    text: 'Quelle honte',
  });
  const quoting = mention({
    id: 'quote',
    text: 'Vous avez vu ça ? https://x.com/Acme_Officiel/status/42?s=20.',
  });
  const sameWords = mention({
    id: 'words',
    text: 'Toujours pas de remboursement, et les clientes attendent encore',
  });
  const unrelated = mention({ id: 'other', text: 'Super service, merci beaucoup' });

  it('suggests later mentions by post, author and words, best first', () => {
    const suggestions = suggestLinks(base, [
      unrelated,
      sameWords,
      byName,
      sameAuthor,
      quoting,
      samePost,
    ]);
    expect(suggestions.map((s) => [s.mention.id, s.reasons])).toEqual([
      ['quote', ['url']],
      ['reply', ['url']],
      ['author', ['author']],
      ['name', ['author']],
      ['words', ['terms']],
    ]);
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('adds up reasons: the same author repeating the same words ranks first', () => {
    const both = mention({
      id: 'both',
      author: { handle: 'acme_officiel' },
      text: 'Nos clientes adorent le lundi matin',
      firstSeenAt: T0 + 5 * HOUR,
    });
    const [first] = suggestLinks(base, [samePost, both]);
    expect(first?.mention.id).toBe('both');
    expect(first?.reasons).toEqual(['author', 'terms']);
  });

  it('leaves out mentions seen before the incident, already linked or of another workspace', () => {
    const earlier = mention({
      id: 'earlier',
      author: { handle: 'acme_officiel' },
      firstSeenAt: T0 - 1,
    });
    const atCreation = mention({
      id: 'same-time',
      author: { handle: 'acme_officiel' },
      firstSeenAt: T0,
    });
    const elsewhere = mention({
      id: 'elsewhere',
      author: { handle: 'acme_officiel' },
      workspaceId: 'other',
    });
    const linked = incident({ ...base, mentionIds: ['author'] });
    expect(suggestLinks(linked, [earlier, atCreation, elsewhere, sameAuthor])).toEqual([]);
    expect(suggestLinks(linked, [earlier], { since: T0 - HOUR }).map((s) => s.mention.id)).toEqual([
      'earlier',
    ]);
  });

  it('needs enough shared words: one common word is chance', () => {
    const oneWord = mention({ id: 'one', text: 'Mon remboursement est arrivé, merci' });
    expect(suggestLinks(base, [oneWord])).toEqual([]);
    expect(suggestLinks(base, [oneWord], { minSharedTerms: 1 }).map((s) => s.reasons)).toEqual([
      ['terms'],
    ]);
  });

  it('ignores stop words and accents when comparing words', () => {
    const stopWordsOnly = mention({
      id: 'stop',
      text: 'Nous sommes toujours avec vous, et pour vous le lundi',
    });
    const accents = mention({
      id: 'accents',
      text: 'CLIENTES ÉNERVÉES : ATTENDRE UN REMBOURSEMENT ?',
    });
    expect(suggestLinks(base, [stopWordsOnly, accents]).map((s) => s.mention.id)).toEqual([
      'accents',
    ]);
  });

  it("reads the mention's matched terms too", () => {
    const viaTerms = mention({ id: 'terms', text: 'lol', terms: ['remboursement', 'clientes'] });
    expect(suggestLinks(base, [viaTerms]).map((s) => s.reasons)).toEqual([['terms']]);
  });

  it('uses the page address when the incident has no permalink, and its title without excerpt', () => {
    const bare = incident({
      permalink: undefined,
      url: 'https://www.trustpilot.com/review/acme.fr',
      excerpt: undefined,
      author: undefined,
      title: 'Livraison perdue colis introuvable',
    });
    const onPage = mention({ id: 'page', url: 'https://trustpilot.com/review/acme.fr#top' });
    const onTopic = mention({ id: 'topic', text: 'Colis introuvable depuis dix jours' });
    expect(suggestLinks(bare, [onTopic, onPage]).map((s) => [s.mention.id, s.reasons])).toEqual([
      ['page', ['url']],
      ['topic', ['terms']],
    ]);
  });

  it('limits the list when asked', () => {
    expect(suggestLinks(base, [sameAuthor, byName, samePost], { limit: 2 })).toHaveLength(2);
  });
});

describe('normalisation', () => {
  it('compares posts without scheme, www, fragment, tracking or old host names', () => {
    const forms = [
      'https://x.com/acme/status/1',
      'http://www.twitter.com/acme/status/1/',
      'https://mobile.twitter.com/acme/status/1?s=20&t=abc#x',
    ];
    expect(new Set(forms.map(normalizeUrl)).size).toBe(1);
    expect(normalizeUrl('https://shop.fr/a?utm_source=x&id=2&fbclid=1')).toBe('shop.fr/a?id=2');
    expect(normalizeUrl('https://shop.fr/a?id=2')).not.toBe(normalizeUrl('https://shop.fr/a?id=3'));
  });

  it('compares authors without case, accents or "@"', () => {
    expect(normalizeAuthor('@Élodie_M')).toBe(normalizeAuthor('elodie_m'));
    expect(normalizeAuthor('  ')).toBe('');
    expect([...authorKeys('Jeanne Martin (@jmartin)')].sort()).toEqual([
      'jeanne martin',
      'jeanne martin (@jmartin)',
      'jmartin',
    ]);
  });

  it('keeps significant words only', () => {
    expect([
      ...significantWords("Aujourd'hui les clients d'Acme attendent https://acme.fr/x 2025"),
    ]).toEqual(['client', 'acme', 'attendent']);
  });
});
