import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { trustpilotAdapter as adapter } from '../../../lib/sites/trustpilot';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/trustpilot');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function cards(): Element[] {
  return Array.from(document.querySelectorAll('article[data-service-review-card-paper]'));
}

function card(index: number): Element {
  const found = cards()[index];
  if (!found) throw new Error(`no card ${index}`);
  return found;
}

describe('trustpilot adapter: handles()', () => {
  it('accepts www and the country sites, not the business app', () => {
    expect(adapter.handles(new URL('https://www.trustpilot.com/review/acme-air.example'))).toBe(
      true,
    );
    expect(adapter.handles(new URL('https://fr.trustpilot.com/review/acme-air.example'))).toBe(
      true,
    );
    expect(adapter.handles(new URL('https://de.trustpilot.com/reviews/662e78af'))).toBe(true);
    expect(adapter.handles(new URL('https://businessapp.b2b.trustpilot.com/reviews'))).toBe(false);
    expect(adapter.handles(new URL('https://trustpilot.com.evil.example/review/x'))).toBe(false);
    expect(adapter.matches).toContain('https://www.trustpilot.com/*');
    expect(adapter.matches).toContain('https://fr.trustpilot.com/*');
  });
});

describe('trustpilot adapter: French business page', () => {
  const pageUrl = new URL('https://fr.trustpilot.com/review/acme-air.example');
  beforeEach(() => loadFixture('feed.html'));

  it('finds four reviews and the two business replies, each after its review', () => {
    const units = adapter.findUnits(document);
    expect(units.map((unit) => adapter.extract(unit, pageUrl).kind)).toEqual([
      'review',
      'reply',
      'review',
      'review',
      'reply',
      'review',
    ]);
    expect(units[1] && card(0).contains(units[1])).toBe(true);
  });

  it('reads a review: reviewer, permalink, time, title and text, rating', () => {
    expect(adapter.extract(card(0), pageUrl)).toEqual({
      network: 'trustpilot',
      kind: 'review',
      author: {
        name: 'Camille Martin',
        url: 'https://fr.trustpilot.com/users/5f3c9e0b1a2b3c4d5e6f7a8b',
      },
      permalink: 'https://fr.trustpilot.com/reviews/66409b2e8f1d2a0c4b5e6f70',
      timestamp: '2024-05-12T14:33:10.000Z',
      text:
        'Vol annulé, aucun remboursement 😡\n' +
        'Vol Paris–Lisbonne annulé la veille par Acme Air. Trois semaines plus tard, toujours pas de remboursement.\n' +
        'J’ai écrit à @acme_air sur X et au service client : silence radio. La prochaine fois ce sera SkyJet.',
      languageHint: undefined,
      engagement: { rating: 1 },
    });
  });

  it('reads the business reply as its own unit', () => {
    const reply = adapter.findUnits(document)[1]!;
    expect(adapter.extract(reply, pageUrl)).toEqual({
      network: 'trustpilot',
      kind: 'reply',
      author: { name: 'Acme Air' },
      permalink: undefined,
      timestamp: '2024-05-13T09:12:00.000Z',
      text: 'Bonjour Camille, nous sommes sincèrement désolés. Votre dossier de remboursement est désormais prioritaire : vous recevrez un e-mail sous 48 h. L’équipe Acme Air',
      languageHint: undefined,
      engagement: {},
    });
  });

  it('keeps the reply out of the review body, and the review out of the reply', () => {
    const review = card(0);
    const body = adapter.bodyOf(review);
    expect(body.map((el) => el.tagName)).toEqual(['H2', 'P']);
    expect(adapter.extract(review, pageUrl).text).not.toContain('Bonjour Camille');
    const reply = adapter.findUnits(review)[1]!;
    expect(adapter.bodyOf(reply)).toHaveLength(1);
    expect(adapter.extract(reply, pageUrl).text).not.toContain('Vol annulé');
  });

  it('excludes the "See more" button and visually hidden labels', () => {
    const clamped = adapter.extract(card(2), pageUrl);
    expect(clamped.text).toBe(
      'Correct sans plus\nBagage en soute arrivé avec 2 h de retard à Nice. Personnel aimable mais l’appli Acme plante au moment de l’enregistrement. Le siège était propre, le café tiède, l’embarquement chaotique…',
    );
    const hiddenLabel = card(1).querySelector('.visually-hidden')!;
    expect(adapter.isHiddenText(hiddenLabel)).toBe(true);
  });

  it('reads a review by an anonymous customer, rating from the stars alt', () => {
    const extracted = adapter.extract(card(3), pageUrl);
    expect(extracted.author).toEqual({ name: 'Client Trustpilot', url: undefined });
    expect(extracted.engagement).toEqual({ rating: 2 });
  });

  it('unitOf() tells the reply from its review', () => {
    const replyText = card(0).querySelector('[data-service-review-business-reply-text-typography]')!
      .firstChild!;
    const reply = adapter.unitOf(replyText);
    expect(reply).not.toBe(card(0));
    expect(reply && adapter.extract(reply, pageUrl).kind).toBe('reply');
    const reviewText = card(0).querySelector('[data-service-review-text-typography]')!.firstChild!;
    expect(adapter.unitOf(reviewText)).toBe(card(0));
    expect(adapter.unitOf(document.querySelector('h1')!)).toBeNull();
  });

  it('finds the units of an added card, the card included', () => {
    const units = adapter.findUnits(card(2));
    expect(units).toHaveLength(2);
    expect(units[0]).toBe(card(2));
  });

  it('has no reply box on the public site', () => {
    expect(adapter.replyTarget(card(0))).toEqual({ editor: null, opener: null });
  });
});

describe('trustpilot adapter: English review page with replies', () => {
  const pageUrl = new URL('https://www.trustpilot.com/review/acme-air.example?page=2&stars=1');
  beforeEach(() => loadFixture('post.html'));

  it('finds three reviews and two replies', () => {
    const kinds = adapter.findUnits(document).map((unit) => adapter.extract(unit, pageUrl).kind);
    expect(kinds).toEqual(['review', 'reply', 'review', 'reply', 'review']);
  });

  it('reads an English reply with a line break, emoji and split brand', () => {
    const units = adapter.findUnits(document);
    expect(adapter.extract(units[1]!, pageUrl)).toMatchObject({
      kind: 'reply',
      author: { name: 'Acme Air' },
      timestamp: '2024-04-29T10:02:00.000Z',
      text: 'Hi Tom, we’re so sorry 🙏 Our baggage team has located your suitcase and it will be delivered tomorrow. — The Acme Air team',
    });
    expect(adapter.extract(units[3]!, pageUrl).text).toBe(
      'Hi Priya, delays are never acceptable.\nPlease send your booking reference to @acme_air so we can offer compensation.',
    );
  });

  it('reads the rating from "Rated 1 out of 5 stars" when the attribute is missing', () => {
    const extracted = adapter.extract(card(1), pageUrl);
    expect(extracted.engagement).toEqual({ rating: 1 });
    expect(extracted.author).toEqual({
      name: 'Priya',
      url: 'https://www.trustpilot.com/users/63d4e5f60718293a4b5c6d7e',
    });
    expect(extracted.permalink).toBe('https://www.trustpilot.com/reviews/662b53bd4a3c2b1a09f8e7d6');
    expect(extracted.text).toBe(
      'Switching to SkyJet\nThird delay this year with Acme. SkyJet is cheaper and actually on time. #acmeair #neveragain',
    );
  });
});
