import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../../lib/sites/facebook';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites/facebook');

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
  return fb.findUnits(document);
}

function unit(index: number): Element {
  const found = units()[index];
  if (!found) throw new Error(`no unit #${index}`);
  return found;
}

describe('facebook: handles and matches', () => {
  it('accepts www, web and m hosts, rejects others', () => {
    for (const url of [
      'https://www.facebook.com/',
      'https://web.facebook.com/acmeair/posts/pfbid02',
      'https://m.facebook.com/story.php?story_fbid=1&id=2',
    ]) {
      expect(fb.handles(new URL(url)), url).toBe(true);
    }
    for (const url of [
      'https://facebook.com.evil.example/',
      'https://www.instagram.com/',
      'https://developers.facebook.com/docs',
      'https://example.com/facebook.com',
    ]) {
      expect(fb.handles(new URL(url)), url).toBe(false);
    }
    expect(fb.matches).toEqual([
      'https://www.facebook.com/*',
      'https://web.facebook.com/*',
      'https://m.facebook.com/*',
    ]);
  });
});

describe('facebook: news feed', () => {
  const page = new URL('https://www.facebook.com/');
  beforeEach(() => load('feed.html'));

  it('finds posts, the inline comment and its reply', () => {
    const found = units();
    expect(found).toHaveLength(6);
    expect(found.map((el) => fb.extract(el, page).kind)).toEqual([
      'post',
      'comment',
      'reply',
      'post',
      'post',
      'post',
    ]);
    expect(found.map((el) => fb.extract(el, page).author.name)).toEqual([
      'Acme Air',
      'Marc Leroy',
      'Acme Air',
      'Sophie Laurent',
      'SkyJet',
      'Nadia Benali',
    ]);
  });

  it('extracts a page post: paragraphs, split brand, emoji, no "Voir plus", counts', () => {
    expect(fb.extract(unit(0), page)).toEqual({
      network: 'facebook',
      kind: 'post',
      author: { name: 'Acme Air', handle: 'acmeair', url: 'https://www.facebook.com/acmeair' },
      permalink: 'https://www.facebook.com/acmeair/posts/pfbid0acme',
      text:
        'Grande nouvelle ! 🎉 Acme Air ouvre une ligne directe Paris – Montréal dès le 1er juin. #acmeair\n' +
        'Pour fêter ça, les 500 premiers passagers recevront un bagage en soute offert, et nos équipes vous réservent quelques surprises à bord…',
      engagement: { likes: 1200, replies: 48, reposts: 12 },
    });
  });

  it('treats the "Voir plus" toggle as hidden text and keeps comments out of the post body', () => {
    const post = unit(0);
    const [body] = fb.bodyOf(post);
    if (!body) throw new Error('no body');
    const toggle = Array.from(body.querySelectorAll('[role="button"]')).find(
      (el) => el.textContent === 'Voir plus',
    );
    expect(toggle && fb.isHiddenText(toggle)).toBe(true);
    expect(body.contains(unit(1))).toBe(false);
    expect(fb.bodyOf(unit(1))[0]?.textContent).toContain('Enfin une ligne directe');
    expect(fb.unitOf(fb.bodyOf(unit(2))[0] as Element)).toBe(unit(2));
  });

  it('extracts the inline comment and reply with their language and comment permalinks', () => {
    expect(fb.extract(unit(1), page)).toEqual({
      network: 'facebook',
      kind: 'comment',
      author: {
        name: 'Marc Leroy',
        handle: 'marc.leroy.75',
        url: 'https://www.facebook.com/marc.leroy.75',
      },
      permalink: 'https://www.facebook.com/acmeair/posts/pfbid0acme?comment_id=901234567890123',
      text: 'Enfin une ligne directe vers Montréal 😍 Merci Acme Air !',
      languageHint: 'fr-FR',
      engagement: { likes: 3 },
    });
    expect(fb.extract(unit(2), page)).toMatchObject({
      kind: 'reply',
      permalink:
        'https://www.facebook.com/acmeair/posts/pfbid0acme?comment_id=901234567890123&reply_comment_id=901234567899999',
      text: 'Merci Marc ! Bon voyage avec nous ✈️',
    });
  });

  it('reads a profile.php author, a sponsored post without permalink and a group post', () => {
    expect(fb.extract(unit(3), page)).toEqual({
      network: 'facebook',
      kind: 'post',
      author: {
        name: 'Sophie Laurent',
        url: 'https://www.facebook.com/profile.php?id=100012345678',
      },
      permalink: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0SoPhIe&id=100012345678',
      text: 'Honestly impressed by Acme Air today: rebooked in 5 minutes after my SkyJet flight got cancelled. 👏',
      engagement: { likes: 27, replies: 5 },
    });
    const ad = fb.extract(unit(4), page);
    expect(ad.permalink).toBeUndefined();
    expect(ad.engagement).toEqual({ likes: 842, reposts: 31 });
    expect(fb.extract(unit(5), page)).toMatchObject({
      author: {
        name: 'Nadia Benali',
        url: 'https://www.facebook.com/groups/voyageursmalins/user/100098765/',
      },
      permalink: 'https://www.facebook.com/groups/voyageursmalins/posts/1234567890123/',
      text: "Quelqu'un a testé la classe éco d'Acme Air sur Paris–Montréal ? On hésite avec SkyJet 🤔",
    });
  });

  it('finds the post composer, else the Commenter button; comments get the Répondre button', () => {
    const withComposer = fb.replyTarget(unit(0));
    expect(withComposer.editor?.getAttribute('aria-label')).toBe('Écrivez un commentaire…');
    expect(withComposer.opener?.getAttribute('aria-label')).toBe('Laissez un commentaire');

    const withoutComposer = fb.replyTarget(unit(3));
    expect(withoutComposer.editor).toBeNull();
    expect(withoutComposer.opener?.textContent).toBe('Commenter');

    const comment = fb.replyTarget(unit(1));
    expect(comment.editor).toBeNull();
    expect(comment.opener?.textContent).toBe('Répondre');
    expect(unit(1).contains(comment.opener)).toBe(true);
  });
});

describe('facebook: post page with comments and replies', () => {
  const page = new URL('https://www.facebook.com/acmeair/posts/pfbid0acme');
  beforeEach(() => load('post.html'));

  it('finds the post, comments and replies in document order', () => {
    expect(
      units().map((el) => [fb.extract(el, page).kind, fb.extract(el, page).author.name]),
    ).toEqual([
      ['post', 'Acme Air'],
      ['comment', 'Julie Martin'],
      ['reply', 'Acme Air'],
      ['reply', 'Julie Martin'],
      ['comment', 'Tom Baker'],
      ['comment', 'Nadia Benali'],
      ['comment', 'Léo Girard'],
      ['reply', 'Acme Air'],
    ]);
  });

  it('uses the page URL as permalink when the time link is still "#"', () => {
    expect(fb.extract(unit(0), page)).toEqual({
      network: 'facebook',
      kind: 'post',
      author: { name: 'Acme Air', handle: 'acmeair', url: 'https://www.facebook.com/acmeair' },
      permalink: 'https://www.facebook.com/acmeair/posts/pfbid0acme',
      text:
        'Nouvelle ligne Paris – Montréal dès le 1er juin ! 🇨🇦 Acme Air vous offre le bagage en soute pour toute réservation avant le 15 mai.\n' +
        'New route Paris – Montréal from June 1st. #acmeair #Montréal',
      engagement: { likes: 2400, replies: 312, reposts: 87 },
    });
  });

  it('extracts comments with their lang, truncated text and reactions', () => {
    expect(fb.extract(unit(1), page)).toEqual({
      network: 'facebook',
      kind: 'comment',
      author: {
        name: 'Julie Martin',
        handle: 'julie.martin.75',
        url: 'https://www.facebook.com/julie.martin.75',
      },
      permalink: 'https://www.facebook.com/acmeair/posts/pfbid0acme?comment_id=111',
      text: 'Franchement déçue par Acme Air, vol retardé de 3 h sans aucune info 😡 #AcmeAirFail',
      languageHint: 'fr-FR',
      engagement: { likes: 12 },
    });
    expect(fb.extract(unit(4), page)).toMatchObject({
      languageHint: 'en-GB',
      text: 'SkyJet is cheaper and their app actually works. Just saying 🤷',
      engagement: { likes: 5 },
    });
    const truncated = fb.extract(unit(5), page);
    expect(truncated.text.endsWith('pendant les 7 heures…')).toBe(true);
    expect(truncated.text).not.toContain('Voir plus');
    expect(truncated.engagement).toEqual({});
    expect(fb.extract(unit(7), page)).toMatchObject({
      kind: 'reply',
      permalink:
        'https://www.facebook.com/acmeair/posts/pfbid0acme?comment_id=141&reply_comment_id=142',
      text: 'Hi Léo, yes! Our partner lounge at YUL is open to all Acme Air Gold members.',
      languageHint: 'en-US',
    });
  });

  it('keeps replies and comments as separate units from the post and from each other', () => {
    const post = unit(0);
    const comment = unit(1);
    const reply = unit(2);
    expect(post.contains(comment)).toBe(true);
    expect(comment.contains(reply)).toBe(false);
    expect(fb.bodyOf(post).some((el) => el.contains(comment))).toBe(false);
    const replyText = fb.bodyOf(reply)[0]?.firstChild;
    if (!replyText) throw new Error('no reply text');
    expect(fb.unitOf(replyText)).toBe(reply);
  });

  it("finds the thread's reply composer for a comment and its replies, the post's own composer for the post", () => {
    expect(fb.replyTarget(unit(0)).editor?.getAttribute('aria-label')).toBe(
      'Écrivez un commentaire public…',
    );
    for (const index of [1, 2, 3]) {
      expect(fb.replyTarget(unit(index)).editor?.getAttribute('aria-label')).toBe(
        'Répondre à Julie Martin',
      );
    }
    const tom = fb.replyTarget(unit(4));
    expect(tom.editor).toBeNull();
    expect(tom.opener?.textContent).toBe('Répondre');
    expect(unit(4).contains(tom.opener)).toBe(true);
  });
});

describe('facebook: React-rendered feed', () => {
  const page = new URL('https://www.facebook.com/');
  beforeAll(() => {
    execFileSync(process.execPath, ['tests/fixtures/build-react-fixtures.mjs', 'facebook']);
  });

  it('extracts the rendered posts and follows re-renders', async () => {
    const fixture = await renderReactFeed();
    const before = units();
    expect(
      before.map((el) => [fb.extract(el, page).kind, fb.extract(el, page).author.name]),
    ).toEqual([
      ['post', 'Acme Air'],
      ['comment', 'Julie Martin'],
      ['post', 'Sam Rivera'],
    ]);
    expect(fb.extract(unit(0), page)).toEqual({
      network: 'facebook',
      kind: 'post',
      author: { name: 'Acme Air', handle: 'acmeair', url: 'https://www.facebook.com/acmeair' },
      permalink: 'https://www.facebook.com/acmeair/posts/pfbid02AcmeNantes',
      text: 'Nouvelle ligne Nantes – Porto dès juillet ✈️ Réservez dès maintenant ! #acmeair',
      engagement: { likes: 1200, replies: 41 },
    });
    expect(fb.extract(unit(1), page)).toMatchObject({
      permalink: 'https://www.facebook.com/acmeair/posts/pfbid02AcmeNantes?comment_id=7001',
      languageHint: 'fr-FR',
    });
    expect(fb.replyTarget(unit(0)).editor?.getAttribute('aria-label')).toBe(
      'Écrivez un commentaire…',
    );

    const commits = fixture.rerenders;
    fixture.likeFirst();
    await until(() => fixture.rerenders > commits);
    expect(unit(0)).toBe(before[0]);

    fixture.addPost('Franchement, Acme Air a assuré 👍 #acmeair');
    await until(() => units().length === 4);
    expect(units()).toHaveLength(4);
    expect(units().slice(1)).toEqual(before);
    expect(fb.extract(unit(0), page).text).toBe('Franchement, Acme Air a assuré 👍 #acmeair');
    expect(fb.extract(unit(1), page).engagement.replies).toBe(42);

    const beforeEdit = fixture.rerenders;
    fixture.editFirst('Texte corrigé : SkyJet aussi');
    await until(() => fixture.rerenders > beforeEdit);
    expect(fb.extract(unit(0), page).text).toBe('Texte corrigé : SkyJet aussi');
    expect((window as unknown as { __reactErrors: unknown[] }).__reactErrors).toEqual([]);
  });
});
