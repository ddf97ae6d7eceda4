import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { googleMapsAdapter as adapter } from '../../../lib/sites/google-maps';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/google-maps');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function card(index: number): Element {
  const found = document.querySelectorAll('div.jftiEf[data-review-id]')[index];
  if (!found) throw new Error(`no card ${index}`);
  return found;
}

function ownerReply(index: number): Element {
  const found = card(index).querySelector('.CDe7pd');
  if (!found) throw new Error(`no owner reply in card ${index}`);
  return found;
}

describe('google maps adapter: handles()', () => {
  it('accepts Maps URLs only', () => {
    expect(
      adapter.handles(new URL('https://www.google.com/maps/place/Acme+Air/@48.87,2.33,17z')),
    ).toBe(true);
    expect(adapter.handles(new URL('https://www.google.fr/maps/place/Acme+Air'))).toBe(true);
    expect(adapter.handles(new URL('https://maps.google.com/?cid=123'))).toBe(true);
    expect(adapter.handles(new URL('https://www.google.com/search?q=acme+air'))).toBe(false);
    expect(adapter.handles(new URL('https://www.google.com/mapsearch'))).toBe(false);
    expect(adapter.handles(new URL('https://maps.example.com/maps/place/x'))).toBe(false);
    expect(adapter.matches).toContain('https://www.google.com/maps*');
    expect(adapter.matches).toContain('https://maps.google.com/*');
  });
});

describe('google maps adapter: French place reviews', () => {
  const pageUrl = new URL(
    'https://www.google.com/maps/place/Acme+Air+-+Agence+Paris+Op%C3%A9ra/@48.8718,2.3314,17z/data=!4m8!3m7',
  );
  beforeEach(() => loadFixture('feed.html'));

  it('finds three reviews and two owner replies', () => {
    const units = adapter.findUnits(document);
    expect(units.map((unit) => adapter.extract(unit, pageUrl).kind)).toEqual([
      'review',
      'reply',
      'review',
      'review',
      'reply',
    ]);
    expect(units[0]).toBe(card(0));
    expect(units[1]).toBe(ownerReply(0));
  });

  it('reads a review: reviewer, profile, stars, text without the "Plus" button, helpful count', () => {
    expect(adapter.extract(card(0), pageUrl)).toEqual({
      network: 'google-maps',
      kind: 'review',
      author: {
        name: 'Julie Moreau',
        url: 'https://www.google.com/maps/contrib/109876543210987654321/reviews?hl=fr',
      },
      permalink: undefined,
      // Maps prints relative times only ("il y a 2 semaines").
      timestamp: undefined,
      text: 'Accueil glacial à l’agence Acme Air. On m’a refusé le remboursement de mon billet alors que le vol a été annulé. Je vais passer par SkyJet pour mes prochains déplacements pro et j’en parlerai autour de moi…',
      languageHint: 'fr',
      engagement: { rating: 1, likes: 7 },
    });
  });

  it('reads the owner reply as its own unit, split brand joined', () => {
    expect(adapter.extract(ownerReply(0), pageUrl)).toEqual({
      network: 'google-maps',
      kind: 'reply',
      author: {},
      permalink: undefined,
      timestamp: undefined,
      text: 'Bonjour Julie, nous regrettons votre expérience. Notre équipe a rouvert votre dossier : contactez-nous sur @acme_air ou au service client Acme Air.',
      languageHint: undefined,
      engagement: {},
    });
  });

  it('keeps the owner reply out of the review body', () => {
    const body = adapter.bodyOf(card(0));
    expect(body).toHaveLength(1);
    expect(ownerReply(0).contains(body[0]!)).toBe(false);
    expect(adapter.extract(card(0), pageUrl).text).not.toContain('Bonjour Julie');
  });

  it('reads an English review on a French page with its own lang; the translate button is chrome', () => {
    const extracted = adapter.extract(card(2), pageUrl);
    expect(extracted.text).toBe(
      'Helpful staff but long queue. #acmeair should open a second desk.',
    );
    expect(extracted.languageHint).toBe('en');
    expect(extracted.engagement).toEqual({ rating: 3 });
  });

  it('treats non-breaking spaces as spaces and omits absent counts', () => {
    const extracted = adapter.extract(card(1), pageUrl);
    expect(extracted.text).toBe(
      'Conseillère au top 👍 Changement de vol fait en 5 minutes. Merci Acme Air !',
    );
    expect(extracted.engagement).toEqual({ rating: 5 });
  });

  it('unitOf() finds the owner reply or its review', () => {
    expect(adapter.unitOf(ownerReply(0).querySelector('span')!)).toBe(ownerReply(0));
    expect(adapter.unitOf(card(0).querySelector('.wiI7pd')!.firstChild!)).toBe(card(0));
    const innerButton = card(0).querySelector('button.al6Kxe')!;
    expect(adapter.unitOf(innerButton)).toBe(card(0));
    expect(adapter.unitOf(document.body)).toBeNull();
  });

  it('offers no reply box to a visitor', () => {
    expect(adapter.replyTarget(card(0))).toEqual({ editor: null, opener: null });
  });
});

describe('google maps adapter: English hotel reviews', () => {
  const pageUrl = new URL('https://maps.google.com/maps/place/Acme+Air+Lounge+Hotel+CDG');
  beforeEach(() => loadFixture('post.html'));

  it('counts a card once although its inner wrapper repeats the review id', () => {
    const kinds = adapter.findUnits(document).map((unit) => adapter.extract(unit, pageUrl).kind);
    expect(kinds).toEqual(['review', 'reply', 'review', 'reply', 'review']);
    expect(adapter.unitOf(card(0).querySelector('.wiI7pd')!)).toBe(card(0));
  });

  it('reads "4/5" hotel ratings and helpful counts', () => {
    expect(adapter.extract(card(0), pageUrl)).toMatchObject({
      kind: 'review',
      author: {
        name: 'Daniel Kim',
        url: 'https://www.google.com/maps/contrib/118765432109876543210/reviews?hl=en',
      },
      text: 'Great lounge before my Acme Air flight to Montréal. Showers were clean, food average. Still better than the SkyJet lounge next door ✈️',
      languageHint: 'en',
      engagement: { rating: 4, likes: 12 },
    });
    expect(adapter.extract(card(1), pageUrl)).toMatchObject({
      author: { name: 'Élodie Fabre' },
      languageHint: 'fr',
      engagement: { rating: 1, likes: 2 },
    });
  });

  it('reads an English owner reply and a rating-only review', () => {
    expect(adapter.extract(ownerReply(0), pageUrl).text).toBe(
      'Thanks Daniel! We are upgrading the buffet this summer. — Acme Air Lounge team',
    );
    const ratingOnly = adapter.extract(card(2), pageUrl);
    expect(ratingOnly.text).toBe('');
    expect(ratingOnly.engagement).toEqual({ rating: 5 });
    expect(adapter.bodyOf(card(2))).toEqual([]);
  });
});
