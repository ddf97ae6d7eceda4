import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter as yt } from '../../../lib/sites/youtube';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites/youtube');

function load(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function units(): Element[] {
  return yt.findUnits(document);
}

function unit(index: number): Element {
  const found = units()[index];
  if (!found) throw new Error(`no unit #${index}`);
  return found;
}

describe('youtube: handles and matches', () => {
  it('accepts www and m hosts, rejects others', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=acmeAir002',
      'https://m.youtube.com/watch?v=acmeAir002',
      'https://youtube.com/@AcmeAir/posts',
    ]) {
      expect(yt.handles(new URL(url)), url).toBe(true);
    }
    for (const url of [
      'https://music.youtube.com/',
      'https://www.youtube.com.evil.example/',
      'https://youtu.be/acmeAir002',
      'https://www.tiktok.com/',
    ]) {
      expect(yt.handles(new URL(url)), url).toBe(false);
    }
    expect(yt.matches).toEqual(
      expect.arrayContaining(['https://www.youtube.com/*', 'https://m.youtube.com/*']),
    );
  });
});

describe('youtube: channel posts', () => {
  const page = new URL('https://www.youtube.com/@AcmeAir/posts');
  beforeEach(() => load('feed.html'));

  it('finds the three posts', () => {
    expect(units()).toHaveLength(3);
    expect(units().every((el) => yt.extract(el, page).kind === 'post')).toBe(true);
  });

  it('extracts a post: split brand, line breaks, hashtags, without the expander buttons', () => {
    expect(yt.extract(unit(0), page)).toEqual({
      network: 'youtube',
      kind: 'post',
      author: { name: 'Acme Air', handle: '@AcmeAir', url: 'https://www.youtube.com/@AcmeAir' },
      permalink: 'https://www.youtube.com/post/UgkxAcmeMtl01',
      text:
        '✈️ Paris – Montréal, c’est parti dès le 1er juin !\n\n' +
        'Racontez-nous en commentaire votre meilleur souvenir de voyage avec Acme Air : les 3 plus belles histoires gagnent un aller-retour. #acmeair',
      engagement: { likes: 1200, replies: 48 },
    });
    const more = unit(0).querySelector('tp-yt-paper-button#more');
    if (!more) throw new Error('no expander');
    expect(yt.isHiddenText(more)).toBe(true);
    expect(yt.bodyOf(unit(0)).some((el) => el.contains(more))).toBe(false);
  });

  it('reads English posts and link text', () => {
    expect(yt.extract(unit(2), page)).toMatchObject({
      text: 'Safety first: our new A321neo cabin video is live. Watch it here → youtu.be/acme-safety #AcmeAir',
      engagement: { likes: 89, replies: 4 },
    });
  });

  it("offers the post's comment button as opener", () => {
    const target = yt.replyTarget(unit(1));
    expect(target.editor).toBeNull();
    expect(target.opener?.getAttribute('aria-label')).toBe('97 commentaires');
  });
});

describe('youtube: watch page comments', () => {
  const page = new URL('https://www.youtube.com/watch?v=acmeAir002');
  beforeEach(() => load('post.html'));

  it('finds comments and replies in document order', () => {
    expect(
      units().map((el) => [yt.extract(el, page).kind, yt.extract(el, page).author.handle]),
    ).toEqual([
      ['comment', '@AcmeAir'],
      ['comment', '@JulieMartin'],
      ['reply', '@AcmeAir'],
      ['reply', '@tombaker_ux'],
      ['comment', '@VoyageurMalin'],
      ['comment', '@lea.voyage'],
    ]);
  });

  it("reads the creator's badge as the author of a pinned comment", () => {
    expect(yt.extract(unit(0), page)).toEqual({
      network: 'youtube',
      kind: 'comment',
      author: { name: '@AcmeAir', handle: '@AcmeAir', url: 'https://www.youtube.com/@AcmeAir' },
      permalink: 'https://www.youtube.com/watch?v=acmeAir002&lc=UgzPinAcme01',
      text: 'Merci à tous pour vos messages ✈️ Notre équipe répond à toutes les questions sur la nouvelle ligne ici même !',
      engagement: { likes: 412 },
    });
  });

  it('extracts a comment: newline kept, split brand, links as text, likes and reply count', () => {
    expect(yt.extract(unit(1), page)).toEqual({
      network: 'youtube',
      kind: 'comment',
      author: {
        name: '@JulieMartin',
        handle: '@JulieMartin',
        url: 'https://www.youtube.com/@JulieMartin',
      },
      permalink: 'https://www.youtube.com/watch?v=acmeAir002&lc=UgzJulie0002',
      text: 'Vol retardé de 3 h à CDG, aucune info au comptoir 😡\nJe voyage souvent avec Acme Air mais là c’était vraiment limite. @AcmeAir #acmeair',
      engagement: { likes: 1200, replies: 2 },
    });
  });

  it('keeps replies separate and gives them their own lc permalink', () => {
    const comment = unit(1);
    const reply = unit(2);
    expect(comment.contains(reply)).toBe(false);
    expect(yt.extract(reply, page)).toEqual({
      network: 'youtube',
      kind: 'reply',
      author: { name: '@AcmeAir', handle: '@AcmeAir', url: 'https://www.youtube.com/@AcmeAir' },
      permalink: 'https://www.youtube.com/watch?v=acmeAir002&lc=UgzJulie0002.9xReplyAcme1',
      text: 'Bonjour Julie, nous sommes désolés 🙏 Écrivez-nous en message privé avec votre numéro de réservation.',
      engagement: { likes: 58 },
    });
    const replyText = yt.bodyOf(reply)[0]?.firstChild;
    if (!replyText) throw new Error('no reply text');
    expect(yt.unitOf(replyText)).toBe(reply);
    expect(yt.extract(unit(3), page).engagement).toEqual({});
  });

  it('reads a clamped comment in full without "Lire la suite"', () => {
    const text = yt.extract(unit(4), page).text;
    expect(text.startsWith('Test complet de la classe Éco à 4:12 : siège correct')).toBe(true);
    expect(text.endsWith('je recommande pour les vols de jour.')).toBe(true);
    expect(text).not.toContain('Lire la suite');
    expect(yt.extract(unit(5), page).text).toBe('😍😍😍');
  });

  it('finds the open reply box of a comment, else its Répondre button', () => {
    const open = yt.replyTarget(unit(1));
    expect(open.editor?.id).toBe('contenteditable-root');
    expect(open.editor?.getAttribute('aria-label')).toBe('Ajoutez une réponse…');
    expect(open.opener?.getAttribute('aria-label')).toBe('Répondre');

    const closed = yt.replyTarget(unit(2));
    expect(closed.editor).toBeNull();
    expect(closed.opener?.textContent).toBe('Répondre');
    expect(unit(2).contains(closed.opener)).toBe(true);
  });
});
