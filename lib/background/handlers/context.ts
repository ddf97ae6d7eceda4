/**
 * What every handler group shares: the store, the broadcast to Vigie's pages,
 * and commands to content scripts.
 */
import { browser } from 'wxt/browser';
import type { QueryCheck, TemplateCheck } from '../../bundle/validate';
import type { ContentCommand } from '../../messages/content-commands';
import type { Broadcast, MessageType } from '../../messages/protocol';
import type { Handlers } from '../../messages/router';
import type { VigieDB } from '../../store/db';
import { getSettings } from '../../store/repos/settings';
import type { Settings } from '../../store/schema';

export interface BackgroundDeps {
  db: () => Promise<VigieDB>;
  /** Checks a watchlist query. */
  checkQuery?: QueryCheck;
  /** Checks a template's variables. */
  checkTemplate?: TemplateCheck;
  onTabMentions?: (tabId: number, count: number) => void;
  /** ISO 639-1 language of a text, when the page gave no hint. */
  detectLanguage?: (text: string) => string | undefined;
  /** Risky mentions were just stored: time to look for a spike. */
  onRiskyMentions?: () => void;
  /** The SLA check counted late mentions: the badge shows them. */
  onLateCount?: (late: number) => void;
  /** The spike alert was acknowledged: the badge calms down. */
  onSpikesAcknowledged?: () => void;
  /** Hash and check of the senior passphrase. */
  passphrase?: {
    hash(passphrase: string): Promise<NonNullable<Settings['seniorPassphrase']>>;
    verify(passphrase: string, stored: NonNullable<Settings['seniorPassphrase']>): Promise<boolean>;
  };
}

/** The handlers of a few message types. */
export type HandlerGroup<K extends MessageType> = Pick<Handlers, K>;

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

/** Sends a command to one tab's content script and returns its answer (undefined when none). */
export async function askTab<T>(tabId: number, command: ContentCommand): Promise<T | undefined> {
  return (await browser.tabs.sendMessage(tabId, command).catch(() => undefined)) as T | undefined;
}

const configListeners = new Set<() => void>();

/** The worker's own follow-ups of a configuration change (the SLA badge of another workspace). */
export function onConfigChanged(listener: () => void): () => void {
  configListeners.add(listener);
  return () => configListeners.delete(listener);
}

/** Configuration changed: Vigie's pages reload their data, content scripts listen anew. */
export function configChanged(): void {
  broadcast({ vigie: 1, event: 'config.changed' });
  void commandTabs({ vigie: 1, command: 'reload' });
  for (const listener of configListeners) listener();
}

export async function activeWorkspace(db: VigieDB): Promise<string> {
  return (await getSettings(db)).activeWorkspaceId;
}
