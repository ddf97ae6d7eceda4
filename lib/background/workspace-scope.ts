/**
 * Which watchlists a page listens with, and where its mentions go, under the
 * highlight scope setting. "active": the active workspace's watchlists, its
 * mentions. "all": every workspace's watchlists (other workspaces' ids
 * qualified, their names prefixed with the workspace's), and a post is stored
 * once in each workspace whose watchlists matched it — each workspace keeps
 * its own statuses and log. The side panel and the badge show the active
 * workspace's mentions.
 */

import type { VigieDB } from '../store/db';
import type { SeenMention } from '../store/repos/mentions';
import { listWatchlists } from '../store/repos/watchlists';
import { listWorkspaces } from '../store/repos/workspaces';
import type { Mention, Settings, Watchlist } from '../store/schema';
import { scopedWatchlistId, splitByWorkspace } from '../workspaces/scope';

export async function watchlistsInScope(db: VigieDB, settings: Settings): Promise<Watchlist[]> {
  const active = await listWatchlists(db, settings.activeWorkspaceId);
  if (settings.highlightScope !== 'all') return active;
  const others = (await listWorkspaces(db)).filter((w) => w.id !== settings.activeWorkspaceId);
  const lists = await Promise.all(
    others.map(async (workspace) =>
      (await listWatchlists(db, workspace.id)).map((watchlist) => ({
        ...watchlist,
        id: scopedWatchlistId(workspace.id, watchlist.id),
        name: `${workspace.name} · ${watchlist.name}`,
      })),
    ),
  );
  return [...active, ...lists.flat()];
}

/**
 * One record per workspace whose watchlists matched (ids back to their own);
 * workspaces that no longer exist are dropped; a post with no watchlist id
 * goes to the active workspace.
 */
export function perWorkspace(
  mentions: readonly Omit<SeenMention, 'workspaceId'>[],
  activeWorkspaceId: string,
  existing: ReadonlySet<string>,
): SeenMention[] {
  return mentions.flatMap((mention) => {
    const groups = splitByWorkspace(mention.watchlistIds, activeWorkspaceId);
    if (groups.size === 0) groups.set(activeWorkspaceId, []);
    return [...groups]
      .filter(([workspaceId]) => existing.has(workspaceId))
      .map(([workspaceId, watchlistIds]) => ({ ...mention, workspaceId, watchlistIds }));
  });
}

/** What the page's content script keeps per post: the active workspace's record when there is one. */
export function onePerPost(stored: readonly Mention[], activeWorkspaceId: string): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of stored) {
    const current = byKey.get(mention.dedupeKey);
    if (!current || mention.workspaceId === activeWorkspaceId)
      byKey.set(mention.dedupeKey, mention);
  }
  return [...byKey.values()];
}
