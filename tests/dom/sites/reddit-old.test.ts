import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { redditOldAdapter as adapter } from '../../../lib/sites/reddit-old';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/reddit-old');

function loadFixture(name: string): void {
  document.open();
  document.write(readFileSync(join(FIXTURES, name), 'utf8'));
  document.close();
}

function unitBy(selector: string): Element {
  const unit = document.querySelector(selector);
  if (!unit) throw new Error(`no unit ${selector}`);
  return unit;
}

describe('old reddit adapter: handles()', () => {
  it('accepts old.reddit.com only', () => {
    expect(adapter.handles(new URL('https://old.reddit.com/r/france/comments/abc/x/'))).toBe(true);
    expect(adapter.handles(new URL('https://www.reddit.com/r/france/'))).toBe(false);
    expect(adapter.handles(new URL('https://old.reddit.com.example/'))).toBe(false);
    expect(adapter.handles(new URL('ftp://old.reddit.com/'))).toBe(false);
    expect(adapter.matches).toEqual(['https://old.reddit.com/*']);
  });
});

describe('old reddit adapter: listing', () => {
  const pageUrl = new URL('https://old.reddit.com/r/france/');
  beforeEach(() => loadFixture('feed.html'));

  it('finds the four posts and skips the promoted link', () => {
    const units = adapter.findUnits(document);
    expect(units.map((unit) => unit.getAttribute('data-fullname'))).toEqual([
      't3_1cq2x7a',
      't3_1cq31bb',
      't3_1cq0zz9',
      't3_1cpz001',
    ]);
    expect(new Set(units.map((unit) => adapter.extract(unit, pageUrl).kind))).toEqual(
      new Set(['post']),
    );
  });

  it('reads a post with its expanded selftext', () => {
    expect(adapter.extract(unitBy('#thing_t3_1cq2x7a'), pageUrl)).toEqual({
      network: 'reddit',
      kind: 'post',
      author: {
        name: 'PierreLyon69',
        handle: 'u/PierreLyon69',
        url: 'https://old.reddit.com/user/PierreLyon69',
      },
      permalink:
        'https://old.reddit.com/r/france/comments/1cq2x7a/acme_air_annule_encore_mon_vol_parislisbonne/',
      timestamp: '2024-05-12T08:14:55.000Z',
      text:
        'Acme Air annule encore mon vol Paris–Lisbonne 😡\n' +
        'Troisième annulation en deux mois chez Acme Air. Le service client de @acme_air ne répond pas, j’attends toujours mon remboursement (420 €).\n' +
        '#acmeair #déçu',
      languageHint: undefined,
      engagement: { likes: 342, replies: 87 },
    });
  });

  it('reads only the title of a collapsed self post (its text is in an attribute, not on screen)', () => {
    const post = unitBy('#thing_t3_1cq31bb');
    expect(adapter.extract(post, pageUrl).text).toBe(
      'Acme Air vs SkyJet for a family trip to Lisbon?',
    );
    expect(adapter.bodyOf(post)).toHaveLength(1);
  });

  it('reads exact counts from attributes, not the abbreviated score', () => {
    const extracted = adapter.extract(unitBy('#thing_t3_1cq0zz9'), pageUrl);
    expect(extracted.engagement).toEqual({ likes: 15400, replies: 1203 });
    expect(extracted.timestamp).toBe('2024-05-11T19:03:44.000Z');
  });

  it('gives no author for a deleted account', () => {
    const extracted = adapter.extract(unitBy('#thing_t3_1cpz001'), pageUrl);
    expect(extracted.author).toEqual({ name: undefined, handle: undefined, url: undefined });
  });

  it('points a listing post to its comments page', () => {
    const target = adapter.replyTarget(unitBy('#thing_t3_1cq2x7a'));
    expect(target.editor).toBeNull();
    expect(target.opener?.textContent).toBe('87 comments');
  });
});

describe('old reddit adapter: comments page', () => {
  const pageUrl = new URL(
    'https://old.reddit.com/r/france/comments/1cq2x7a/acme_air_annule_encore_mon_vol_parislisbonne/',
  );
  beforeEach(() => loadFixture('post.html'));

  it('finds the post, the comments and their replies; not the "load more" stub', () => {
    const summary = adapter.findUnits(document).map((unit) => {
      const extracted = adapter.extract(unit, pageUrl);
      return `${extracted.kind}:${extracted.author.name ?? '-'}`;
    });
    expect(summary).toEqual([
      'post:PierreLyon69',
      'comment:MarieDuSud',
      'reply:AcmeAir_Support',
      'reply:PierreLyon69',
      'comment:jb_travel',
      'reply:lea_k',
      'comment:-',
    ]);
  });

  it('reads the post body but not the hidden edit form', () => {
    const text = adapter.extract(unitBy('#thing_t3_1cq2x7a'), pageUrl).text;
    expect(text).toBe(
      'Acme Air annule encore mon vol Paris–Lisbonne 😡\n' +
        'Troisième annulation en deux mois chez Acme Air. Le service client de @acme_air ne répond pas, j’attends toujours mon remboursement (420 €).\n' +
        'Quelqu’un a déjà tenté la médiation ? Sinon je pars chez SkyJet, tant pis.\n' +
        '#acmeair #déçu',
    );
    expect(text).not.toContain('**');
  });

  it('reads a comment without its replies', () => {
    const comment = unitBy('#thing_t1_l3k2j1a');
    expect(adapter.extract(comment, pageUrl)).toEqual({
      network: 'reddit',
      kind: 'comment',
      author: {
        name: 'MarieDuSud',
        handle: 'u/MarieDuSud',
        url: 'https://old.reddit.com/user/MarieDuSud',
      },
      permalink:
        'https://old.reddit.com/r/france/comments/1cq2x7a/acme_air_annule_encore_mon_vol_parislisbonne/l3k2j1a/',
      timestamp: '2024-05-12T09:02:11.000Z',
      text:
        'Même galère avec Acme Air en mars. La médiation du tourisme a tranché en 6 semaines, ils ont fini par payer.\n' +
        'Petit conseil : passez par la CB 😉',
      languageHint: undefined,
      engagement: { likes: 128 },
    });
    const body = adapter.bodyOf(comment);
    expect(body).toHaveLength(1);
    expect(body[0]?.closest('.thing')).toBe(comment);
  });

  it('reads a nested reply with its own score and time', () => {
    const reply = adapter.extract(unitBy('#thing_t1_l3k6b2c'), pageUrl);
    expect(reply.kind).toBe('reply');
    expect(reply.timestamp).toBe('2024-05-12T10:05:00.000Z');
    expect(reply.engagement).toEqual({ likes: 12 });
    expect(reply.text).toBe('Merci, DM envoyé. On verra bien… 🤞');
  });

  it('unitOf() returns the innermost thing', () => {
    const text = unitBy('#thing_t1_l3k4q9z .md p').firstChild;
    expect(adapter.unitOf(text!)?.id).toBe('thing_t1_l3k4q9z');
    expect(adapter.unitOf(unitBy('.commentarea > form'))).toBeNull();
  });

  it('finds the comment form for the post, the open reply form, or the reply link', () => {
    const post = adapter.replyTarget(unitBy('#thing_t3_1cq2x7a'));
    expect(post.editor?.getAttribute('data-type')).toBe('link');
    expect(post.opener).toBeNull();

    const open = adapter.replyTarget(unitBy('#thing_t1_l3k3x0d'));
    expect(open.editor?.closest('form')?.id).toBe('commentreply_t1_l3k3x0d');

    const nested = adapter.replyTarget(unitBy('#thing_t1_l3k5m7e'));
    expect(nested.editor).toBeNull();
    expect(nested.opener?.textContent).toBe('reply');
    expect(nested.opener?.closest('.thing')?.id).toBe('thing_t1_l3k5m7e');
  });

  it('is not fooled by hidden text', () => {
    const editForm = unitBy('#thing_t3_1cq2x7a .usertext-edit');
    expect(adapter.isHiddenText(editForm)).toBe(true);
    expect(adapter.isHiddenText(unitBy('#thing_t3_1cq2x7a .usertext-body'))).toBe(false);
  });
});
