import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { blueskyAdapter as adapter } from '../../../lib/sites/bluesky';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/bluesky');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function item(testId: string, index = 0): Element {
  const found = document.querySelectorAll(`[data-testid="${testId}"]`)[index];
  if (!found) throw new Error(`no ${testId} #${index}`);
  return found;
}

/** Bluesky prints dates in the viewer's time zone; the fixture's labels are local times. */
function local(year: number, month: number, day: number, hours: number, minutes: number): string {
  return new Date(year, month - 1, day, hours, minutes).toISOString();
}

describe('bluesky adapter: handles()', () => {
  it('accepts bsky.app only', () => {
    expect(adapter.handles(new URL('https://bsky.app/profile/acmeair.bsky.social'))).toBe(true);
    expect(adapter.handles(new URL('https://bsky.social/'))).toBe(false);
    expect(adapter.handles(new URL('https://bsky.app.evil.example/'))).toBe(false);
    expect(adapter.matches).toEqual(['https://bsky.app/*']);
  });
});

describe('bluesky adapter: French home feed', () => {
  const pageUrl = new URL('https://bsky.app/');
  beforeEach(() => loadFixture('feed.html'));

  it('finds the four feed items, a reply among them; the quote card is not a unit', () => {
    const units = adapter.findUnits(document);
    expect(units.map((unit) => unit.getAttribute('data-testid'))).toEqual([
      'feedItem-by-camille.bsky.social',
      'feedItem-by-jane.example.com',
      'feedItem-by-acmeair.bsky.social',
      'feedItem-by-paul.bsky.social',
    ]);
    expect(units.map((unit) => adapter.extract(unit, pageUrl).kind)).toEqual([
      'post',
      'reply',
      'post',
      'post',
    ]);
  });

  it('reads a post: names without bidi marks, local date from the label, counts from labels', () => {
    expect(adapter.extract(item('feedItem-by-camille.bsky.social'), pageUrl)).toEqual({
      network: 'bluesky',
      kind: 'post',
      author: {
        name: 'Camille 🌻',
        handle: '@camille.bsky.social',
        url: 'https://bsky.app/profile/camille.bsky.social',
      },
      permalink: 'https://bsky.app/profile/camille.bsky.social/post/3kt2aa1xyz11',
      timestamp: local(2024, 5, 12, 10, 14),
      text: 'Troisième vol annulé chez Acme Air 😡 @acmeair.bsky.social vous remboursez quand ?\n#acmeair #déçu',
      languageHint: 'fr',
      engagement: { likes: 1234, replies: 4, reposts: 12 },
    });
  });

  it('reads a reply with a custom-domain handle and zero counts', () => {
    const extracted = adapter.extract(item('feedItem-by-jane.example.com'), pageUrl);
    expect(extracted).toMatchObject({
      kind: 'reply',
      author: { name: 'Jane 🌍', handle: '@jane.example.com' },
      text: 'Same here, Acme Air left us stuck at CDG. SkyJet rebooked my friend in 20 min ✈️',
      languageHint: 'en',
      engagement: { likes: 3, replies: 0, reposts: 0 },
    });
    expect(extracted.text).not.toContain('Réponse à');
  });

  it('reads a repost as its original author; "Voir plus" is not text', () => {
    const extracted = adapter.extract(item('feedItem-by-acmeair.bsky.social'), pageUrl);
    expect(extracted.author.handle).toBe('@acmeair.bsky.social');
    expect(extracted.text.endsWith('Nous publierons un point de situation à 18 h.')).toBe(true);
    expect(extracted.text).not.toContain('Voir plus');
    expect(extracted.text).not.toContain('Reposté');
  });

  it('keeps a quoted post out of the quoting post', () => {
    const quoting = item('feedItem-by-paul.bsky.social');
    expect(adapter.bodyOf(quoting)).toHaveLength(1);
    expect(adapter.extract(quoting, pageUrl).text).toBe('Corporate speak at its finest 🙄');
  });

  it('unitOf() finds the feed item around a mention link', () => {
    const mention = item('feedItem-by-camille.bsky.social').querySelector(
      'a[href^="/profile/did:"]',
    )!;
    expect(adapter.unitOf(mention)).toBe(item('feedItem-by-camille.bsky.social'));
    expect(adapter.unitOf(item('composePostView'))).toBeNull();
  });

  it('finds the open composer for the post it answers, the reply button for the others', () => {
    const answered = adapter.replyTarget(item('feedItem-by-camille.bsky.social'));
    expect(answered.editor?.classList.contains('ProseMirror')).toBe(true);
    expect(answered.opener).toBeNull();
    const other = adapter.replyTarget(item('feedItem-by-jane.example.com'));
    expect(other.editor).toBeNull();
    expect(other.opener?.getAttribute('data-testid')).toBe('replyBtn');
    expect(other.opener?.closest('[data-testid^="feedItem-by-"]')).toBe(
      item('feedItem-by-jane.example.com'),
    );
  });
});

describe('bluesky adapter: thread', () => {
  const pageUrl = new URL('https://bsky.app/profile/acmeair.bsky.social/post/3kt2ac9acme2');
  beforeEach(() => loadFixture('post.html'));

  it('finds the root, the anchor and the replies', () => {
    const summary = adapter.findUnits(document).map((unit) => {
      const extracted = adapter.extract(unit, pageUrl);
      return `${extracted.kind}:${extracted.author.handle}`;
    });
    expect(summary).toEqual([
      'post:@camille.bsky.social',
      'reply:@acmeair.bsky.social',
      'reply:@jane.example.com',
      'reply:@acmeair.bsky.social',
    ]);
  });

  it('reads the anchor post: text without a test id, date from the page, counts', () => {
    const anchor = item('postThreadItem-by-acmeair.bsky.social', 0);
    expect(adapter.extract(anchor, pageUrl)).toEqual({
      network: 'bluesky',
      kind: 'reply',
      author: {
        name: 'Acme Air ✈️',
        handle: '@acmeair.bsky.social',
        url: 'https://bsky.app/profile/acmeair.bsky.social',
      },
      permalink: 'https://bsky.app/profile/acmeair.bsky.social/post/3kt2ac9acme2',
      timestamp: '2024-05-12T10:30:00.000Z',
      text: '@camille.bsky.social Bonjour Camille, toutes nos excuses 🙏 Votre remboursement est en cours : acme-air.example/fr/suivi',
      languageHint: 'fr',
      engagement: { likes: 1204, replies: 2, reposts: 4 },
    });
    const body = adapter.bodyOf(anchor);
    expect(body).toHaveLength(1);
    expect(body[0]?.tagName).toBe('DIV');
  });

  it('reads English date labels of replies', () => {
    const reply = adapter.extract(item('postThreadItem-by-jane.example.com'), pageUrl);
    expect(reply.timestamp).toBe(local(2024, 5, 12, 12, 40));
    expect(reply.permalink).toBe('https://bsky.app/profile/jane.example.com/post/3kt2ae2jane2');
    expect(reply.engagement).toEqual({ likes: 31, replies: 1, reposts: 0 });
    const root = adapter.extract(item('postThreadItem-by-camille.bsky.social'), pageUrl);
    expect(root.timestamp).toBe(local(2024, 5, 12, 10, 14));
    expect(root.engagement.likes).toBe(1234);
  });

  it('opens replies with each post own button', () => {
    const target = adapter.replyTarget(item('postThreadItem-by-acmeair.bsky.social', 1));
    expect(target.editor).toBeNull();
    expect(target.opener?.getAttribute('aria-label')).toBe('Reply (0 replies)');
  });
});
