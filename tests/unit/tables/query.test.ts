import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tableHandlers } from '@/lib/background/handlers/tables';
import type { MessageInput } from '@/lib/messages/protocol';
import { inputSchemas } from '@/lib/messages/schemas';
import type { VigieDB } from '@/lib/store/db';
import { addInteraction } from '@/lib/store/repos/interactions';
import { recordMentions, setMentionStatus } from '@/lib/store/repos/mentions';
import { TableIndex } from '@/lib/tables/cache';
import { foldText, searchTerms } from '@/lib/tables/fold';
import { queryRows, SelectionMemo } from '@/lib/tables/query';
import { interactionRow, mentionRow } from '@/lib/tables/rows';
import { freshDb } from '../store/helpers';
import { MIN, makeInteraction, makeMention, T0 } from './fixtures';

const ui = { caller: 'ui' as const };
let db: VigieDB;
let handlers: ReturnType<typeof tableHandlers>;

const mentions = (input: MessageInput<'mentions.query'>) =>
  handlers['mentions.query'](inputSchemas['mentions.query'].parse(input), ui);
const interactions = (input: MessageInput<'interactions.query'>) =>
  handlers['interactions.query'](inputSchemas['interactions.query'].parse(input), ui);
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDb();
  handlers = tableHandlers({ db: async () => db });
  const tx = db.transaction(['mentions', 'interactions'], 'readwrite');
  await tx.objectStore('mentions').put(
    makeMention('m1', {
      text: 'Le service client de Acme est déçevant',
      author: { name: 'Zoé Brûlé', handle: '@zoe' },
      firstSeenAt: T0,
      risk: { level: 'high', score: 5, categories: ['complaint'] },
    }),
  );
  await tx.objectStore('mentions').put(
    makeMention('m2', {
      text: 'Great flight with ACME',
      network: 'linkedin',
      firstSeenAt: T0 + MIN,
    }),
  );
  await tx.objectStore('mentions').put(
    makeMention('m3', {
      text: 'Œuvre commune, rien à voir',
      watchlistIds: ['w-topic'],
      status: 'ignored',
      risk: { level: 'low', score: 1, categories: [] },
      firstSeenAt: T0 + 2 * MIN,
    }),
  );
  await tx
    .objectStore('mentions')
    .put(makeMention('m-other', { workspaceId: 'other', text: 'Acme elsewhere', firstSeenAt: T0 }));
  for (let i = 0; i < 250; i++) {
    await tx.objectStore('interactions').put(
      makeInteraction(`i${String(i).padStart(3, '0')}`, {
        createdAt: T0 + i * MIN,
        text: i % 10 === 0 ? `Désolé pour le retard n°${i}` : `Merci ${i}`,
        network: i % 2 === 0 ? 'x' : 'facebook',
        status: i % 5 === 0 ? 'sent' : 'inserted',
      }),
    );
  }
  await tx.done;
});

describe('folded search', () => {
  it('ignores case, accents and ligatures', () => {
    expect(foldText('DÉÇU  Œuvre Straße')).toBe('decu oeuvre strasse');
    expect(searchTerms('  Brûlé   ZOE ')).toEqual(['brule', 'zoe']);
  });
});

describe('mentions.query', () => {
  it('answers the active workspace only, newest first, with a total', async () => {
    const page = await mentions({});
    expect(page.total).toBe(3);
    expect(ids(page)).toEqual(['m3', 'm2', 'm1']);
    expect(ids(await mentions({ sort: 'asc' }))).toEqual(['m1', 'm2', 'm3']);
  });

  it('searches text, author and handle whatever the case and accents, every term', async () => {
    expect(ids(await mentions({ search: 'DECEVANT' }))).toEqual(['m1']);
    expect(ids(await mentions({ search: 'zoe brule' }))).toEqual(['m1']);
    expect(ids(await mentions({ search: '@ZOE' }))).toEqual(['m1']);
    expect(ids(await mentions({ search: 'oeuvre' }))).toEqual(['m3']);
    expect(ids(await mentions({ search: 'acme' }))).toEqual(['m2', 'm1']);
    expect(ids(await mentions({ search: 'acme flight' }))).toEqual(['m2']);
    expect((await mentions({ search: 'elsewhere' })).total).toBe(0);
  });

  it('filters by network, status, risk, watchlist and dates', async () => {
    expect(ids(await mentions({ filters: { network: 'linkedin' } }))).toEqual(['m2']);
    expect(ids(await mentions({ filters: { status: 'ignored' } }))).toEqual(['m3']);
    expect(ids(await mentions({ filters: { risk: 'risky' } }))).toEqual(['m1']);
    expect(ids(await mentions({ filters: { risk: 'low' } }))).toEqual(['m3']);
    expect(ids(await mentions({ filters: { watchlistId: 'w-topic' } }))).toEqual(['m3']);
    expect(ids(await mentions({ filters: { from: T0 + MIN, to: T0 + MIN } }))).toEqual(['m2']);
    expect(ids(await mentions({ filters: { from: T0 + MIN } }))).toEqual(['m3', 'm2']);
  });

  it('stars rows of the workspace, and finds them with "marked only"', async () => {
    expect(
      await handlers['mentions.mark']({ ids: ['m1', 'm-other', 'nope'], marked: true }, ui),
    ).toEqual(['m1']);
    expect(ids(await mentions({ filters: { markedOnly: true } }))).toEqual(['m1']);
    expect((await db.get('mentions', 'm1'))?.marked).toBe(true);
    expect((await db.get('mentions', 'm-other'))?.marked).toBeUndefined();
    // The content script seeing it again keeps the star.
    const {
      id: _id,
      status: _s,
      firstSeenAt: _f,
      lastSeenAt: _l,
      marked: _m,
      ...seen
    } = (await db.get('mentions', 'm1'))!;
    await recordMentions(db, [seen]);
    expect((await db.get('mentions', 'm1'))?.marked).toBe(true);
    await handlers['mentions.mark']({ ids: ['m1'], marked: false }, ui);
    expect((await mentions({ filters: { markedOnly: true } })).total).toBe(0);
    expect(await db.get('mentions', 'm1')).not.toHaveProperty('marked');
  });

  it('follows writes made through the repositories after its index was built', async () => {
    await mentions({});
    await setMentionStatus(db, 'm2', 'replied');
    expect(ids(await mentions({ filters: { status: 'replied' } }))).toEqual(['m2']);
    const {
      id: _id,
      status: _s,
      firstSeenAt: _f,
      lastSeenAt: _l,
      ...seen
    } = makeMention('new', {
      text: 'brand new acme post',
    });
    const [stored] = await recordMentions(db, [seen], T0 + 10 * MIN);
    const page = await mentions({ search: 'brand new' });
    expect(ids(page)).toEqual([stored?.id]);
    expect((await mentions({})).rows[0]?.id).toBe(stored?.id);
  });

  it('keeps late mentions only, and says which rows are answered', async () => {
    const now = Date.now();
    await db.put('mentions', makeMention('late', { firstSeenAt: now - 2 * 60 * MIN }));
    await db.put('mentions', makeMention('answered', { firstSeenAt: now - 2 * 60 * MIN }));
    await db.put('mentions', makeMention('recent', { firstSeenAt: now - 5 * MIN }));
    // A fresh handler group: the puts above went around the repositories.
    handlers = tableHandlers({ db: async () => db });
    await addInteraction(db, makeInteraction('reply', { mentionId: 'answered' }));
    const late = await mentions({ filters: { lateOnly: true } });
    // m1 and m2 (new, first seen long ago on X and LinkedIn) are late too; m3 was ignored.
    expect(ids(late).sort()).toEqual(['late', 'm1', 'm2']);
    const all = await mentions({ search: 'mention' });
    expect(all.answeredIds).toEqual(['answered']);
  });
});

describe('interactions.query', () => {
  it('pages through a sorted selection', async () => {
    const first = await interactions({ limit: 100 });
    expect(first.total).toBe(250);
    expect(first.rows).toHaveLength(100);
    expect(first.rows[0]?.id).toBe('i249');
    const last = await interactions({ offset: 200, limit: 100 });
    expect(last.rows).toHaveLength(50);
    expect(last.rows.at(-1)?.id).toBe('i000');
    const asc = await interactions({ sort: 'asc', offset: 10, limit: 2 });
    expect(ids(asc)).toEqual(['i010', 'i011']);
  });

  it('combines search and filters, totals counting every page', async () => {
    const sorry = await interactions({ search: 'desole', limit: 5 });
    expect(sorry.total).toBe(25);
    expect(ids(sorry)).toEqual(['i240', 'i230', 'i220', 'i210', 'i200']);
    expect((await interactions({ filters: { status: 'sent', network: 'facebook' } })).total).toBe(
      25,
    );
    expect((await interactions({ filters: { status: 'sent', network: 'x' } })).total).toBe(25);
    expect((await interactions({ search: 'n°10', filters: { network: 'x' } })).total).toBe(2);
    expect((await interactions({ search: 'n°10', filters: { from: T0 + 50 * MIN } })).total).toBe(
      1,
    );
  });

  it('stars interactions and sees new ones', async () => {
    await interactions({});
    await handlers['interactions.mark']({ ids: ['i005', 'i006'], marked: true }, ui);
    expect(ids(await interactions({ filters: { markedOnly: true } }))).toEqual(['i006', 'i005']);
    await addInteraction(
      db,
      makeInteraction('i999', { createdAt: T0 + 999 * MIN, text: 'Nouvelle' }),
    );
    expect(ids(await interactions({ limit: 1 }))).toEqual(['i999']);
  });
});

describe('the worker index', () => {
  it('opens a table straight from the store, then answers the same from its index', async () => {
    const plain = await interactions({ offset: 120, limit: 7 });
    const sorted = await interactions({ offset: 120, limit: 7, sort: 'asc' });
    // The background warm-up built the index meanwhile: same question, same answer.
    await interactions({ search: 'merci' });
    expect(await interactions({ offset: 120, limit: 7 })).toEqual(plain);
    expect(await interactions({ offset: 120, limit: 7, sort: 'asc' })).toEqual(sorted);
    expect(ids(plain)).toEqual(['i129', 'i128', 'i127', 'i126', 'i125', 'i124', 'i123']);
    const firstMentions = await mentions({});
    expect(firstMentions.total).toBe(3);
  });

  it('builds once for reads asked together', async () => {
    const index = new TableIndex('interactions', interactionRow);
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const [a, b] = await Promise.all([index.read(db, 'default'), index.read(db, 'default')]);
    expect(a).toHaveLength(250);
    expect(b).toBe(a);
    expect(getAll).toHaveBeenCalledTimes(1);
  });

  it('takes in records written outside the repositories once the write is announced', async () => {
    const index = new TableIndex('mentions', mentionRow);
    expect((await index.read(db, 'default')).map((row) => row.id)).toEqual(['m1', 'm2', 'm3']);
    await db.put('mentions', makeMention('direct', { firstSeenAt: T0 + 5 * MIN }));
    // Never polls the store: an unannounced write stays unseen…
    expect(await index.read(db, 'default')).toHaveLength(3);
    // …and is read once announced (as workspace deletion announces its removals).
    index.invalidate(['direct']);
    expect((await index.read(db, 'default')).map((row) => row.id)).toEqual([
      'm1',
      'm2',
      'm3',
      'direct',
    ]);
  });
});

describe('SelectionMemo', () => {
  const rows = Array.from({ length: 500 }, (_, i) =>
    interactionRow(
      makeInteraction(`r${i}`, {
        createdAt: T0 + i,
        text: i % 7 === 0 ? `remboursement ${i}` : `merci ${i}`,
      }),
    ),
  );
  const q = (search: string, offset = 0) => ({
    filters: {},
    search,
    sort: 'desc' as const,
    offset,
    limit: 10,
  });

  it('answers typing letter by letter and paging like a fresh scan', () => {
    const memo = new SelectionMemo();
    for (const typed of [
      'r',
      're',
      'rem',
      'remb',
      'rembo',
      'remboursement 4',
      'remboursement 49',
    ]) {
      expect(memo.query(rows, 1, q(typed), 0)).toEqual(queryRows(rows, q(typed)));
    }
    // Back to a shorter word: a wider selection, scanned again.
    expect(memo.query(rows, 1, q('merci'), 0)).toEqual(queryRows(rows, q('merci')));
    expect(memo.query(rows, 1, q('merci', 420), 0)).toEqual(queryRows(rows, q('merci', 420)));
  });

  it('scans again when the rows changed or a clock-bound filter aged', () => {
    const memo = new SelectionMemo(1_000);
    // A clock-bound filter: rows "due" by the time asked.
    let limit = 100;
    const due = (row: { time: number }) => row.time - T0 < limit;
    expect(memo.query(rows, 1, q(''), 0, due).total).toBe(100);
    limit = 200;
    // Within the memo's life the selection holds still (scrolling stays consistent)…
    expect(memo.query(rows, 1, q(''), 500, due).total).toBe(100);
    // …then it is scanned again, and at once when its other inputs change.
    expect(memo.query(rows, 1, q(''), 1_500, due).total).toBe(200);
    limit = 300;
    expect(memo.query(rows, 1, q(''), 1_600, due, 'targets changed').total).toBe(300);
    expect(memo.query(rows.slice(0, 100), 2, q(''), 1_700).total).toBe(100);
  });
});
