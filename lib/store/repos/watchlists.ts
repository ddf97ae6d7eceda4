import type { VigieDB } from '../db';
import { type Watchlist, watchlistSchema } from '../schema';

export async function listWatchlists(db: VigieDB, workspaceId: string): Promise<Watchlist[]> {
  return db.getAllFromIndex('watchlists', 'byWorkspace', workspaceId);
}

export async function putWatchlist(db: VigieDB, watchlist: Watchlist): Promise<Watchlist> {
  const record = watchlistSchema.parse(watchlist);
  await db.put('watchlists', record);
  return record;
}

export async function deleteWatchlist(db: VigieDB, workspaceId: string, id: string): Promise<void> {
  await db.delete('watchlists', [workspaceId, id]);
}
