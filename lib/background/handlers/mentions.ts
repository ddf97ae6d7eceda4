/** Listening: what content scripts need, what they report, and the tab lists. */

import { contentDictionary } from '../../i18n/content';
import { dictionaries } from '../../i18n/dictionaries';
import { newId } from '../../ids';
import { addInteraction } from '../../store/repos/interactions';
import { getMention, recordMentions, setMentionStatus } from '../../store/repos/mentions';
import { getSettings } from '../../store/repos/settings';
import { listTemplates } from '../../store/repos/templates';
import { listWorkspaces } from '../../store/repos/workspaces';
import type { Mention } from '../../store/schema';
import { originOf } from '../on-demand';
import { pageMatcher } from '../page-matcher';
import { siteIdFor } from '../site-of-url';
import { addTabMentionIds, getTabMentionIds } from '../tab-mentions';
import { isTabListening } from '../temporary-tabs';
import { onePerPost, perWorkspace, watchlistsInScope } from '../workspace-scope';
import {
  activeWorkspace,
  type BackgroundDeps,
  broadcast,
  commandTabs,
  type HandlerGroup,
} from './context';

export function mentionHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  'content.hello' | 'mentions.seen' | 'mentions.forTab' | 'mentions.setStatus' | 'mentions.focus'
> {
  return {
    'content.hello': async ({ url }, context) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const siteId = siteIdFor(url);
      const origin = originOf(url);
      const onDemand =
        origin !== null &&
        (settings.genericOrigins.includes(origin) ||
          (context.tabId !== undefined && (await isTabListening(context.tabId, origin))));
      const watchlists = await watchlistsInScope(db, settings);
      const messages = contentDictionary(settings.locale, dictionaries);
      return {
        ...(messages ? { messages } : {}),
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
        matcher: pageMatcher(watchlists),
        palette: {
          shortcut: settings.paletteShortcut,
          templates: (await listTemplates(db, settings.activeWorkspaceId))
            .filter((template) => template.status === 'approved')
            .map(({ id, title, language, intent, tags }) => ({
              id,
              title,
              language,
              intent,
              tags,
            })),
        },
      };
    },
    'mentions.seen': async ({ mentions, reset }, context) => {
      const db = await deps.db();
      const workspaceId = await activeWorkspace(db);
      const known = new Set((await listWorkspaces(db)).map((w) => w.id));
      const stored = await recordMentions(
        db,
        perWorkspace(mentions, workspaceId, known).map((mention) => ({
          ...mention,
          language: mention.language ?? deps.detectLanguage?.(mention.text) ?? undefined,
        })),
      );
      if (stored.some((m) => m.risk.level === 'medium' || m.risk.level === 'high')) {
        deps.onRiskyMentions?.();
      }
      if (context.tabId !== undefined) {
        // The tab's list (side panel, badge) is the active workspace's.
        const ids = await addTabMentionIds(
          context.tabId,
          stored.filter((m) => m.workspaceId === workspaceId).map((m) => m.id),
          reset,
        );
        deps.onTabMentions?.(context.tabId, ids.length);
        broadcast({ vigie: 1, event: 'mentions.changed', tabId: context.tabId });
      }
      return onePerPost(stored, workspaceId);
    },
    'mentions.forTab': async ({ tabId }) => {
      const db = await deps.db();
      const ids = await getTabMentionIds(tabId);
      const mentions = await Promise.all(ids.map((id) => getMention(db, id)));
      // Right after a switch the page has not listened again yet: never show the last workspace's.
      const workspaceId = await activeWorkspace(db);
      return mentions.filter((m): m is Mention => m?.workspaceId === workspaceId);
    },
    'mentions.setStatus': async ({ id, status }) => {
      const db = await deps.db();
      const mention = await setMentionStatus(db, id, status);
      // Replied or ignored by hand counts in the log (and in response times) like an insertion.
      if (mention && (status === 'replied' || status === 'ignored')) {
        const settings = await getSettings(db);
        await addInteraction(db, {
          id: newId(),
          workspaceId: mention.workspaceId,
          mentionId: mention.id,
          network: mention.network,
          url: mention.url,
          author: mention.author.name,
          authorHandle: mention.author.handle,
          threadUrl: mention.permalink,
          agent: settings.agentName || undefined,
          text: '',
          status: status === 'replied' ? 'marked-replied' : 'marked-ignored',
          postedAt: mention.postedAt,
          firstSeenAt: mention.firstSeenAt,
          createdAt: Date.now(),
          sentAt: status === 'replied' ? Date.now() : undefined,
        });
        broadcast({ vigie: 1, event: 'interactions.changed' });
      }
      return mention ?? null;
    },
    'mentions.focus': async ({ tabId, id }) => {
      const mention = await getMention(await deps.db(), id);
      if (!mention) return false;
      return commandTabs({ vigie: 1, command: 'focus', dedupeKey: mention.dedupeKey }, tabId);
    },
  };
}
