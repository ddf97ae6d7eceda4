import { describe, expect, it } from 'vitest';
import { NETWORKS } from '@/lib/sites/types';
import {
  countCodePoints,
  countGraphemes,
  findUrls,
  mastodonLength,
  measure,
  NETWORK_LENGTH_RULES,
  xWeightedLength,
} from '@/lib/templates';

const FAMILY = '👩‍👩‍👧‍👦';
const FLAG_FR = '🇫🇷';

describe('X weighted length (twitter-text v3)', () => {
  it('plain ASCII: 280 fits, 281 is over', () => {
    expect(measure('a'.repeat(280), 'x')).toEqual({ length: 280, limit: 280, over: false });
    expect(measure('a'.repeat(281), 'x')).toEqual({ length: 281, limit: 280, over: true });
  });

  it('accented Latin weighs 1, decomposed or not (NFC first)', () => {
    expect(xWeightedLength('àéïôùçœ')).toBe(7);
    expect(xWeightedLength('e\u0301')).toBe(1);
    expect(measure('é'.repeat(280), 'x').over).toBe(false);
  });

  it('CJK weighs 2', () => {
    expect(xWeightedLength('故人西辞')).toBe(8);
    expect(xWeightedLength('the故人')).toBe(7);
    expect(measure('の'.repeat(140), 'x').over).toBe(false);
    expect(measure('の'.repeat(141), 'x').over).toBe(true);
  });

  it('every emoji sequence counts 2: ZWJ family, flag, keycap, skin tone, tag flag', () => {
    for (const emoji of ['😷', FAMILY, FLAG_FR, '1️⃣', '#️⃣', '👍🏽', '❤️', '🏴󠁧󠁢󠁥󠁮󠁧󠁿']) {
      expect(xWeightedLength(emoji), emoji).toBe(2);
    }
    expect(xWeightedLength(FAMILY.repeat(140))).toBe(280);
  });

  it('text-style symbols count by their code point', () => {
    expect(xWeightedLength('©')).toBe(1);
    expect(xWeightedLength('☺')).toBe(2);
  });

  it('General Punctuation: spaces, dashes, quotes, primes weigh 1; others 2', () => {
    expect(xWeightedLength('\u2000\u200D\u2010\u201C\u201D\u2032')).toBe(6);
    expect(xWeightedLength('\u2026')).toBe(2);
  });

  it('every URL counts 23 whatever its length', () => {
    expect(xWeightedLength('http://test.co')).toBe(23);
    expect(xWeightedLength('test.com')).toBe(23);
    expect(xWeightedLength('Hi http://test.co')).toBe(26);
    expect(xWeightedLength(`https://example.com/${'a'.repeat(200)}?q=1`)).toBe(23);
    expect(xWeightedLength('Test https://test.com test https://test.com test.com test')).toBe(86);
    expect(xWeightedLength('Voir www.example.fr/aide.')).toBe(5 + 23 + 1);
  });

  // Cases of twitter-text's conformance/validate.yml (WeightedTweetsWithDiscountedEmojiCounterTest).
  it.each([
    ['Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴󠁧󠁢󠁥󠁮󠁧󠁿', 34],
    ['Unicode 9.0 emoji: 🤠; 💃; 💃🏾', 29],
    ['😷👾😡🔥💩', 10],
    ['randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com', 68],
    [`285 chars- http://www.twitter.com/jack ${'xxxxxxxxxx-'.repeat(24)}`.trimEnd(), 299],
  ])('conformance: %s → %i', (text, expected) => {
    expect(xWeightedLength(text)).toBe(expected);
  });
});

describe('findUrls', () => {
  const urls = (text: string) => findUrls(text).map((u) => text.slice(u.start, u.end));

  it('finds http(s) URLs and bare domains with common TLDs', () => {
    expect(urls('Voir https://acme.fr/aide et acme.com/faq ou www.acme.fr !')).toEqual([
      'https://acme.fr/aide',
      'acme.com/faq',
      'www.acme.fr',
    ]);
    expect(urls('HTTPS://Example.COM/x http://192.168.0.1/a http://test.co')).toEqual([
      'HTTPS://Example.COM/x',
      'http://192.168.0.1/a',
      'http://test.co',
    ]);
  });

  it('drops sentence punctuation at the end, keeps balanced parentheses', () => {
    expect(urls('(see https://acme.com/a.)')).toEqual(['https://acme.com/a']);
    expect(urls('https://en.wikipedia.org/wiki/Acme_(company), ok?')).toEqual([
      'https://en.wikipedia.org/wiki/Acme_(company)',
    ]);
    expect(urls('Is it example.com/faq?')).toEqual(['example.com/faq']);
  });

  it('ignores emails, handles, decimals, abbreviations and unknown TLDs', () => {
    expect(urls('écrivez à sav@acme.com, @acme.com, 5.00 €, e.g. foo, site.merci')).toEqual([]);
  });

  it('like twitter-text, a bare name.ccTLD without a path is text (t.co excepted)', () => {
    expect(urls('acme.fr')).toEqual([]);
    expect(urls('acme.fr/x t.co foo.co.jp')).toEqual(['acme.fr/x', 't.co', 'foo.co.jp']);
  });

  it('refuses labels over 63 characters and leading or trailing hyphens', () => {
    expect(urls(`http://${'a'.repeat(64)}.com http://-a.com http://a-.com`)).toEqual([]);
  });

  it('can skip bare domains (Mastodon links only URLs with a protocol)', () => {
    expect(findUrls('acme.com/x', { withoutProtocol: false })).toEqual([]);
  });
});

describe('Bluesky counts graphemes', () => {
  it('counts a ZWJ family, a flag and a combining accent as one each', () => {
    expect(countGraphemes(`${FAMILY}${FLAG_FR}e\u0301`)).toBe(3);
    expect(measure(FAMILY.repeat(300), 'bluesky')).toEqual({
      length: 300,
      limit: 300,
      over: false,
    });
    expect(measure('a'.repeat(301), 'bluesky').over).toBe(true);
  });
});

describe('Mastodon', () => {
  it('counts a link with a protocol as 23 and a remote mention as its local part', () => {
    expect(mastodonLength(`https://example.com/${'a'.repeat(100)}`)).toBe(23);
    expect(mastodonLength('@acme@mastodon.social merci')).toBe('@acme merci'.length);
    expect(mastodonLength('acme.com/long-path')).toBe(18);
    expect(mastodonLength(FAMILY)).toBe(1);
  });
});

describe('code points elsewhere', () => {
  it('counts an astral emoji as 1, not 2 UTF-16 units', () => {
    expect(countCodePoints('😷')).toBe(1);
    expect(measure('😷'.repeat(150), 'tiktok')).toEqual({ length: 150, limit: 150, over: false });
    expect(measure('😷'.repeat(151), 'tiktok').over).toBe(true);
  });

  it.each([
    ['instagram', 2_200],
    ['linkedin', 1_250],
    ['youtube', 10_000],
    ['facebook', 8_000],
    ['tiktok', 150],
    ['reddit', 10_000],
    ['trustpilot', 2_000],
    ['tripadvisor', 5_000],
    ['google-maps', 4_096],
  ] as const)('%s: %i', (network, limit) => {
    expect(measure('a'.repeat(limit), network)).toEqual({ length: limit, limit, over: false });
    expect(measure('a'.repeat(limit + 1), network).over).toBe(true);
  });

  it('the generic web has no limit', () => {
    expect(measure('a'.repeat(100_000), 'web')).toEqual({
      length: 100_000,
      limit: null,
      over: false,
    });
  });

  it('every network has a rule with a source', () => {
    for (const network of NETWORKS) {
      expect(NETWORK_LENGTH_RULES[network].source, network).not.toBe('');
    }
  });
});
