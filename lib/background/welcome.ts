/** The first-run wizard's tab, opened at install unless the CM already went through it. */
import { browser } from 'wxt/browser';
import type { VigieDB } from '../store/db';
import { getSettings } from '../store/repos/settings';

export async function openWelcome(db: () => Promise<VigieDB>): Promise<void> {
  // A reinstall over kept data (Firefox sync, a restored profile) is already set up.
  if ((await getSettings(await db())).onboarded) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
