import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tripadvisorAdapter as adapter } from '../../../lib/sites/tripadvisor';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/tripadvisor');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function card(index: number): Element {
  const found = document.querySelectorAll('[data-automation="reviewCard"]')[index];
  if (!found) throw new Error(`no card ${index}`);
  return found;
}

function responseOf(index: number): Element {
  const units = adapter.findUnits(card(index));
  const response = units[1];
  if (!response) throw new Error(`no response in card ${index}`);
  return response;
}

describe('tripadvisor adapter: handles()', () => {
  it('accepts the national sites and rejects look-alikes', () => {
    for (const host of [
      'www.tripadvisor.com',
      'www.tripadvisor.fr',
      'www.tripadvisor.co.uk',
      'fr.tripadvisor.ca',
    ]) {
      expect(adapter.handles(new URL(`https://${host}/Airline_Review-d8729123`))).toBe(true);
    }
    expect(adapter.handles(new URL('https://tripadvisor.fr.example/x'))).toBe(false);
    expect(adapter.handles(new URL('https://www.trustpilot.com/review/x'))).toBe(false);
    expect(adapter.matches).toContain('https://www.tripadvisor.fr/*');
  });
});

describe('tripadvisor adapter: French reviews page', () => {
  const pageUrl = new URL('https://www.tripadvisor.fr/Airline_Review-d8729123-Reviews-Acme-Air');
  beforeEach(() => loadFixture('feed.html'));

  it('finds three reviews and two owner responses, each after its review', () => {
    const kinds = adapter.findUnits(document).map((unit) => adapter.extract(unit, pageUrl).kind);
    expect(kinds).toEqual(['review', 'reply', 'review', 'review', 'reply']);
  });

  it('reads a review: profile, permalink, written date, title and text, bubbles', () => {
    expect(adapter.extract(card(0), pageUrl)).toEqual({
      network: 'tripadvisor',
      kind: 'review',
      author: {
        name: 'Camille M',
        handle: 'CamilleM75',
        url: 'https://www.tripadvisor.fr/Profile/CamilleM75',
      },
      permalink:
        'https://www.tripadvisor.fr/ShowUserReviews-g1-d8729123-r945612345-Acme_Air-World.html',
      timestamp: '2024-05-14T00:00:00.000Z',
      text:
        'Vol annulé et bagage perdu 😤\n' +
        'Vol AC 412 annulé la veille, rebooké 24 h plus tard. À l’arrivée, ma valise était restée à Orly.\n' +
        'Acme Air ne répond ni au téléphone ni sur @acme_air. Franchement, SkyJet fait mieux pour le même prix. Je demande le remboursement intégral et une indemnisation selon le règlement européen…',
      languageHint: undefined,
      engagement: { rating: 1 },
    });
  });

  it('reads the owner response as its own reply unit', () => {
    expect(adapter.extract(responseOf(0), pageUrl)).toEqual({
      network: 'tripadvisor',
      kind: 'reply',
      author: { name: 'Marie L' },
      permalink: undefined,
      timestamp: '2024-05-16T00:00:00.000Z',
      text: 'Bonjour Camille, nous sommes désolés pour ce voyage. Votre bagage vous a été livré et le remboursement a été validé. L’équipe Acme Air',
      languageHint: undefined,
      engagement: {},
    });
  });

  it('keeps review and response bodies apart; "Lire la suite" is not text', () => {
    const review = card(0);
    const body = adapter.bodyOf(review);
    expect(body.map((el) => el.getAttribute('data-test-target'))).toEqual([
      'review-title',
      'review-body',
    ]);
    const text = adapter.extract(review, pageUrl).text;
    expect(text).not.toContain('Lire la suite');
    expect(text).not.toContain('Bonjour Camille');
    expect(text).not.toContain('opinion subjective');
    expect(adapter.isHiddenText(review.querySelector('button.UikNM')!)).toBe(true);
    expect(adapter.bodyOf(responseOf(0))).toHaveLength(1);
  });

  it('uses the name link, not the avatar link, and the profile slug as handle', () => {
    const extracted = adapter.extract(card(1), pageUrl);
    expect(extracted.author).toEqual({
      name: 'Hélène R',
      handle: 'voyageur_nantais',
      url: 'https://www.tripadvisor.fr/Profile/voyageur_nantais',
    });
    expect(extracted.engagement).toEqual({ rating: 5 });
    expect(extracted.timestamp).toBe('2024-05-10T00:00:00.000Z');
  });

  it('unitOf() tells a response from its review', () => {
    const responseText = card(2).querySelectorAll('span.JguWG')[1]!.firstChild!;
    expect(adapter.unitOf(responseText)).toBe(responseOf(2));
    const reviewText = card(2).querySelector('span.JguWG')!.firstChild!;
    expect(adapter.unitOf(reviewText)).toBe(card(2));
    expect(adapter.unitOf(document.querySelector('h1')!)).toBeNull();
  });

  it('has no reply box for a visitor', () => {
    expect(adapter.replyTarget(card(0))).toEqual({ editor: null, opener: null });
  });
});

describe('tripadvisor adapter: English page with owner responses', () => {
  const pageUrl = new URL(
    'https://www.tripadvisor.co.uk/Airline_Review-d8729123-Reviews-or5-Acme-Air',
  );
  beforeEach(() => loadFixture('post.html'));

  it('finds every review followed by its response', () => {
    const kinds = adapter.findUnits(document).map((unit) => adapter.extract(unit, pageUrl).kind);
    expect(kinds).toEqual(['review', 'reply', 'review', 'reply']);
  });

  it('reads English dates and the aria-label rating', () => {
    const review = adapter.extract(card(0), pageUrl);
    expect(review.timestamp).toBe('2024-05-12T00:00:00.000Z');
    expect(review.engagement).toEqual({ rating: 2 });
    expect(review.text.startsWith('Delayed again\nTwo-hour delay at Gatwick')).toBe(true);
    expect(review.text).not.toContain('Read more');
    const response = adapter.extract(responseOf(0), pageUrl);
    expect(response).toMatchObject({
      kind: 'reply',
      author: { name: 'Marie L' },
      timestamp: '2024-05-13T00:00:00.000Z',
    });
    expect(response.text).toContain('🙏');
  });

  it('reads a reviewer with a single profile link', () => {
    expect(adapter.extract(card(1), pageUrl).author).toEqual({
      name: 'Kieran O',
      handle: 'k_oconnor',
      url: 'https://www.tripadvisor.co.uk/Profile/k_oconnor',
    });
  });
});

describe('tripadvisor adapter: pre-2021 list fallback', () => {
  it('reads .review-container cards with .mgrRspnInline responses', () => {
    document.body.innerHTML = `
      <div class="review-container" data-reviewid="512345678">
        <div class="reviewSelector"><div class="info_text"><a class="memberOverlayLink" href="/Profile/OldTimer">OldTimer</a></div>
          <span class="ui_bubble_rating bubble_20"></span><span class="ratingDate" title="3 mars 2019">Avis écrit il y a 5 ans</span>
          <div class="quote"><a href="/ShowUserReviews-g1-d8729123-r512345678-Acme_Air-World.html"><span class="noQuotes">Bof</span></a></div>
          <div class="entry"><p class="partial_entry">Acme Air en retard.</p></div>
          <div class="mgrRspnInline"><div class="header"><div class="prw_rup">Réponse de Service Client, Acme Air</div><span class="responseDate">Répondu le 5 mars 2019</span></div>
            <div class="entry"><p class="partial_entry">Toutes nos excuses.</p></div></div>
        </div>
      </div>`;
    const pageUrl = new URL('https://www.tripadvisor.fr/Airline_Review-d8729123');
    const [review, response] = adapter.findUnits(document);
    expect(adapter.extract(review!, pageUrl)).toMatchObject({
      kind: 'review',
      author: { name: 'OldTimer', handle: 'OldTimer' },
      timestamp: '2019-03-03T00:00:00.000Z',
      text: 'Bof\nAcme Air en retard.',
      engagement: { rating: 2 },
    });
    expect(adapter.extract(response!, pageUrl)).toMatchObject({
      kind: 'reply',
      author: { name: 'Service Client' },
      timestamp: '2019-03-05T00:00:00.000Z',
      text: 'Toutes nos excuses.',
    });
  });
});
