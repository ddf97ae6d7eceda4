import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  blockText,
  countIn,
  integerOf,
  parseRating,
  parseWrittenDate,
} from '../../../lib/sites/dom-web';
import { genericAdapter as adapter } from '../../../lib/sites/generic';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/generic');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function el(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function summary(pageUrl: URL): string[] {
  return adapter.findUnits(document).map((unit) => {
    const extracted = adapter.extract(unit, pageUrl);
    return `${extracted.kind}:${extracted.author.name ?? '-'}`;
  });
}

/** Disqus prints the time in the viewer's zone; the fixture's titles are local times. */
function local(year: number, month: number, day: number, hours: number, minutes: number): string {
  return new Date(year, month - 1, day, hours, minutes).toISOString();
}

describe('generic adapter: handles() and matches', () => {
  it('runs on demand on any http(s) page', () => {
    expect(adapter.matches).toEqual([]);
    expect(adapter.network).toBe('web');
    expect(adapter.handles(new URL('https://carnets.example/2024/05/12/x/'))).toBe(true);
    expect(adapter.handles(new URL('http://forum.example/viewtopic.php?t=1'))).toBe(true);
    expect(adapter.handles(new URL('chrome://extensions/'))).toBe(false);
    expect(adapter.handles(new URL('file:///tmp/page.html'))).toBe(false);
  });
});

describe('generic adapter: WordPress post with threaded comments', () => {
  const pageUrl = new URL('https://carnets.example/2024/05/12/greve-acme-air-conseils/');

  it('finds the post and the four comments, replies nested three deep', () => {
    loadFixture('post.html');
    expect(summary(pageUrl)).toEqual([
      'post:Claire Dumas',
      'comment:Jean',
      'reply:Claire Dumas',
      'reply:Acme Air Service Client',
      'comment:Sam',
    ]);
  });

  it('reads the post: title and content without share buttons or screen-reader text', () => {
    loadFixture('post.html');
    expect(adapter.extract(el('#post-412'), pageUrl)).toEqual({
      network: 'web',
      kind: 'post',
      author: {
        name: 'Claire Dumas',
        handle: undefined,
        url: 'https://carnets.example/author/claire/',
      },
      permalink: 'https://carnets.example/2024/05/12/greve-acme-air-conseils/',
      timestamp: '2024-05-12T07:00:00.000Z',
      text:
        'Grève chez Acme Air : nos conseils pour vos vols de mai\n' +
        'Le syndicat des pilotes d’Acme Air appelle à la grève du 15 au 18 mai. Voici ce que vous pouvez exiger de la compagnie.\n' +
        'Remboursement ou réacheminement\n' +
        'Le règlement européen 261/2004 vous donne le choix. SkyJet et Acme Air doivent aussi vous indemniser si l’annulation est annoncée moins de 14 jours avant le départ.\n' +
        'Gardez vos cartes d’embarquement 🎫\n' +
        'Écrivez à @acme_air sur X ou via le formulaire',
      languageHint: 'fr-FR',
      engagement: {},
    });
    expect(adapter.isHiddenText(el('#post-412 .screen-reader-text'))).toBe(true);
    expect(adapter.isHiddenText(el('#post-412 .sharedaddy'))).toBe(true);
  });

  it('reads a comment without its replies', () => {
    loadFixture('post.html');
    const comment = el('#div-comment-88');
    expect(adapter.extract(comment, pageUrl)).toEqual({
      network: 'web',
      kind: 'comment',
      author: { name: 'Jean', handle: undefined, url: 'https://jean-voyage.example/' },
      permalink: 'https://carnets.example/2024/05/12/greve-acme-air-conseils/#comment-88',
      timestamp: '2024-05-12T08:15:00.000Z',
      text: 'Merci ! J’ai eu 250 € d’Acme Air après une annulation l’an dernier, mais il a fallu relancer trois fois 😅',
      languageHint: 'fr-FR',
      engagement: {},
    });
    expect(adapter.bodyOf(comment)).toEqual([el('#div-comment-88 .comment-content')]);
    expect(adapter.extract(el('#div-comment-95'), pageUrl)).toMatchObject({
      kind: 'reply',
      author: { name: 'Acme Air Service Client', url: undefined },
      text: 'Bonjour, les demandes liées à la grève sont traitées en priorité sur acme-air.example/greve. #acmeair',
    });
    expect(adapter.extract(el('#div-comment-90'), pageUrl).languageHint).toBe('en');
  });

  it('unitOf() finds the innermost comment; the post keeps its own text', () => {
    loadFixture('post.html');
    expect(adapter.unitOf(el('#div-comment-91 .comment-content p').firstChild!)).toBe(
      el('#div-comment-91'),
    );
    expect(adapter.unitOf(el('#post-412 .entry-content p'))).toBe(el('#post-412'));
    expect(adapter.unitOf(el('#masthead'))).toBeNull();
  });

  it('finds the moved comment form under the comment it answers, the reply link otherwise', () => {
    loadFixture('post.html');
    const answered = adapter.replyTarget(el('#div-comment-90'));
    expect(answered.editor?.id).toBe('comment');
    expect(answered.opener).toBeNull();
    const other = adapter.replyTarget(el('#div-comment-88'));
    expect(other.editor).toBeNull();
    expect(other.opener?.getAttribute('data-commentid')).toBe('88');
    // The form answers Sam now, not the post.
    expect(adapter.replyTarget(el('#post-412'))).toEqual({ editor: null, opener: null });
  });
});

describe('generic adapter: phpBB topic', () => {
  const pageUrl = new URL('https://forum.voyageurs.example/viewtopic.php?t=4521');

  it('finds the opening post and the replies', () => {
    loadFixture('feed.html');
    expect(summary(pageUrl)).toEqual([
      'post:lisboa_lover',
      'comment:Modo_Karim',
      'comment:Kate_UK',
    ]);
    const later = new URL('https://forum.voyageurs.example/viewtopic.php?t=4521&start=25');
    expect(adapter.extract(el('#p98231'), later).kind).toBe('comment');
  });

  it('reads a post: subject, content with line breaks, no signature or sr-only labels', () => {
    loadFixture('feed.html');
    expect(adapter.extract(el('#p98231'), pageUrl)).toEqual({
      network: 'web',
      kind: 'post',
      author: {
        name: 'lisboa_lover',
        handle: undefined,
        url: 'https://forum.voyageurs.example/memberlist.php?mode=viewprofile&u=5412',
      },
      permalink: 'https://forum.voyageurs.example/viewtopic.php?p=98231#p98231',
      timestamp: '2024-05-10T18:12:44.000Z',
      text:
        'Acme Air ou SkyJet pour Lisbonne ?\n' +
        'Bonjour à tous,\n' +
        'Je pars à Lisbonne en juin avec deux enfants. Acme Air est moins cher mais SkyJet inclut le bagage en soute. Vos retours ? ✈️',
      languageHint: 'fr',
      engagement: {},
    });
  });

  it('drops the "Re:" subject and the quote attribution of a reply', () => {
    loadFixture('feed.html');
    const reply = adapter.extract(el('#p98240'), pageUrl);
    expect(reply.text).toBe(
      'Acme Air est moins cher mais SkyJet inclut le bagage en soute.\n' +
        'Attention, chez Acme Air le bagage coûte 35 € par trajet en basic. Au total c’est souvent plus cher.',
    );
    expect(reply.author.name).toBe('Modo_Karim');
    expect(adapter.extract(el('#p98262'), pageUrl).languageHint).toBe('en');
  });

  it('answers with the quick reply box', () => {
    loadFixture('feed.html');
    const target = adapter.replyTarget(el('#p98262'));
    expect(target.editor?.getAttribute('name')).toBe('message');
  });
});

describe('generic adapter: Discourse topic', () => {
  const pageUrl = new URL('https://communaute.example/t/remboursement-acme-air-apres-la-greve/321');

  it('finds the opening post, a comment and a reply to an earlier post', () => {
    loadFixture('discourse.html');
    expect(summary(pageUrl)).toEqual([
      'post:Inès M.',
      'comment:AcmeAir_Officiel',
      'reply:jb_travel',
    ]);
  });

  it('reads names, handles, epoch times and like counts', () => {
    loadFixture('discourse.html');
    expect(adapter.extract(el('#post_1'), pageUrl)).toEqual({
      network: 'web',
      kind: 'post',
      author: {
        name: 'Inès M.',
        handle: '@lisboa_lover',
        url: 'https://communaute.example/u/lisboa_lover',
      },
      permalink: 'https://communaute.example/t/remboursement-acme-air-apres-la-greve/321/1',
      timestamp: '2024-05-12T08:00:00.000Z',
      text: 'Quelqu’un a réussi à se faire rembourser par Acme Air après la grève de mars ? Le formulaire en ligne me renvoie une erreur 😤',
      languageHint: 'fr',
      engagement: { likes: 5 },
    });
    expect(adapter.extract(el('#post_2'), pageUrl).text).toBe(
      'Le formulaire en ligne me renvoie une erreur\nBonjour Inès, le formulaire est réparé depuis ce matin. Écrivez-nous à @acme_air si le problème persiste 🙏',
    );
    expect(adapter.extract(el('#post_3'), pageUrl).engagement).toEqual({ likes: 1 });
  });

  it('uses the open composer', () => {
    loadFixture('discourse.html');
    expect(adapter.replyTarget(el('#post_3')).editor?.classList.contains('d-editor-input')).toBe(
      true,
    );
  });
});

describe('generic adapter: news article (last resort) with schema.org comments', () => {
  const pageUrl = new URL(
    'https://quotidien-voyage.example/actu/greve-acme-air-passagers-bloques?utm_source=x',
  );

  it('reads the article as one post and the microdata comments as units', () => {
    loadFixture('article.html');
    expect(summary(pageUrl)).toEqual(['post:Léa Martin', 'comment:Voyageuse75', 'reply:Marc_R']);
  });

  it('groups the article paragraphs, leaving out related links, share bar, form, byline, hidden text', () => {
    loadFixture('article.html');
    const article = el('article.story');
    expect(adapter.extract(article, pageUrl)).toEqual({
      network: 'web',
      kind: 'post',
      author: { name: 'Léa Martin', url: 'https://quotidien-voyage.example/auteurs/lea-martin' },
      permalink: 'https://quotidien-voyage.example/actu/greve-acme-air-passagers-bloques',
      timestamp: '2024-05-12T06:00:00.000Z',
      text:
        'Grève chez Acme Air : des milliers de passagers bloqués\n' +
        'Plus de 300 vols Acme Air ont été annulés dimanche à Paris-CDG et Orly.\n' +
        '« On nous a dit de rappeler lundi », raconte une passagère. La compagnie concurrente SkyJet a ajouté des vols vers Lisbonne et Nice.\n' +
        'Que faire si votre vol est annulé ?\n' +
        'Demandez le remboursement sous 7 jours\n' +
        'Conservez vos justificatifs\n' +
        'Nous mettons tout en œuvre pour reloger nos clients. — Acme Air',
      languageHint: 'fr',
      engagement: {},
    });
    expect(adapter.bodyOf(article).some((part) => part.closest('aside, nav, form'))).toBe(false);
    expect(adapter.unitOf(el('article.story .story__lead'))).toBe(article);
    expect(adapter.replyTarget(article)).toEqual({ editor: null, opener: null });
  });

  it('reads a microdata comment without its nested reply', () => {
    loadFixture('article.html');
    expect(adapter.extract(el('#reaction-5521'), pageUrl)).toEqual({
      network: 'web',
      kind: 'comment',
      author: { name: 'Voyageuse75', handle: undefined, url: undefined },
      permalink:
        'https://quotidien-voyage.example/actu/greve-acme-air-passagers-bloques#reaction-5521',
      timestamp: '2024-05-12T07:12:00.000Z',
      text: 'Bloquée à Orly avec deux enfants, aucun agent Acme Air au comptoir. Inadmissible.',
      languageHint: 'fr',
      engagement: { likes: 14 },
    });
    expect(adapter.extract(el('#reaction-5530'), pageUrl)).toMatchObject({
      kind: 'reply',
      permalink: undefined,
      text: 'Pareil, j’ai fini par prendre SkyJet le soir même.',
    });
  });
});

describe('generic adapter: Disqus frame', () => {
  const pageUrl = new URL(
    'https://disqus.com/embed/comments/?base=default&f=carnets&t_u=https%3A%2F%2Fcarnets.example%2F2024%2F05%2F12%2Fgreve-acme-air-conseils%2F',
  );

  it('reads comments and replies', () => {
    loadFixture('disqus.html');
    expect(summary(pageUrl)).toEqual(['comment:Jean V.', 'reply:Acme Air Care']);
    expect(adapter.extract(el('#post-6482011234 > [data-role="post-content"]'), pageUrl)).toEqual({
      network: 'web',
      kind: 'comment',
      author: { name: 'Jean V.', handle: '@jeanvoyage', url: 'https://disqus.com/by/jeanvoyage/' },
      permalink: 'https://carnets.example/2024/05/12/greve-acme-air-conseils/#comment-6482011234',
      timestamp: local(2024, 5, 12, 14, 33),
      text: 'Great write-up. Acme Air refunded me in 10 days last time, SkyJet never answered.',
      languageHint: 'en',
      engagement: { likes: 4 },
    });
  });

  it('opens the reply with the comment own Reply link', () => {
    loadFixture('disqus.html');
    const unit = el('#post-6482019999 > [data-role="post-content"]');
    const target = adapter.replyTarget(unit);
    expect(target.opener?.getAttribute('data-action')).toBe('reply');
    expect(target.opener?.closest('[data-role="post-content"]')).toBe(unit);
  });
});

describe('shared web readers (dom-web)', () => {
  it('reads review ratings as sites label them', () => {
    expect(parseRating('Rated 4 out of 5 stars')).toBe(4);
    expect(parseRating('Noté 1 sur 5 étoiles')).toBe(1);
    expect(parseRating('4,0 sur 5 bulles')).toBe(4);
    expect(parseRating('4.5 of 5 bubbles')).toBe(4.5);
    expect(parseRating('3 étoiles')).toBe(3);
    expect(parseRating('1 étoile')).toBe(1);
    expect(parseRating('5 stars')).toBe(5);
    expect(parseRating('4/5')).toBe(4);
    expect(parseRating('12 avis')).toBeUndefined();
    expect(parseRating(null)).toBeUndefined();
  });

  it('reads written-out dates, never relative ones', () => {
    expect(parseWrittenDate('Written March 12, 2024')).toBe('2024-03-12T00:00:00.000Z');
    expect(parseWrittenDate('Rédigé le 1er mai 2024')).toBe('2024-05-01T00:00:00.000Z');
    expect(parseWrittenDate('Répondu le 3 févr. 2024')).toBe('2024-02-03T00:00:00.000Z');
    expect(parseWrittenDate('May 12, 2024 at 12:40 PM')).toBe(
      new Date(2024, 4, 12, 12, 40).toISOString(),
    );
    expect(parseWrittenDate('12 mai 2024 à 10 h 15 min')).toBe(
      new Date(2024, 4, 12, 10, 15).toISOString(),
    );
    expect(parseWrittenDate('Sunday, May 12, 2024 12:05 AM')).toBe(
      new Date(2024, 4, 12, 0, 5).toISOString(),
    );
    expect(parseWrittenDate('il y a 2 semaines')).toBeUndefined();
    expect(parseWrittenDate('3 hours ago')).toBeUndefined();
  });

  it('reads counts inside labels without taking words for suffixes', () => {
    expect(countIn("Liker (3 mentions J'aime)")).toBe(3);
    expect(countIn('1,2 k J’aime')).toBe(1200);
    expect(countIn('Like (1,234 likes)')).toBe(1234);
    expect(countIn('12 min')).toBe(12);
    expect(countIn('2 M vues')).toBe(2_000_000);
    expect(integerOf('-3')).toBe(-3);
    expect(integerOf('15400')).toBe(15400);
  });

  it('separates blocks with line breaks and skips what it is told to', () => {
    document.body.innerHTML =
      '<div id="t"><p>Un <b>Acme</b> <b>Air</b></p><p>deux<br>trois</p><span class="x">caché</span><ul><li>a</li><li>b</li></ul></div>';
    const text = blockText(document.getElementById('t')!, (el) => el.classList.contains('x'));
    expect(text).toBe('Un Acme Air\ndeux\ntrois\na\nb');
  });
});
