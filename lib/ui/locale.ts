import { browser } from 'wxt/browser';
import { resolveLocale } from '../i18n/dictionaries';
import type { Settings } from '../store/schema';

/** The language Vigie's pages speak (the CM's choice, else the browser's), for dates and numbers. */
export function uiLocale(choice: Settings['locale']): 'en' | 'fr' {
  return resolveLocale(choice, browser.i18n.getMessage('@@ui_locale') || 'en');
}
