import { beforeEach, describe, expect, it } from 'vitest';
import { onePerPost, perWorkspace, watchlistsInScope } from '@/lib/background/workspace-scope';
import type { VigieDB } from '@/lib/store/db';
import { getSettings, updateSettings } from '@/lib/store/repos/settings';
import { putWatchlist } from '@/lib/store/repos/watchlists';
import { putWorkspace } from '@/lib/store/repos/workspaces';
import { DEFAULT_WORKSPACE_ID, type Mention } from '@/lib/store/schema';
import { activeWatchlistIds, scopedWatchlistId } from '@/lib/workspaces/scope';
import { mention } from '../incidents/fixtures';
import { freshDb } from '../store/helpers';

let db: VigieDB;
const watchlist = (workspaceId: string, id: string, query: string) =>
  putWatchlist(db, {
    workspaceId,
    id,
    name: id,
    kind: 'brand',
    query,
    enabled: true,
    createdAt: 0,
    updatedAt: 0,
  });

beforeEach(async () => {
  db = await freshDb();
  await putWorkspace(db, { id: 'b', name: 'Client B', createdAt: 0, updatedAt: 0 });
  // The same watchlist id in both workspaces: ids are only unique within one.
  await watchlist(DEFAULT_WORKSPACE_ID, 'brand', 'acme');
  await watchlist('b', 'brand', 'globex');
});

describe('watchlistsInScope', () => {
  it('gives the active workspace’s watchlists in scope "active"', async () => {
    const lists = await watchlistsInScope(db, await getSettings(db));
    expect(lists.map((w) => [w.id, w.query])).toEqual([['brand', 'acme']]);
  });

  it('adds the others’ in scope "all", qualified and named after their workspace', async () => {
    const settings = await updateSettings(db, { highlightScope: 'all' });
    const lists = await watchlistsInScope(db, settings);
    expect(lists.map((w) => [w.id, w.name, w.query])).toEqual([
      ['brand', 'brand', 'acme'],
      [scopedWatchlistId('b', 'brand'), 'Client B · brand', 'globex'],
    ]);
  });
});

describe('perWorkspace and onePerPost', () => {
  const seen = (watchlistIds: string[]) => {
    const {
      id: _id,
      workspaceId: _ws,
      status: _s,
      firstSeenAt: _f,
      lastSeenAt: _l,
      ...rest
    } = mention({ id: 'm', watchlistIds });
    return rest;
  };
  const known = new Set([DEFAULT_WORKSPACE_ID, 'b']);

  it('stores a post once in each workspace whose watchlists matched, with its own ids', () => {
    const records = perWorkspace(
      [seen(['brand', scopedWatchlistId('b', 'brand')])],
      DEFAULT_WORKSPACE_ID,
      known,
    );
    expect(records.map((r) => [r.workspaceId, r.watchlistIds])).toEqual([
      [DEFAULT_WORKSPACE_ID, ['brand']],
      ['b', ['brand']],
    ]);
  });

  it('puts a post matched only by another workspace there, and drops deleted workspaces', () => {
    expect(
      perWorkspace([seen([scopedWatchlistId('b', 'brand')])], DEFAULT_WORKSPACE_ID, known).map(
        (r) => r.workspaceId,
      ),
    ).toEqual(['b']);
    expect(
      perWorkspace([seen([scopedWatchlistId('gone', 'x')])], DEFAULT_WORKSPACE_ID, known),
    ).toEqual([]);
  });

  it('answers the page with the active workspace’s record of each post', () => {
    const a: Mention = mention({ id: 'a', dedupeKey: 'k', workspaceId: 'b' });
    const b: Mention = mention({ id: 'b', dedupeKey: 'k', workspaceId: DEFAULT_WORKSPACE_ID });
    const c: Mention = mention({ id: 'c', dedupeKey: 'other', workspaceId: 'b' });
    expect(onePerPost([a, b, c], DEFAULT_WORKSPACE_ID).map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('keeps only the active workspace’s ids for an incident', () => {
    expect(activeWatchlistIds(['brand', scopedWatchlistId('b', 'brand')])).toEqual(['brand']);
  });
});
