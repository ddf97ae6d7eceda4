/**
 * Which mentions each tab shows, in page order. Kept in session storage so a
 * service worker that was put to sleep wakes up knowing it; gone with the browser.
 */
import { browser } from 'wxt/browser';

const keyOf = (tabId: number) => `tab-mentions:${tabId}`;

export async function getTabMentionIds(tabId: number): Promise<string[]> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const ids = stored[key];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Adds ids to the tab's list (keeping first positions); `reset` starts the list anew. */
export async function addTabMentionIds(
  tabId: number,
  ids: readonly string[],
  reset: boolean,
): Promise<string[]> {
  const current = reset ? [] : await getTabMentionIds(tabId);
  const seen = new Set(current);
  for (const id of ids) {
    if (!seen.has(id)) {
      seen.add(id);
      current.push(id);
    }
  }
  await browser.storage.session.set({ [keyOf(tabId)]: current });
  return current;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
