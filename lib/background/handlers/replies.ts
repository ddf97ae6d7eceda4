/**
 * Replies: insertion into the page (never sent by Vigie), the interaction log,
 * and what the page tells when the CM actually posts.
 */

import { distance } from 'fastest-levenshtein';
import { browser } from 'wxt/browser';
import { newId } from '../../ids';
import type { InsertOutcome } from '../../insert/types';
import { ForbiddenError } from '../../messages/errors';
import {
  addInteraction,
  listInteractionsSince,
  updateInteraction,
} from '../../store/repos/interactions';
import { getMention, setMentionStatus } from '../../store/repos/mentions';
import { getSettings } from '../../store/repos/settings';
import { listTemplates } from '../../store/repos/templates';
import type { Interaction, Mention, Settings } from '../../store/schema';
import { renderTemplate, templateBodyFor } from '../../templates/variables';
import { networkFor } from '../site-of-url';
import {
  activeWorkspace,
  askTab,
  type BackgroundDeps,
  broadcast,
  type HandlerGroup,
} from './context';

const DAY = 86_400_000;

/** A junior inserts approved templates only (the wording agreed with management). */
async function assertMayUse(
  deps: BackgroundDeps,
  settings: Settings,
  templateId: string | undefined,
): Promise<void> {
  if (!templateId || settings.role === 'senior') return;
  const templates = await listTemplates(await deps.db(), settings.activeWorkspaceId);
  const template = templates.find((t) => t.id === templateId);
  if (template?.status !== 'approved')
    throw new ForbiddenError('Only approved templates can be used');
}

function interactionFor(
  settings: Settings,
  mention: Mention | undefined,
  fields: Pick<Interaction, 'text' | 'status' | 'templateId' | 'templateVersion'> & {
    url?: string;
  },
  now: number,
): Interaction {
  return {
    id: newId(),
    workspaceId: settings.activeWorkspaceId,
    mentionId: mention?.id,
    templateId: fields.templateId,
    templateVersion: fields.templateVersion,
    network: mention?.network ?? networkFor(fields.url),
    url: mention?.url ?? fields.url ?? '',
    author: mention?.author.name,
    authorHandle: mention?.author.handle,
    threadUrl: mention?.permalink,
    agent: settings.agentName || undefined,
    text: fields.text,
    status: fields.status,
    postedAt: mention?.postedAt,
    firstSeenAt: mention?.firstSeenAt,
    createdAt: now,
  };
}

export function replyHandlers(
  deps: BackgroundDeps,
): HandlerGroup<
  | 'reply.insert'
  | 'reply.copied'
  | 'interactions.sent'
  | 'interactions.recent'
  | 'palette.render'
  | 'palette.inserted'
> {
  return {
    'palette.render': async ({ templateId, network, values, fills }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const template = (await listTemplates(db, settings.activeWorkspaceId)).find(
        (t) => t.id === templateId,
      );
      // The palette lists approved templates only, whatever the role.
      if (template?.status !== 'approved') throw new ForbiddenError('Not an approved template');
      const workspace = await db.get('workspaces', settings.activeWorkspaceId);
      const page = {
        brand: workspace?.name,
        agent: settings.agentName || undefined,
        date: new Date().toLocaleDateString(template.language, { dateStyle: 'long' }),
      };
      const rendered = renderTemplate(
        templateBodyFor(template, network),
        { ...page, ...values },
        fills,
      );
      return { ...rendered, version: template.version };
    },
    'palette.inserted': async ({ templateId, templateVersion, text, url, dedupeKey }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      const mention = dedupeKey
        ? await db.getFromIndex('mentions', 'byDedupeKey', [settings.activeWorkspaceId, dedupeKey])
        : undefined;
      const interaction = await addInteraction(
        db,
        interactionFor(
          settings,
          mention,
          { text, status: 'inserted', templateId, templateVersion, url },
          Date.now(),
        ),
      );
      broadcast({ vigie: 1, event: 'interactions.changed' });
      return { interactionId: interaction.id };
    },
    'reply.insert': async ({ tabId, text, mentionId, templateId, templateVersion }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      await assertMayUse(deps, settings, templateId);
      const mention = mentionId ? await getMention(db, mentionId) : undefined;
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const draft = interactionFor(
        settings,
        mention,
        { text, status: 'inserted', templateId, templateVersion, url: tab?.url },
        Date.now(),
      );
      const outcome = (await askTab<InsertOutcome>(tabId, {
        vigie: 1,
        command: 'insert',
        text,
        dedupeKey: mention?.dedupeKey,
        interactionId: draft.id,
      })) ?? { ok: false, family: null, method: null, messageKey: 'insert_no_page' };
      // On the clipboard the reply still goes out (the CM pastes it): it is logged all the same.
      if (!outcome.ok && outcome.method !== 'clipboard') return { outcome };
      const interaction = await addInteraction(db, draft);
      broadcast({ vigie: 1, event: 'interactions.changed' });
      return { outcome, interactionId: interaction.id };
    },
    'reply.copied': async ({ text, mentionId, templateId, templateVersion }) => {
      const db = await deps.db();
      const settings = await getSettings(db);
      await assertMayUse(deps, settings, templateId);
      const mention = mentionId ? await getMention(db, mentionId) : undefined;
      const interaction = await addInteraction(
        db,
        interactionFor(
          settings,
          mention,
          { text, status: 'inserted', templateId, templateVersion },
          Date.now(),
        ),
      );
      broadcast({ vigie: 1, event: 'interactions.changed' });
      return interaction;
    },
    'interactions.sent': async ({ interactionId, finalText }) => {
      const db = await deps.db();
      const { editThreshold } = await getSettings(db);
      const now = Date.now();
      const sent = await updateInteraction(db, interactionId, (current) => {
        const edits = distance(current.text, finalText);
        return {
          ...current,
          status: 'sent',
          sentAt: now,
          finalText,
          editDistance: edits,
          editedBeyondApproved: edits > editThreshold * Math.max(current.text.length, 1),
        };
      });
      if (sent?.mentionId) await setMentionStatus(db, sent.mentionId, 'replied');
      if (sent) broadcast({ vigie: 1, event: 'interactions.changed' });
      return sent ?? null;
    },
    'interactions.recent': async ({ days }) => {
      const db = await deps.db();
      return listInteractionsSince(db, await activeWorkspace(db), Date.now() - days * DAY);
    },
  };
}
