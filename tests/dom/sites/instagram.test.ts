import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter as ig } from '../../../lib/sites/instagram';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites/instagram');

function load(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

interface ReactFixture {
  rerenders: number;
  addPost(text: string): void;
  likeFirst(): void;
  editFirst(text: string): void;
}

/** Loads react-feed.html and runs its bundle (built with the real react-dom) in this window. */
async function renderReactFeed(): Promise<ReactFixture> {
  const html = readFileSync(join(FIXTURES, 'react-feed.html'), 'utf8').replace(
    /<script src="\.\/dist\/react-feed\.js"><\/script>/,
    '',
  );
  document.open();
  document.write(html);
  document.close();
  new Function(readFileSync(join(FIXTURES, 'dist/react-feed.js'), 'utf8'))();
  const fixture = (window as unknown as { __fixture: ReactFixture }).__fixture;
  // The first commit's effects install the fixture's API.
  await until(() => fixture.rerenders > 0);
  return fixture;
}

/** Polls `condition` until it holds (React commits and runs effects asynchronously). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('timed out waiting for React');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function units(): Element[] {
  return ig.findUnits(document);
}

function unit(index: number): Element {
  const found = units()[index];
  if (!found) throw new Error(`no unit #${index}`);
  return found;
}

describe('instagram: handles and matches', () => {
  it('accepts instagram.com hosts, rejects others', () => {
    expect(ig.handles(new URL('https://www.instagram.com/'))).toBe(true);
    expect(ig.handles(new URL('https://instagram.com/p/C0acmeAir/'))).toBe(true);
    for (const url of [
      'https://www.instagram.com.evil.example/',
      'https://about.instagram.com/',
      'https://www.facebook.com/',
      'https://www.threads.net/',
    ]) {
      expect(ig.handles(new URL(url)), url).toBe(false);
    }
    expect(ig.matches).toContain('https://www.instagram.com/*');
  });
});

describe('instagram: home feed', () => {
  const page = new URL('https://www.instagram.com/');
  beforeEach(() => load('feed.html'));

  it('finds the four posts', () => {
    const found = units();
    expect(found).toHaveLength(4);
    expect(found.every((el) => ig.extract(el, page).kind === 'post')).toBe(true);
    expect(found.map((el) => ig.extract(el, page).author.handle)).toEqual([
      '@acme_air',
      '@julie_mrt',
      '@skyjet',
      '@voyageur_malin',
    ]);
  });

  it('extracts a truncated caption without the "plus" toggle, and French counts', () => {
    expect(ig.extract(unit(0), page)).toEqual({
      network: 'instagram',
      kind: 'post',
      author: { name: 'acme_air', handle: '@acme_air', url: 'https://www.instagram.com/acme_air/' },
      permalink: 'https://www.instagram.com/p/C0acmeAir/',
      timestamp: '2024-05-12T14:33:10.000Z',
      text: 'Paris ✈️ Montréal : Acme Air vous emmène au Québec dès le 1er juin ! Bagage en soute offert pour les 500 premiers passagers, et un menu signé par un chef montréalais à bord',
      engagement: { likes: 1234, replies: 48 },
    });
    const caption = ig.bodyOf(unit(0))[0];
    const toggle = caption?.parentElement?.querySelector('[role="button"]');
    if (!toggle) throw new Error('no toggle');
    expect(toggle.textContent).toBe('plus');
    expect(ig.isHiddenText(toggle)).toBe(true);
    expect(caption?.contains(toggle)).toBe(false);
  });

  it('reads mentions and hashtags, a sponsored post without permalink, and a reel', () => {
    expect(ig.extract(unit(1), page)).toMatchObject({
      text: 'Sunset from seat 12A ✨ thanks @acme_air for the upgrade! #travel #AcmeAir',
      engagement: { likes: 87, replies: 6 },
    });
    const ad = ig.extract(unit(2), page);
    expect(ad.permalink).toBeUndefined();
    expect(ad.timestamp).toBeUndefined();
    expect(ad.engagement).toEqual({});
    expect(ig.extract(unit(3), page)).toMatchObject({
      permalink: 'https://www.instagram.com/reel/C7rEeLvOyAg/',
      timestamp: '2024-05-11T09:00:00.000Z',
      text: 'Comparatif bagages cabine 🧳 #SkyJet vs #acmeair : qui gagne ? Réponse en fin de vidéo 👀',
      engagement: { likes: 3402, replies: 215 },
    });
  });

  it("gives a post its comment box and the comment icon's button", () => {
    const target = ig.replyTarget(unit(0));
    expect(target.editor?.tagName).toBe('TEXTAREA');
    expect(target.editor?.getAttribute('aria-label')).toBe('Ajouter un commentaire…');
    expect(target.opener?.querySelector('svg')?.getAttribute('aria-label')).toBe('Commenter');
    expect(unit(0).contains(target.editor)).toBe(true);
  });
});

describe('instagram: post page with comments and replies', () => {
  const page = new URL('https://www.instagram.com/p/C0acmeAir/');
  beforeEach(() => load('post.html'));

  it('finds the post, comments and replies; the caption row belongs to the post', () => {
    expect(
      units().map((el) => [ig.extract(el, page).kind, ig.extract(el, page).author.handle]),
    ).toEqual([
      ['post', '@acme_air'],
      ['comment', '@julie_mrt'],
      ['reply', '@acme_air'],
      ['reply', '@julie_mrt'],
      ['comment', '@tom_baker'],
      ['comment', '@lea.voyage'],
    ]);
  });

  it('extracts the caption (h1, with its line break) as the post text', () => {
    expect(ig.extract(unit(0), page)).toEqual({
      network: 'instagram',
      kind: 'post',
      author: { name: 'acme_air', handle: '@acme_air', url: 'https://www.instagram.com/acme_air/' },
      permalink: 'https://www.instagram.com/p/C0acmeAir/',
      timestamp: '2024-05-12T14:33:10.000Z',
      text: 'Paris ✈️ Montréal : Acme Air vous emmène au Québec dès le 1er juin !\nBagage en soute offert pour les 500 premiers passagers. #acmeair #Montréal',
      engagement: { likes: 2345 },
    });
    expect(ig.bodyOf(unit(0))[0]?.tagName).toBe('H1');
  });

  it('extracts comments and replies with their permalinks and like counts', () => {
    expect(ig.extract(unit(1), page)).toEqual({
      network: 'instagram',
      kind: 'comment',
      author: {
        name: 'julie_mrt',
        handle: '@julie_mrt',
        url: 'https://www.instagram.com/julie_mrt/',
      },
      permalink: 'https://www.instagram.com/p/C0acmeAir/c/17900000000000001/',
      timestamp: '2024-05-12T15:00:00.000Z',
      text: 'Vol annulé hier soir et toujours aucune réponse du service client 😡 @acme_air',
      engagement: { likes: 12 },
    });
    expect(ig.extract(unit(2), page)).toEqual({
      network: 'instagram',
      kind: 'reply',
      author: { name: 'acme_air', handle: '@acme_air', url: 'https://www.instagram.com/acme_air/' },
      permalink: 'https://www.instagram.com/p/C0acmeAir/c/17900000000000001/r/17900000000000011/',
      timestamp: '2024-05-12T15:20:00.000Z',
      text: 'Bonjour Julie, nous vous avons répondu en message privé 🙏',
      engagement: { likes: 2 },
    });
    expect(ig.extract(unit(5), page)).toMatchObject({ text: '😍😍', engagement: {} });
  });

  it('keeps comments out of the post body and replies out of the comment', () => {
    const post = unit(0);
    const comment = unit(1);
    const reply = unit(2);
    expect(post.contains(comment)).toBe(true);
    expect(ig.bodyOf(post).some((el) => el.contains(comment))).toBe(false);
    expect(comment.contains(reply)).toBe(false);
    const replyText = ig.bodyOf(reply)[0]?.firstChild;
    if (!replyText) throw new Error('no reply text');
    expect(ig.unitOf(replyText)).toBe(reply);
    const captionText = ig.bodyOf(post)[0]?.firstChild;
    if (!captionText) throw new Error('no caption text');
    expect(ig.unitOf(captionText)).toBe(post);
  });

  it('gives the post the comment box and each comment its "Répondre" button', () => {
    expect(ig.replyTarget(unit(0)).editor?.getAttribute('aria-label')).toBe(
      'Ajouter un commentaire…',
    );
    for (const index of [1, 2, 4]) {
      const target = ig.replyTarget(unit(index));
      expect(target.editor).toBeNull();
      expect(target.opener?.textContent).toBe('Répondre');
      expect(unit(index).contains(target.opener)).toBe(true);
    }
  });
});

describe('instagram: React-rendered feed', () => {
  const page = new URL('https://www.instagram.com/');
  beforeAll(() => {
    execFileSync(process.execPath, ['tests/fixtures/build-react-fixtures.mjs', 'instagram']);
  });

  it('extracts the rendered posts and follows re-renders', async () => {
    const fixture = await renderReactFeed();
    const before = units();
    expect(before).toHaveLength(2);
    expect(ig.extract(unit(0), page)).toEqual({
      network: 'instagram',
      kind: 'post',
      author: { name: 'acme_air', handle: '@acme_air', url: 'https://www.instagram.com/acme_air/' },
      permalink: 'https://www.instagram.com/p/C8AcmeNTE01/',
      timestamp: '2024-05-14T08:00:00.000Z',
      text: 'Nantes ✈️ Porto dès juillet avec Acme Air ! #acmeair',
      engagement: { likes: 1234, replies: 48 },
    });

    const commits = fixture.rerenders;
    fixture.likeFirst();
    await until(() => fixture.rerenders > commits);
    expect(unit(0)).toBe(before[0]);
    expect(ig.extract(unit(0), page).engagement.likes).toBe(1235);

    fixture.addPost('Franchement, @acme_air a assuré 👍 #acmeair');
    await until(() => units().length === 3);
    expect(units()).toHaveLength(3);
    expect(units().slice(1)).toEqual(before);
    expect(ig.extract(unit(0), page).text).toBe('Franchement, @acme_air a assuré 👍 #acmeair');
    expect(ig.extract(unit(1), page).engagement.replies).toBe(49);

    const beforeEdit = fixture.rerenders;
    fixture.editFirst('Texte corrigé : SkyJet aussi');
    await until(() => fixture.rerenders > beforeEdit);
    expect(ig.extract(unit(0), page).text).toBe('Texte corrigé : SkyJet aussi');
    expect((window as unknown as { __reactErrors: unknown[] }).__reactErrors).toEqual([]);
  });
});
