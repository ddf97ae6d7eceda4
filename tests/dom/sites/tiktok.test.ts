import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tiktokAdapter as tt } from '../../../lib/sites/tiktok';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites/tiktok');
const VIDEO = 'https://www.tiktok.com/@acmeair/video/7300000000000000001';

function load(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function units(): Element[] {
  return tt.findUnits(document);
}

function unit(index: number): Element {
  const found = units()[index];
  if (!found) throw new Error(`no unit #${index}`);
  return found;
}

describe('tiktok: handles and matches', () => {
  it('accepts tiktok.com hosts, rejects others', () => {
    for (const url of ['https://www.tiktok.com/foryou', VIDEO, 'https://m.tiktok.com/v/1.html']) {
      expect(tt.handles(new URL(url)), url).toBe(true);
    }
    for (const url of [
      'https://www.tiktok.com.evil.example/',
      'https://ads.tiktok.com/',
      'https://www.youtube.com/',
    ]) {
      expect(tt.handles(new URL(url)), url).toBe(false);
    }
    expect(tt.matches).toContain('https://www.tiktok.com/*');
  });
});

describe('tiktok: For You feed', () => {
  const page = new URL('https://www.tiktok.com/foryou');
  beforeEach(() => load('feed.html'));

  it('finds the three videos as posts', () => {
    expect(
      units().map((el) => [tt.extract(el, page).kind, tt.extract(el, page).author.handle]),
    ).toEqual([
      ['post', '@acmeair'],
      ['post', '@sam.rivera'],
      ['post', '@skyjet'],
    ]);
  });

  it('extracts a caption (split brand, <a><strong> tags) without the "plus" button, time from the video id', () => {
    expect(tt.extract(unit(0), page)).toEqual({
      network: 'tiktok',
      kind: 'post',
      author: { name: 'Acme Air ✈️', handle: '@acmeair', url: 'https://www.tiktok.com/@acmeair' },
      permalink: VIDEO,
      timestamp: '2023-11-11T00:48:18.000Z',
      text: 'On a testé la nouvelle cabine Acme Air Paris – Montréal 🇨🇦 spoiler : les sièges sont incroyables et le repas est signé par un chef québécois, on vous montre tout #acmeair #voyage @skyjet',
      engagement: { likes: 12300, replies: 456, reposts: 78 },
    });
    const more = unit(0).querySelector('button[class*="ButtonExpand"]');
    if (!more) throw new Error('no plus button');
    expect(tt.isHiddenText(more)).toBe(true);
    expect(tt.bodyOf(unit(0)).some((el) => el.contains(more))).toBe(false);
  });

  it('reads counts like "98,1 K" and "2 345", and an ad without permalink', () => {
    expect(tt.extract(unit(1), page).engagement).toEqual({
      likes: 98100,
      replies: 2345,
      reposts: 1024,
    });
    const ad = tt.extract(unit(2), page);
    expect(ad.permalink).toBeUndefined();
    expect(ad.timestamp).toBeUndefined();
    expect(ad.text).toBe(
      'Envolez-vous avec SkyJet 🌍 -30 % sur Lisbonne et Porto cette semaine ! #SkyJet',
    );
  });

  it('offers the comment button of a feed item (no comment box until the panel opens)', () => {
    const target = tt.replyTarget(unit(0));
    expect(target.editor).toBeNull();
    expect(target.opener?.tagName).toBe('BUTTON');
    expect(target.opener?.querySelector('[data-e2e="comment-icon"]')).not.toBeNull();
  });
});

describe('tiktok: video page with comments and replies', () => {
  const page = new URL(`${VIDEO}?is_from_webapp=1&lang=fr`);
  beforeEach(() => load('post.html'));

  it('finds the caption, comments and replies', () => {
    expect(
      units().map((el) => [tt.extract(el, page).kind, tt.extract(el, page).author.name]),
    ).toEqual([
      ['post', 'Acme Air ✈️'],
      ['comment', 'Julie ✈️'],
      ['reply', 'Acme Air ✈️'],
      ['reply', 'Tom B'],
      ['comment', 'Tom B'],
      ['comment', 'Léa 🌸'],
    ]);
  });

  it('takes the permalink from the page URL, without tracking parameters', () => {
    expect(tt.extract(unit(0), page)).toEqual({
      network: 'tiktok',
      kind: 'post',
      author: { name: 'Acme Air ✈️', handle: '@acmeair', url: 'https://www.tiktok.com/@acmeair' },
      permalink: VIDEO,
      timestamp: '2023-11-11T00:48:18.000Z',
      text: 'On a testé la nouvelle cabine Acme Air Paris – Montréal 🇨🇦 spoiler : les sièges sont incroyables et le repas est signé par un chef québécois, on vous montre tout #acmeair #voyage @skyjet',
      engagement: { likes: 12300, replies: 456, reposts: 78 },
    });
  });

  it('extracts comments with the time encoded in their id and their reply counts', () => {
    expect(tt.extract(unit(1), page)).toEqual({
      network: 'tiktok',
      kind: 'comment',
      author: { name: 'Julie ✈️', handle: '@julie.mrt', url: 'https://www.tiktok.com/@julie.mrt' },
      timestamp: '2023-11-11T01:30:00.000Z',
      text: 'Vol annulé ce matin 😡 @Acme Air vous répondez quand ?',
      // Two replies shown + "Afficher 3 autres réponses".
      engagement: { likes: 1234, replies: 5 },
    });
    expect(tt.extract(unit(4), page).engagement).toEqual({ likes: 56, replies: 2 });
    expect(tt.extract(unit(5), page)).toMatchObject({ text: '😂😂', engagement: { likes: 0 } });
  });

  it('keeps replies separate from the comment they answer', () => {
    const comment = unit(1);
    const reply = unit(2);
    expect(comment.contains(reply)).toBe(false);
    expect(tt.extract(reply, page)).toEqual({
      network: 'tiktok',
      kind: 'reply',
      author: {
        name: 'Acme Air ✈️',
        handle: '@acmeair',
        url: 'https://www.tiktok.com/@acmeair',
      },
      timestamp: '2023-11-11T01:50:00.000Z',
      text: 'Bonjour Julie, on vous a répondu en DM 🙏',
      engagement: { likes: 87 },
    });
    const replyText = tt.bodyOf(reply)[0]?.firstChild;
    if (!replyText) throw new Error('no reply text');
    expect(tt.unitOf(replyText)).toBe(reply);
    expect(tt.bodyOf(comment)[0]?.textContent).not.toContain('Bonjour Julie');
  });

  it("finds the thread's reply input, the main comment input, and Répondre openers", () => {
    const post = tt.replyTarget(unit(0));
    expect(post.editor?.getAttribute('contenteditable')).toBe('true');
    expect(post.editor?.closest('[data-e2e="comment-input"]')).not.toBeNull();

    const julie = tt.replyTarget(unit(1));
    expect(julie.editor?.closest('[class*="DivReplyInputContainer"]')).not.toBeNull();
    expect(julie.opener?.getAttribute('data-e2e')).toBe('comment-reply-1');
    expect(tt.replyTarget(unit(3)).editor).toBe(julie.editor);
    expect(tt.replyTarget(unit(3)).opener?.getAttribute('data-e2e')).toBe('comment-reply-2');

    const tom = tt.replyTarget(unit(4));
    expect(tom.editor).toBeNull();
    expect(tom.opener?.textContent).toBe('Répondre');
  });
});
