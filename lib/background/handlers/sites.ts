/** The per-site switch: dedicated sites on/off, any other page on demand. */
import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../../store/repos/settings';
import { injectOnDemand, originOf, syncOnDemandScript } from '../on-demand';
import { siteIdFor } from '../site-of-url';
import { forgetTabListening, isTabListening, markTabListening } from '../temporary-tabs';
import { type BackgroundDeps, configChanged, type HandlerGroup } from './context';

export function siteHandlers(
  deps: BackgroundDeps,
): HandlerGroup<'sites.status' | 'sites.setDedicated' | 'sites.listenNow' | 'sites.setAlways'> {
  return {
    'sites.status': async ({ tabId }) => {
      const settings = await getSettings(await deps.db());
      const tab = await browser.tabs.get(tabId);
      const origin = originOf(tab.url);
      const siteId = tab.url ? siteIdFor(tab.url) : null;
      if (siteId) {
        const enabled = !settings.disabledSites.includes(siteId);
        return { mode: 'dedicated', siteId, origin, enabled, always: enabled };
      }
      if (!origin)
        return { mode: 'unsupported', siteId: null, origin: null, enabled: false, always: false };
      const always = settings.genericOrigins.includes(origin);
      return {
        mode: 'on-demand',
        siteId: null,
        origin,
        always,
        enabled: always || (await isTabListening(tabId, origin)),
      };
    },
    'sites.setDedicated': async ({ siteId, enabled }) => {
      const db = await deps.db();
      const { disabledSites } = await getSettings(db);
      const next = enabled
        ? disabledSites.filter((id) => id !== siteId)
        : [...new Set([...disabledSites, siteId])];
      const settings = await updateSettings(db, { disabledSites: next });
      configChanged();
      return settings;
    },
    'sites.listenNow': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId);
      const origin = originOf(tab.url);
      if (!origin) return false;
      await markTabListening(tabId, origin);
      await injectOnDemand(tabId);
      return true;
    },
    'sites.setAlways': async ({ origin, enabled, tabId }) => {
      const db = await deps.db();
      const { genericOrigins } = await getSettings(db);
      const next = enabled
        ? [...new Set([...genericOrigins, origin])]
        : genericOrigins.filter((o) => o !== origin);
      // The registration first: settings never claim a script that is not there.
      await syncOnDemandScript(next);
      const settings = await updateSettings(db, { genericOrigins: next });
      if (enabled && tabId !== undefined) await injectOnDemand(tabId);
      if (!enabled) {
        if (tabId !== undefined) await forgetTabListening(tabId);
        await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
      }
      configChanged();
      return settings;
    },
  };
}
