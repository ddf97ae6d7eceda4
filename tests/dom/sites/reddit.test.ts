import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redditAdapter as adapter } from '../../../lib/sites/reddit';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/reddit');

/** Loads a fixture into the test document and runs its shadow-root stand-ins, as a browser would. */
function loadFixture(name: string): void {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  document.open();
  document.write(html);
  document.close();
  for (const script of document.querySelectorAll('script[data-fixture="shadow"]')) {
    new Function(script.textContent ?? '')();
  }
}

function unitBy(selector: string): Element {
  const unit = document.querySelector(selector);
  if (!unit) throw new Error(`no unit ${selector}`);
  return unit;
}

describe('reddit adapter: handles()', () => {
  it('accepts the shreddit hosts and rejects old.reddit and others', () => {
    expect(adapter.handles(new URL('https://www.reddit.com/r/france/comments/abc/x/'))).toBe(true);
    expect(adapter.handles(new URL('https://sh.reddit.com/r/france/'))).toBe(true);
    expect(adapter.handles(new URL('https://old.reddit.com/r/france/'))).toBe(false);
    expect(adapter.handles(new URL('https://www.reddit.com.evil.example/r/france/'))).toBe(false);
    expect(adapter.handles(new URL('https://x.com/acme_air'))).toBe(false);
    expect(adapter.matches).toEqual(['https://www.reddit.com/*', 'https://sh.reddit.com/*']);
  });
});

describe('reddit adapter: feed', () => {
  const pageUrl = new URL('https://www.reddit.com/r/france/');
  beforeEach(() => loadFixture('feed.html'));

  it('finds the four user posts and skips the promoted post', () => {
    const units = adapter.findUnits(document);
    expect(units.map((unit) => unit.id)).toEqual([
      't3_1cq2x7a',
      't3_1cq31bb',
      't3_1cq0zz9',
      't3_1cpz001',
    ]);
    expect(units.map((unit) => adapter.extract(unit, pageUrl).kind)).toEqual([
      'post',
      'post',
      'post',
      'post',
    ]);
  });

  it('reads a text post: title, preview text with the split brand, attributes', () => {
    const post = unitBy('#t3_1cq2x7a');
    expect(adapter.extract(post, pageUrl)).toEqual({
      network: 'reddit',
      kind: 'post',
      author: {
        name: 'PierreLyon69',
        handle: 'u/PierreLyon69',
        url: 'https://www.reddit.com/user/PierreLyon69/',
      },
      permalink:
        'https://www.reddit.com/r/france/comments/1cq2x7a/acme_air_annule_encore_mon_vol_parislisbonne/',
      timestamp: '2024-05-12T08:14:55.412Z',
      text:
        'Acme Air annule encore mon vol Paris–Lisbonne 😡\n' +
        'Troisième annulation en deux mois chez Acme Air. Le service client de @acme_air ne répond pas, j’attends toujours mon remboursement. Quelqu’un a déjà tenté la médiation ?\n' +
        '#acmeair #déçu',
      languageHint: 'fr',
      engagement: { likes: 342, replies: 87 },
    });
  });

  it('excludes screen-reader copies of the title and flair labels', () => {
    const post = unitBy('#t3_1cq31bb');
    const extracted = adapter.extract(post, pageUrl);
    expect(extracted.text).toBe(
      "Acme Air vs SkyJet for a family trip to Lisbon?\nSorry for posting in English. Acme's prices look better but SkyJet includes a checked bag. Anyone flown Acme Air with kids recently? 👶✈️",
    );
    expect(extracted.text).not.toContain('Voyage');
    expect(extracted.languageHint).toBeUndefined();
    const screenReaderCopy = post.querySelector('faceplate-screen-reader-content');
    expect(screenReaderCopy && adapter.isHiddenText(screenReaderCopy)).toBe(true);
    expect(adapter.bodyOf(post).map((el) => el.getAttribute('slot'))).toEqual([
      'title',
      'text-body',
    ]);
  });

  it('reads an image post (title only) with large counts', () => {
    const extracted = adapter.extract(unitBy('#t3_1cq0zz9'), pageUrl);
    expect(extracted.text).toBe('Photo : l’équipage Acme Air a sauvé mon anniversaire 🎂');
    expect(extracted.engagement).toEqual({ likes: 15400, replies: 1203 });
    expect(extracted.timestamp).toBe('2024-05-11T19:03:44.000Z');
  });

  it('gives no author for a deleted account', () => {
    const extracted = adapter.extract(unitBy('#t3_1cpz001'), pageUrl);
    expect(extracted.author).toEqual({ name: undefined, handle: undefined, url: undefined });
    expect(extracted.text).toBe('SkyJet ou AcmeAir ?');
  });

  it('points a feed post to its page (no composer in feeds)', () => {
    const target = adapter.replyTarget(unitBy('#t3_1cq2x7a'));
    expect(target.editor).toBeNull();
    expect(target.opener?.getAttribute('slot')).toBe('full-post-link');
  });
});

describe('reddit adapter: post page', () => {
  const pageUrl = new URL(
    'https://www.reddit.com/r/france/comments/1cq2x7a/acme_air_annule_encore_mon_vol_parislisbonne/',
  );
  beforeEach(() => loadFixture('post.html'));

  it('renders comments through shadow roots while the content stays in the light DOM', () => {
    const comment = unitBy('shreddit-comment[thingid="t1_l3k2j1a"]');
    expect(comment.shadowRoot?.querySelector('slot[name="comment"]')).not.toBeNull();
    expect(comment.shadowRoot?.textContent).toBe('');
  });

  it('finds the post and every comment, replies included, in document order', () => {
    const units = adapter.findUnits(document);
    const summary = units.map((unit) => {
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

  it('reads the full post body', () => {
    const extracted = adapter.extract(unitBy('shreddit-post'), pageUrl);
    expect(extracted.text).toBe(
      'Acme Air annule encore mon vol Paris–Lisbonne 😡\n' +
        'Troisième annulation en deux mois chez Acme Air. Le service client de @acme_air ne répond pas, j’attends toujours mon remboursement (420 €).\n' +
        'Quelqu’un a déjà tenté la médiation ? Sinon je pars chez SkyJet, tant pis.\n' +
        '#acmeair #déçu',
    );
  });

  it('keeps a comment separate from its nested replies', () => {
    const comment = unitBy('shreddit-comment[thingid="t1_l3k2j1a"]');
    const extracted = adapter.extract(comment, pageUrl);
    expect(extracted).toEqual({
      network: 'reddit',
      kind: 'comment',
      author: {
        name: 'MarieDuSud',
        handle: 'u/MarieDuSud',
        url: 'https://www.reddit.com/user/MarieDuSud/',
      },
      permalink: 'https://www.reddit.com/r/france/comments/1cq2x7a/comment/l3k2j1a/',
      timestamp: '2024-05-12T09:02:11.000Z',
      text:
        'Même galère avec Acme Air en mars. La médiation du tourisme a tranché en 6 semaines, ils ont fini par payer.\n' +
        'Petit conseil : passez par la CB, le chargeback marche 😉',
      languageHint: undefined,
      engagement: { likes: 128 },
    });
    expect(extracted.text).not.toContain('social team');
    const body = adapter.bodyOf(comment);
    expect(body).toHaveLength(1);
    expect(body[0]?.id).toBe('t1_l3k2j1a-comment-rtjson-content');
  });

  it('reads a depth-2 reply with its own time, not its parent one', () => {
    const reply = unitBy('shreddit-comment[thingid="t1_l3k6b2c"]');
    const extracted = adapter.extract(reply, pageUrl);
    expect(extracted.kind).toBe('reply');
    expect(extracted.timestamp).toBe('2024-05-12T10:05:00.000Z');
    expect(extracted.text).toBe('Merci, DM envoyé. On verra bien… 🤞');
    expect(extracted.engagement).toEqual({ likes: 12 });
  });

  it('unitOf() returns the innermost comment', () => {
    const replyText = unitBy('#t1_l3k4q9z-comment-rtjson-content').firstChild?.firstChild;
    expect(replyText?.nodeType).toBe(3);
    expect(adapter.unitOf(replyText!)?.getAttribute('thingid')).toBe('t1_l3k4q9z');
    const postTitle = unitBy('h1[slot="title"]');
    expect(adapter.unitOf(postTitle)?.tagName).toBe('SHREDDIT-POST');
    expect(adapter.unitOf(unitBy('shreddit-comment-tree'))).toBeNull();
  });

  it('finds the reply editor or the button that opens it', () => {
    const post = adapter.replyTarget(unitBy('shreddit-post'));
    expect(post.editor).toBeNull();
    expect(post.opener?.tagName).toBe('FACEPLATE-TEXTAREA-INPUT');

    const open = adapter.replyTarget(unitBy('shreddit-comment[thingid="t1_l3k3x0d"]'));
    expect(open.editor?.getAttribute('data-lexical-editor')).toBe('true');
    expect(open.opener).toBeNull();

    const closed = adapter.replyTarget(unitBy('shreddit-comment[thingid="t1_l3k5m7e"]'));
    expect(closed.editor).toBeNull();
    expect(closed.opener?.textContent?.trim()).toBe('Répondre');
    expect(closed.opener?.closest('shreddit-comment')?.getAttribute('thingid')).toBe('t1_l3k5m7e');

    const deleted = adapter.replyTarget(unitBy('shreddit-comment[thingid="t1_l3k7z3f"]'));
    expect(deleted).toEqual({ editor: null, opener: null });
  });

  it('keeps the action row and its composer out of the comment text', () => {
    const comment = unitBy('shreddit-comment[thingid="t1_l3k3x0d"]');
    const text = adapter.extract(comment, pageUrl).text;
    expect(text).toBe(
      'Honestly SkyJet isn’t better, they lost my bag in Porto. At least Acme’s refund form exists.',
    );
  });
});

interface ReactFixture {
  rerenders: number;
  addPost(text: string): void;
  likeFirst(): void;
}

/** Loads react-feed.html, runs its shadow stand-ins, then its bundle (real react-dom) in this window. */
async function renderReactFeed(): Promise<ReactFixture> {
  const html = readFileSync(join(FIXTURES, 'react-feed.html'), 'utf8').replace(
    /<script src="\.\/dist\/react-feed\.js"><\/script>/,
    '',
  );
  document.open();
  document.write(html);
  document.close();
  for (const script of document.querySelectorAll('script[data-fixture="shadow"]')) {
    new Function(script.textContent ?? '')();
  }
  new Function(readFileSync(join(FIXTURES, 'dist/react-feed.js'), 'utf8'))();
  const fixture = (window as unknown as { __fixture: ReactFixture }).__fixture;
  // The commit shows the posts; the passive effects that wire addPost/likeFirst run after it.
  await until(() => adapter.findUnits(document).length === 3 && fixture.rerenders > 0);
  return fixture;
}

/** Waits for React's asynchronous commit (scheduled on a macrotask) to show up in the DOM. */
async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for React to render');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('reddit adapter: React-rendered feed', () => {
  const pageUrl = new URL('https://www.reddit.com/r/france/');
  beforeAll(() => {
    execFileSync(process.execPath, ['tests/fixtures/build-react-fixtures.mjs', 'reddit']);
  });

  it('extracts the rendered posts and follows re-renders', async () => {
    const fixture = await renderReactFeed();
    const before = adapter.findUnits(document);
    expect(before.map((unit) => adapter.extract(unit, pageUrl).author.name)).toEqual([
      'PierreLyon69',
      'expat_in_lyon',
      'Camille_B',
    ]);
    const first = before[0]!;
    expect(first.shadowRoot?.querySelector('slot[name="title"]')).not.toBeNull();
    expect(adapter.extract(first, pageUrl)).toMatchObject({
      kind: 'post',
      permalink: 'https://www.reddit.com/r/france/comments/1cq2x7a/acme_air_annule_encore_mon_vol/',
      timestamp: '2024-05-12T08:14:55.412Z',
      text: 'Acme Air annule encore mon vol 😡\nTroisième annulation en deux mois chez Acme Air. Quelqu’un a tenté la médiation ? #acmeair',
      engagement: { likes: 342, replies: 87 },
    });
    // The vote button's count is chrome, not text.
    expect(adapter.extract(first, pageUrl).text).not.toContain('⬆');

    const rendersBefore = fixture.rerenders;
    fixture.likeFirst();
    // The DOM commit comes first; the effect counting re-renders runs just after it.
    await until(
      () =>
        adapter.extract(first, pageUrl).engagement.likes === 343 &&
        fixture.rerenders > rendersBefore,
    );
    expect(fixture.rerenders).toBeGreaterThan(rendersBefore);
    expect(adapter.findUnits(document)[0]).toBe(first);
    expect(adapter.extract(first, pageUrl).engagement.likes).toBe(343);

    fixture.addPost('SkyJet ou Acme Air pour Montréal ? ✈️');
    await until(() => adapter.findUnits(document).length === 4);
    const after = adapter.findUnits(document);
    expect(after).toHaveLength(4);
    expect(after[1]).toBe(first);
    expect(adapter.extract(after[0]!, pageUrl)).toMatchObject({
      author: { name: 'vigie_test' },
      text: 'SkyJet ou Acme Air pour Montréal ? ✈️',
    });
    expect((window as unknown as { __reactErrors: unknown[] }).__reactErrors).toEqual([]);
  });
});
