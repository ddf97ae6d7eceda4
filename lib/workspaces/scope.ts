/**
 * Highlights in scope "all": content scripts receive every workspace's
 * watchlists, whose ids are only unique within their workspace. The active
 * workspace's keep their plain ids (so everything downstream of a page —
 * captures, cards, the side panel — reads them as before); the others' are
 * qualified with their workspace. Mentions reported back are split per
 * workspace with `splitByWorkspace`.
 */

/** ASCII unit separator: never typed in an id, never shown. */
const SEPARATOR = '\u001f';

export function scopedWatchlistId(workspaceId: string, watchlistId: string): string {
  return `${workspaceId}${SEPARATOR}${watchlistId}`;
}

/** The workspace and watchlist of an id as a content script reports it. */
export function parseWatchlistId(
  id: string,
  activeWorkspaceId: string,
): { workspaceId: string; watchlistId: string } {
  const at = id.indexOf(SEPARATOR);
  if (at < 0) return { workspaceId: activeWorkspaceId, watchlistId: id };
  return { workspaceId: id.slice(0, at), watchlistId: id.slice(at + 1) };
}

/** Watchlist ids grouped by the workspace they belong to, in first-seen order. */
export function splitByWorkspace(
  ids: readonly string[],
  activeWorkspaceId: string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const { workspaceId, watchlistId } = parseWatchlistId(id, activeWorkspaceId);
    const group = groups.get(workspaceId) ?? [];
    if (!group.includes(watchlistId)) group.push(watchlistId);
    groups.set(workspaceId, group);
  }
  return groups;
}

/** Only the active workspace's ids (what an incident of that workspace may reference). */
export function activeWatchlistIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !id.includes(SEPARATOR));
}
