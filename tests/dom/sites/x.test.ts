import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { xAdapter as x } from '../../../lib/sites/x';

function load(name: string): void {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/sites/x', name), 'utf8');
  document.open();
  document.write(html);
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
  const dir = join(process.cwd(), 'tests/fixtures/sites/x');
  const html = readFileSync(join(dir, 'react-feed.html'), 'utf8').replace(
    /<script src="\.\/dist\/react-feed\.js"><\/script>/,
    '',
  );
  document.open();
  document.write(html);
  document.close();
  new Function(readFileSync(join(dir, 'dist/react-feed.js'), 'utf8'))();
  const fixture = (window as unknown as { __fixture: ReactFixture }).__fixture;
  // The first commit's effects install the fixture's API.
  await until(() => fixture.rerenders > 0);
  return fixture;
}

function reactErrors(): unknown[] {
  return (window as unknown as { __reactErrors: unknown[] }).__reactErrors;
}

/** Polls `condition` until it holds (React commits and runs effects asynchronously). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('timed out waiting for React');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function units(): Element[] {
  return x.findUnits(document);
}

function unit(index: number): Element {
  const found = units()[index];
  if (!found) throw new Error(`no unit #${index}`);
  return found;
}

describe('x: handles and matches', () => {
  it('accepts X and Twitter hosts, rejects others', () => {
    for (const url of [
      'https://x.com/home',
      'https://twitter.com/acme_air/status/1',
      'https://mobile.x.com/home',
      'https://mobile.twitter.com/home',
    ]) {
      expect(x.handles(new URL(url)), url).toBe(true);
    }
    for (const url of [
      'https://example.com/',
      'https://x.com.evil.example/home',
      'https://notx.com/',
      'https://www.facebook.com/',
      'ftp://x.com/',
    ]) {
      expect(x.handles(new URL(url)), url).toBe(false);
    }
    expect(x.matches).toContain('https://x.com/*');
    expect(x.matches).toContain('https://twitter.com/*');
    expect(x.matches).toContain('https://mobile.x.com/*');
  });
});

describe('x: home timeline', () => {
  const page = new URL('https://x.com/home');
  beforeEach(() => load('feed.html'));

  it('finds every post, the quote card as its own unit, in document order', () => {
    const found = units();
    expect(found).toHaveLength(8);
    expect(found.map((el) => x.extract(el, page).author.handle)).toEqual([
      '@acme_air',
      '@tombaker_ux',
      '@lea_dbs',
      '@skyjet',
      '@acmeair_help',
      '@skyjet',
      '@marc_voyage',
      '@voyageur_malin',
    ]);
    expect(found.map((el) => x.extract(el, page).kind)).toEqual([
      'post',
      'post',
      'post',
      'post',
      'post',
      'post',
      'reply',
      'post',
    ]);
  });

  it('extracts a brand post: split name, emoji image, hidden t.co parts, counts', () => {
    expect(x.extract(unit(0), page)).toEqual({
      network: 'x',
      kind: 'post',
      author: { name: 'Acme Air', handle: '@acme_air', url: 'https://x.com/acme_air' },
      permalink: 'https://x.com/acme_air/status/1789680000000000001',
      timestamp: '2024-05-12T14:33:10.000Z',
      text: 'Cet été, Acme Air relie Paris à Montréal ✈️ dès 299 €.\nRéservez sur acmeair.com/ete-2024… #acmeair',
      languageHint: 'fr',
      engagement: { replies: 12, reposts: 34, likes: 1234, views: 45678 },
    });
  });

  it('reads only what is in the DOM of a truncated post, without the "Afficher plus" button', () => {
    const extracted = x.extract(unit(1), page);
    expect(extracted.text).toBe(
      'Third delay this month with @acme_air 😤 Flight AC123 to Lyon stuck on the tarmac for 2 hours, no water, no info.\n\n' +
        'Honestly thinking about switching to SkyJet next time. The crew was lovely but the ground staff in Orly kept sending us from one desk to another and nobody could tell us when we would…',
    );
    expect(extracted.text).not.toContain('Afficher plus');
    expect(extracted.languageHint).toBe('en');
    expect(extracted.engagement).toEqual({ replies: 3, likes: 27, views: 2104 });
  });

  it('keeps a quoted post separate from the post that quotes it', () => {
    const outer = unit(2);
    const quote = unit(3);
    expect(outer.contains(quote)).toBe(true);

    const outerBody = x.bodyOf(outer);
    expect(outerBody).toHaveLength(1);
    expect(outerBody.some((el) => quote.contains(el))).toBe(false);
    expect(x.extract(outer, page)).toMatchObject({
      author: { name: 'Léa Dubois 🌿', handle: '@lea_dbs' },
      text: "Franchement, SkyJet fait mieux qu'Acme Air sur ce coup 👇",
      permalink: 'https://x.com/lea_dbs/status/1789700000000000003',
      engagement: { replies: 4, reposts: 9, likes: 88, views: 3120 },
    });
    expect(x.extract(quote, page)).toEqual({
      network: 'x',
      kind: 'post',
      author: { name: 'SkyJet', handle: '@skyjet', url: 'https://x.com/skyjet' },
      timestamp: '2024-05-11T09:00:00.000Z',
      text: 'Nouveau : SkyJet lance le Wi-Fi gratuit sur tous ses vols européens 🎉 #SkyJetWifi',
      languageHint: 'fr',
      engagement: {},
    });
  });

  it('unitOf returns the innermost unit', () => {
    const quoteText = x.bodyOf(unit(3))[0]?.firstChild;
    const outerText = x.bodyOf(unit(2))[0]?.firstChild;
    if (!quoteText || !outerText) throw new Error('bodies missing');
    expect(x.unitOf(quoteText)).toBe(unit(3));
    expect(x.unitOf(outerText)).toBe(unit(2));
    expect(x.unitOf(document.body)).toBeNull();
  });

  it('leaves out the repost context, reads a liked post, and handles a promoted post', () => {
    expect(x.extract(unit(4), page)).toMatchObject({
      author: { name: 'Acme Air Support', handle: '@acmeair_help' },
      text: 'Good news: you can now rebook a cancelled flight in 2 taps in the Acme Air app 📱',
      languageHint: 'en',
      engagement: { replies: 41, reposts: 210, likes: 1500, views: 98000 },
    });
    const ad = x.extract(unit(5), page);
    expect(ad.permalink).toBeUndefined();
    expect(ad.timestamp).toBeUndefined();
    expect(ad.text).toBe("Envolez-vous avec SkyJet ✈️ -20 % sur toute l'Europe jusqu'à dimanche.");
    expect(ad.engagement).toEqual({ replies: 2, likes: 15 });
  });

  it('recognises a timeline reply and reads hashtags as text', () => {
    expect(x.extract(unit(6), page)).toMatchObject({
      kind: 'reply',
      text: 'Merci pour le remboursement rapide, service client au top 👏',
      engagement: { likes: 1, views: 87 },
    });
    expect(x.extract(unit(7), page).text).toBe(
      'Comparatif bagages cabine : #acmeair vs #SkyJet — Acme Air gagne sur le prix, pas sur le confort.',
    );
  });

  it('flags the hidden parts of shortened links as hidden text', () => {
    const body = x.bodyOf(unit(0))[0];
    if (!body) throw new Error('no body');
    const hidden = Array.from(body.querySelectorAll('span')).filter((el) => x.isHiddenText(el));
    expect(hidden.map((el) => el.textContent)).toEqual([
      'https://',
      '?utm_source=x&utm_campaign=ete',
    ]);
    expect(x.isHiddenText(body)).toBe(false);
    // Without the atomic class, the aria-hidden URL parts are still recognised; the "…" is visible.
    for (const el of hidden) el.classList.remove('r-qlhcfr');
    expect(hidden.every((el) => x.isHiddenText(el))).toBe(true);
    const ellipsis = Array.from(body.querySelectorAll('a span')).find(
      (el) => el.textContent === '…',
    );
    expect(ellipsis && x.isHiddenText(ellipsis)).toBe(false);
  });

  it('offers the reply button when no composer is open', () => {
    const target = x.replyTarget(unit(0));
    expect(target.editor).toBeNull();
    expect(target.opener?.getAttribute('data-testid')).toBe('reply');
    expect(unit(0).contains(target.opener)).toBe(true);
    expect(x.replyTarget(unit(3))).toEqual({ editor: null, opener: null });
  });

  it('finds units inside an added subtree, the subtree root included', () => {
    const article = unit(2);
    expect(x.findUnits(article)).toEqual([article, unit(3)]);
  });
});

describe('x: post page with replies', () => {
  const page = new URL('https://x.com/acme_air/status/1858000000000000001');
  beforeEach(() => load('post.html'));

  it('finds the post, its replies and the quote card inside a reply', () => {
    const found = units();
    expect(found).toHaveLength(6);
    expect(
      found.map((el) => [x.extract(el, page).kind, x.extract(el, page).author.handle]),
    ).toEqual([
      ['post', '@acme_air'],
      ['reply', '@julie_mrt'],
      ['reply', '@acme_air'],
      ['reply', '@dan_flies'],
      ['post', '@skyjet'],
      ['reply', '@nina_k'],
    ]);
  });

  it('extracts the focal post with its full date and the views from the action group', () => {
    expect(x.extract(unit(0), page)).toEqual({
      network: 'x',
      kind: 'post',
      author: { name: 'Acme Air', handle: '@acme_air', url: 'https://x.com/acme_air' },
      permalink: 'https://x.com/acme_air/status/1858000000000000001',
      timestamp: '2024-11-17T04:11:34.000Z',
      text:
        "Nouvelle ligne Paris – Montréal dès le 1er juin ! 🇨🇦 Acme Air vous offre le bagage en soute jusqu'au 15 mai.\n\n" +
        'New route Paris – Montreal from June 1st! #acmeair #Montréal',
      languageHint: 'fr',
      engagement: { replies: 12, reposts: 34, likes: 1234, views: 45678 },
    });
  });

  it('extracts replies, English aria-labels included', () => {
    expect(x.extract(unit(1), page)).toEqual({
      network: 'x',
      kind: 'reply',
      author: { name: 'Julie Martin', handle: '@julie_mrt', url: 'https://x.com/julie_mrt' },
      permalink: 'https://x.com/julie_mrt/status/1858012689331126274',
      timestamp: '2024-11-17T05:02:00.000Z',
      text: "Vol AC456 annulé ce matin sans aucune explication 😡 et toujours pas de remboursement. C'est la troisième fois avec Acme Air, je passe chez SkyJet.",
      languageHint: 'fr',
      engagement: { replies: 1, likes: 8, views: 640 },
    });
    expect(x.extract(unit(5), page)).toMatchObject({
      text: '✈️❤️',
      languageHint: 'qme',
      engagement: {},
    });
  });

  it('keeps the quote inside a reply out of the reply body', () => {
    const reply = unit(3);
    const quote = unit(4);
    expect(x.bodyOf(reply).some((el) => quote.contains(el))).toBe(false);
    expect(x.extract(reply, page).text).toBe(
      'Meanwhile @skyjet already flies there twice a day. Competition is good for us travellers 😅',
    );
    expect(x.extract(quote, page)).toMatchObject({
      author: { name: 'SkyJet', handle: '@skyjet' },
      timestamp: '2024-11-10T08:00:00.000Z',
      text: 'Paris → Montréal, twice daily, all summer long. Book now at skyjet.com 🍁',
      languageHint: 'en',
    });
  });

  it('finds the inline Draft.js composer for the focal post only', () => {
    const focal = x.replyTarget(unit(0));
    expect(focal.editor?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(focal.editor?.getAttribute('contenteditable')).toBe('true');
    expect(focal.opener?.getAttribute('data-testid')).toBe('reply');

    const reply = x.replyTarget(unit(1));
    expect(reply.editor).toBeNull();
    expect(reply.opener?.getAttribute('aria-label')).toBe('1 Reply. Reply');
  });
});

describe('x: React-rendered timeline', () => {
  const page = new URL('https://x.com/home');
  beforeAll(() => {
    execFileSync(process.execPath, ['tests/fixtures/build-react-fixtures.mjs', 'x']);
  });

  it('extracts the rendered posts and follows re-renders', async () => {
    const fixture = await renderReactFeed();
    const before = units();
    expect(before.map((el) => x.extract(el, page).author.handle)).toEqual([
      '@acme_air',
      '@samrivera',
      '@chloe_b',
    ]);
    expect(x.extract(unit(0), page)).toEqual({
      network: 'x',
      kind: 'post',
      author: { name: 'Acme Air', handle: '@acme_air', url: 'https://x.com/acme_air' },
      permalink: 'https://x.com/acme_air/status/1790000000000000001',
      timestamp: '2024-05-14T08:00:00.000Z',
      text: 'Bienvenue à bord ! Acme Air ouvre la ligne Nantes – Porto ✈️ #acmeair',
      languageHint: 'fr',
      engagement: { replies: 4, reposts: 12, likes: 1234, views: 45678 },
    });

    const commits = fixture.rerenders;
    fixture.likeFirst();
    await until(() => fixture.rerenders > commits);
    expect(unit(0)).toBe(before[0]);
    expect(x.extract(unit(0), page).engagement.likes).toBe(1235);
    expect(x.replyTarget(unit(0)).opener?.getAttribute('data-testid')).toBe('reply');

    fixture.addPost('Franchement, Acme Air a assuré 👍 #acmeair');
    await until(() => units().length === 4);
    expect(units()).toHaveLength(4);
    expect(units().slice(1)).toEqual(before);
    expect(x.extract(unit(0), page).text).toBe('Franchement, Acme Air a assuré 👍 #acmeair');
    expect(x.extract(unit(1), page).engagement.views).toBe(45679);

    const beforeEdit = fixture.rerenders;
    fixture.editFirst('Texte corrigé par @acme_air');
    await until(() => fixture.rerenders > beforeEdit);
    expect(x.extract(unit(0), page).text).toBe('Texte corrigé par @acme_air');
    expect(reactErrors()).toEqual([]);
  });
});
