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
import { siteIdFor } from './site-of-url';
import { addTabMentionIds, getTabMentionIds } from './tab-mentions';

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
    'content.hello': async ({ url }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const siteId = siteIdFor(url);
      const watchlists = await listWatchlists(db, settings.activeWorkspaceId);
      return {
        active: siteId !== null && !settings.disabledSites.includes(siteId),
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
    'mentions.focus': async ({ tabId, id }) => {
      const mention = await getMention(await deps.db(), id);
      if (!mention) return false;
      return commandTabs({ vigie: 1, command: 'focus', dedupeKey: mention.dedupeKey }, tabId);
    },
  };
}
