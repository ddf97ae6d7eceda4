/**
 * What the background does for each message, composed from the store's
 * repositories. Payloads arrive already parsed and their senders checked.
 */
import { browser } from 'wxt/browser';
import { exportBundle, importBundle } from '../bundle/transfer';
import { type QueryCheck, readBundle } from '../bundle/validate';
import type { ContentCommand } from '../messages/content-commands';
import type { Broadcast } from '../messages/protocol';
import type { Handlers } from '../messages/router';
import { RISK_LEXICON } from '../risk/lexicon';
import type { VigieDB } from '../store/db';
import { getMention, recordMentions, setMentionStatus } from '../store/repos/mentions';
import { getSettings, updateSettings } from '../store/repos/settings';
import { listTemplates } from '../store/repos/templates';
import { listWatchlists } from '../store/repos/watchlists';
import { listWorkspaces } from '../store/repos/workspaces';
import type { Mention } from '../store/schema';
import { injectOnDemand, originOf, syncOnDemandScript } from './on-demand';
import { siteIdFor } from './site-of-url';
import { addTabMentionIds, getTabMentionIds } from './tab-mentions';
import { forgetTabListening, isTabListening, markTabListening } from './temporary-tabs';

export interface BackgroundDeps {
  db: () => Promise<VigieDB>;
  /** Checks a watchlist query. */
  checkQuery?: QueryCheck;
  onTabMentions?: (tabId: number, count: number) => void;
  /** ISO 639-1 language of a text, when the page gave no hint. */
  detectLanguage?: (text: string) => string | undefined;
}

/** Tells Vigie's pages something changed; nobody listening is fine. */
export function broadcast(message: Broadcast): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Sends a command to the content script of one tab, or of every tab; tabs without one ignore it. */
export async function commandTabs(command: ContentCommand, tabId?: number): Promise<boolean> {
  const ids =
    tabId !== undefined
      ? [tabId]
      : (await browser.tabs.query({})).map((tab) => tab.id).filter((id) => id !== undefined);
  const results = await Promise.all(
    ids.map((id) =>
      browser.tabs
        .sendMessage(id, command)
        .then(() => true)
        .catch(() => false),
    ),
  );
  return results.some(Boolean);
}

/** Configuration changed: Vigie's pages reload their data, content scripts listen anew. */
function configChanged(): void {
  broadcast({ vigie: 1, event: 'config.changed' });
  void commandTabs({ vigie: 1, command: 'reload' });
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  const activeWorkspace = async (db: VigieDB) => (await getSettings(db)).activeWorkspaceId;
  return {
    'settings.get': async () => getSettings(await deps.db()),
    'settings.update': async (patch) => {
      const settings = await updateSettings(await deps.db(), patch);
      configChanged();
      return settings;
    },
    'workspaces.list': async () => listWorkspaces(await deps.db()),
    'watchlists.list': async () => {
      const db = await deps.db();
      return listWatchlists(db, await activeWorkspace(db));
    },
    'templates.list': async () => {
      const db = await deps.db();
      return listTemplates(db, await activeWorkspace(db));
    },
    'bundle.import': async ({ text }) => {
      const read = readBundle(text, deps.checkQuery);
      if (!read.ok) return read;
      const db = await deps.db();
      const summary = await importBundle(db, await activeWorkspace(db), read.bundle);
      configChanged();
      return { ok: true, summary };
    },
    'bundle.export': async () => {
      const db = await deps.db();
      return exportBundle(db, await activeWorkspace(db));
    },
    'content.hello': async ({ url }, context) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const siteId = siteIdFor(url);
      const origin = originOf(url);
      const onDemand =
        origin !== null &&
        (settings.genericOrigins.includes(origin) ||
          (context.tabId !== undefined && (await isTabListening(context.tabId, origin))));
      const watchlists = await listWatchlists(db, settings.activeWorkspaceId);
      return {
        active: siteId !== null ? !settings.disabledSites.includes(siteId) : onDemand,
        workspaceId: settings.activeWorkspaceId,
        watchlists: watchlists.map(({ id, name, kind, query, enabled, color }) => ({
          id,
          name,
          kind,
          query,
          enabled,
          color,
        })),
        riskTerms: RISK_LEXICON.map(({ term, category, weight }) => ({ term, category, weight })),
      };
    },
    'mentions.seen': async ({ mentions, reset }, context) => {
      const db = await deps.db();
      const workspaceId = await activeWorkspace(db);
      const stored = await recordMentions(
        db,
        mentions.map((mention) => ({
          ...mention,
          workspaceId,
          language: mention.language ?? deps.detectLanguage?.(mention.text) ?? undefined,
        })),
      );
      if (context.tabId !== undefined) {
        const ids = await addTabMentionIds(
          context.tabId,
          stored.map((m) => m.id),
          reset,
        );
        deps.onTabMentions?.(context.tabId, ids.length);
        broadcast({ vigie: 1, event: 'mentions.changed', tabId: context.tabId });
      }
      return stored;
    },
    'mentions.forTab': async ({ tabId }) => {
      const db = await deps.db();
      const ids = await getTabMentionIds(tabId);
      const mentions = await Promise.all(ids.map((id) => getMention(db, id)));
      return mentions.filter((m): m is Mention => m !== undefined);
    },
    'mentions.setStatus': async ({ id, status }) =>
      (await setMentionStatus(await deps.db(), id, status)) ?? null,
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
    'mentions.focus': async ({ tabId, id }) => {
      const mention = await getMention(await deps.db(), id);
      if (!mention) return false;
      return commandTabs({ vigie: 1, command: 'focus', dedupeKey: mention.dedupeKey }, tabId);
    },
  };
}
