import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinAdapter as li } from '../../../lib/sites/linkedin';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites/linkedin');
const ACTIVITY = 'urn:li:activity:7260000000000000001';
const commentUrn = (id: string): string =>
  encodeURIComponent(`urn:li:comment:(activity:7260000000000000001,${id})`)
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29');

function load(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function units(): Element[] {
  return li.findUnits(document);
}

function unit(index: number): Element {
  const found = units()[index];
  if (!found) throw new Error(`no unit #${index}`);
  return found;
}

describe('linkedin: handles and matches', () => {
  it('accepts linkedin.com hosts, rejects others', () => {
    expect(li.handles(new URL('https://www.linkedin.com/feed/'))).toBe(true);
    expect(li.handles(new URL(`https://linkedin.com/feed/update/${ACTIVITY}/`))).toBe(true);
    for (const url of [
      'https://www.linkedin.com.evil.example/feed/',
      'https://fr.linkedin.example/',
      'https://x.com/',
    ]) {
      expect(li.handles(new URL(url)), url).toBe(false);
    }
    expect(li.matches).toContain('https://www.linkedin.com/*');
  });
});

describe('linkedin: feed', () => {
  const page = new URL('https://www.linkedin.com/feed/');
  beforeEach(() => load('feed.html'));

  it('finds posts, the nested comment and reply, and the reshared post', () => {
    expect(
      units().map((el) => [li.extract(el, page).kind, li.extract(el, page).author.name]),
    ).toEqual([
      ['post', 'Acme Air'],
      ['comment', 'Julie Martin'],
      ['reply', 'Acme Air'],
      ['post', 'Tom Baker'],
      ['post', 'SkyJet'],
      ['post', 'Nadia Benali'],
    ]);
  });

  it('extracts a company post: visible name once, hidden "hashtag" words left out, time from the urn', () => {
    expect(li.extract(unit(0), page)).toEqual({
      network: 'linkedin',
      kind: 'post',
      author: {
        name: 'Acme Air',
        handle: 'acme-air',
        url: 'https://www.linkedin.com/company/acme-air/',
      },
      permalink: `https://www.linkedin.com/feed/update/${ACTIVITY}/`,
      timestamp: '2024-11-06T18:48:04.277Z',
      text:
        '✈️ Nouvelle ligne Paris – Montréal dès le 1er juin !\n\n' +
        'Acme Air recrute 40 personnels navigants pour l’occasion : rejoignez une équipe engagée pour un voyage plus responsable. #acmeair #recrutement',
      engagement: { likes: 1234, replies: 48, reposts: 12 },
    });
  });

  it('flags the screen-reader copies and the "…plus" toggle as hidden text', () => {
    const post = unit(0);
    const hiddenHashtag = li.bodyOf(post)[0]?.querySelector('.visually-hidden');
    if (!hiddenHashtag) throw new Error('no hidden hashtag word');
    expect(hiddenHashtag.textContent).toBe('hashtag');
    expect(li.isHiddenText(hiddenHashtag)).toBe(true);
    const toggle = post.querySelector('.feed-shared-inline-show-more-text__see-more-less-toggle');
    if (!toggle) throw new Error('no toggle');
    expect(li.isHiddenText(toggle)).toBe(true);
    expect(li.bodyOf(post).some((el) => el.contains(toggle))).toBe(false);
  });

  it('keeps the reshared post separate from the post that shares it', () => {
    const sharer = unit(3);
    const original = unit(4);
    expect(sharer.contains(original)).toBe(true);
    expect(li.bodyOf(sharer).some((el) => original.contains(el))).toBe(false);
    expect(li.extract(sharer, page)).toEqual({
      network: 'linkedin',
      kind: 'post',
      author: {
        name: 'Tom Baker',
        handle: 'tombaker-ux',
        url: 'https://www.linkedin.com/in/tombaker-ux/',
      },
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7260044525568012345/',
      timestamp: '2024-11-06T21:45:00.000Z',
      text: 'Interesting move by SkyJet. Acme Air, your turn? 👀',
      engagement: { likes: 87, replies: 6 },
    });
    expect(li.extract(original, page)).toEqual({
      network: 'linkedin',
      kind: 'post',
      author: { name: 'SkyJet', handle: 'skyjet', url: 'https://www.linkedin.com/company/skyjet/' },
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7259112131788812345/',
      timestamp: '2024-11-04T08:00:00.000Z',
      text: 'SkyJet lance le Wi-Fi gratuit sur tous ses vols européens 📶 #SkyJet #innovation',
      engagement: {},
    });
    const originalText = li.bodyOf(original)[0]?.firstChild;
    if (!originalText) throw new Error('no reshared text');
    expect(li.unitOf(originalText)).toBe(original);
  });

  it('leaves the connection degree and the social header out of a person post', () => {
    expect(li.extract(unit(5), page)).toMatchObject({
      author: { name: 'Nadia Benali', handle: 'nadia-benali' },
      timestamp: '2024-11-07T07:30:00.000Z',
      engagement: { likes: 312, replies: 41, reposts: 9 },
    });
    expect(li.extract(unit(5), page).text.startsWith('Retour d’expérience')).toBe(true);
  });

  it('finds the post comment box, the reply box of a thread, and openers', () => {
    const post = li.replyTarget(unit(0));
    expect(post.editor?.getAttribute('data-placeholder')).toBe('Ajouter un commentaire…');
    expect(post.opener?.getAttribute('aria-label')).toBe('Commenter');
    const comment = li.replyTarget(unit(1));
    expect(comment.editor?.getAttribute('data-placeholder')).toBe('Ajouter une réponse…');
    expect(comment.opener?.getAttribute('aria-label')).toBe(
      'Répondre au commentaire de Julie Martin',
    );
    const sharer = li.replyTarget(unit(3));
    expect(sharer.editor).toBeNull();
    expect(sharer.opener?.getAttribute('aria-label')).toBe('Commenter');
    expect(li.replyTarget(unit(4))).toEqual({ editor: null, opener: null });
  });
});

describe('linkedin: post page with comments and replies', () => {
  const page = new URL(`https://www.linkedin.com/feed/update/${ACTIVITY}/`);
  beforeEach(() => load('post.html'));

  it('finds the post, its comments and the replies nested in the first comment', () => {
    expect(
      units().map((el) => [li.extract(el, page).kind, li.extract(el, page).author.name]),
    ).toEqual([
      ['post', 'Acme Air'],
      ['comment', 'Julie Martin'],
      ['reply', 'Acme Air'],
      ['reply', 'Julie Martin'],
      ['comment', 'Tom Baker'],
      ['comment', 'Marc Leroy'],
    ]);
  });

  it('extracts a comment with its permalink, its id time and its counts', () => {
    expect(li.extract(unit(1), page)).toEqual({
      network: 'linkedin',
      kind: 'comment',
      author: {
        name: 'Julie Martin',
        handle: 'julie-martin-1a2b3c',
        url: 'https://www.linkedin.com/in/julie-martin-1a2b3c/',
      },
      permalink: `https://www.linkedin.com/feed/update/${ACTIVITY}/?commentUrn=${commentUrn('7260010551705600111')}`,
      timestamp: '2024-11-06T19:30:00.000Z',
      text: 'Super nouvelle ! Est-ce que les postes sont ouverts aux profils juniors ? 🙂',
      engagement: { likes: 4, replies: 2 },
    });
  });

  it('extracts replies: their own text only, a reply permalink, the parent comment body without them', () => {
    const comment = unit(1);
    const reply = unit(2);
    expect(comment.contains(reply)).toBe(true);
    expect(li.bodyOf(comment).some((el) => el.contains(reply))).toBe(false);
    expect(li.extract(comment, page).text).not.toContain('Carrières');
    expect(li.extract(reply, page)).toEqual({
      network: 'linkedin',
      kind: 'reply',
      author: {
        name: 'Acme Air',
        handle: 'acme-air',
        url: 'https://www.linkedin.com/company/acme-air/',
      },
      permalink:
        `https://www.linkedin.com/feed/update/${ACTIVITY}/?commentUrn=${commentUrn('7260010551705600111')}` +
        `&replyUrn=${commentUrn('7260015584870400222')}`,
      timestamp: '2024-11-06T19:50:00.000Z',
      text: 'Bonjour Julie, oui ! Toutes les offres sont sur notre page Carrières.',
      engagement: { likes: 2 },
    });
    expect(li.extract(unit(3), page).text).toBe('Merci Acme Air !');
  });

  it('reads a clamped comment in full, without its "…plus" toggle', () => {
    const text = li.extract(unit(4), page).text;
    expect(text.endsWith('Happy to share our full evaluation grid with anyone interested.')).toBe(
      true,
    );
    expect(text).not.toContain('plus');
    expect(li.extract(unit(5), page).text).toBe('Et pour les vols vers Lyon ? #acmeair');
  });

  it('sends replies of a thread to the open reply box, other comments to their Répondre button', () => {
    const box = li.replyTarget(unit(1)).editor;
    expect(box?.getAttribute('data-placeholder')).toBe('Ajouter une réponse…');
    expect(li.replyTarget(unit(2)).editor).toBe(box);
    expect(li.replyTarget(unit(3)).editor).toBe(box);
    const tom = li.replyTarget(unit(4));
    expect(tom.editor).toBeNull();
    expect(tom.opener?.getAttribute('aria-label')).toBe('Répondre au commentaire de Tom Baker');
    expect(li.replyTarget(unit(0)).editor?.getAttribute('data-placeholder')).toBe(
      'Ajouter un commentaire…',
    );
  });
});
