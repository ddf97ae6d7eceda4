/**
 * Start-up shared by Vigie's pages: the CM's language first (so the first
 * paint is in the right language), then the page itself.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { applyLocale } from '../i18n/dictionaries';
import { send } from '../messages/client';
import type { Broadcast } from '../messages/protocol';
import type { Settings } from '../store/schema';

export async function bootPage(
  titleKey: string,
  app: (settings: Settings) => ComponentChild,
): Promise<void> {
  const settings = await send('settings.get', null);
  // `@@ui_locale` is the locale Chrome's messages follow (getUILanguage may differ).
  applyLocale(settings.locale, browser.i18n.getMessage('@@ui_locale') || 'en');
  document.title = t(titleKey);
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing');
  render(app(settings), root);
}

/** Calls `listener` for every broadcast from the background; returns the unsubscribe. */
export function onBroadcast(listener: (message: Broadcast) => void): () => void {
  const handler = (message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as Broadcast).vigie === 1) {
      if ('event' in (message as object)) listener(message as Broadcast);
    }
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
