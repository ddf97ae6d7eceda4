/**
 * Composition root of the service worker: open the store, route messages,
 * keep the badge. Logic lives in lib/; this file only wires it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showMentionCount } from '@/lib/background/badge';
import { createHandlers } from '@/lib/background/handlers/index';
import { syncOnDemandScript } from '@/lib/background/on-demand';
import { forgetTab } from '@/lib/background/tab-mentions';
import { forgetTabListening } from '@/lib/background/temporary-tabs';
import { route } from '@/lib/messages/router';
import { queryErrors } from '@/lib/query/check';
import { detectLanguage } from '@/lib/risk/language';
import { openVigieDB, type VigieDB } from '@/lib/store/db';
import { getSettings } from '@/lib/store/repos/settings';
import { hashPassphrase, verifyPassphrase } from '@/lib/templates/passphrase';

export default defineBackground(() => {
  let db: Promise<VigieDB> | null = null;
  // Opened on first use and reopened after a failure (e.g. an upgrade blocked by an old tab).
  const getDb = () => {
    db ??= openVigieDB().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };

  const handlers = createHandlers({
    db: getDb,
    checkQuery: queryErrors,
    passphrase: { hash: (given) => hashPassphrase(given), verify: verifyPassphrase },
    detectLanguage: (text) => detectLanguage(text)?.language,
    onTabMentions: (tabId, count) => {
      showMentionCount(tabId, count).catch(() => undefined);
    },
  });
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender, handlers, own));

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId).catch(() => undefined);
    forgetTabListening(tabId).catch(() => undefined);
  });

  // The sites the CM turned Vigie on for keep their content script across updates.
  const syncOnDemand = async () =>
    syncOnDemandScript((await getSettings(await getDb())).genericOrigins);
  browser.runtime.onInstalled.addListener(() => void syncOnDemand().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void syncOnDemand().catch(() => undefined));
});
