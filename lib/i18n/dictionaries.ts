/**
 * Both dictionaries, for Vigie's own pages where the CM may choose a language
 * other than the browser's. Content scripts do not import this file.
 */
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { Settings } from '../store/schema';
import { type Dictionary, setDictionary } from './index';

export const dictionaries: Record<'en' | 'fr', Dictionary> = { en, fr };

/** The language a page shows: the CM's choice, else the browser's when Vigie speaks it, else English. */
export function resolveLocale(choice: Settings['locale'], browserLanguage: string): 'en' | 'fr' {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function applyLocale(choice: Settings['locale'], browserLanguage: string): 'en' | 'fr' {
  const locale = resolveLocale(choice, browserLanguage);
  setDictionary(choice === 'auto' ? null : dictionaries[locale]);
  document.documentElement.lang = locale;
  return locale;
}
