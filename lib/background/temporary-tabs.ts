/** Tabs where the CM turned Vigie on for the current page only (activeTab), by origin. */
import { browser } from 'wxt/browser';

const keyOf = (tabId: number) => `tab-on-demand:${tabId}`;

export async function markTabListening(tabId: number, origin: string): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: origin });
}

export async function isTabListening(tabId: number, origin: string): Promise<boolean> {
  const key = keyOf(tabId);
  return (await browser.storage.session.get(key))[key] === origin;
}

export async function forgetTabListening(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
