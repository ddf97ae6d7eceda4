/**
 * The strings Vigie shows inside web pages (mention card, palette, capture
 * form). Content scripts do not carry the dictionaries: when the CM chose a
 * language other than the browser's, the background sends this part of it
 * with the page's configuration, and the content script applies it.
 */
import type { Settings } from '../store/schema';
import { type Dictionary, setDictionary } from './index';

/** Key prefixes of every message the in-page UI uses (tests/unit/i18n/content.test.ts checks the sources). */
export const CONTENT_MESSAGE_PREFIXES = [
  'card_',
  'check_',
  'error_',
  'incident_',
  'network_',
  'palette_',
  'replies_',
  'risk_',
] as const;

export function isContentMessage(key: string): boolean {
  return CONTENT_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

const inPageParts = new WeakMap<Dictionary, Dictionary>();

/**
 * The in-page part of a dictionary, or nothing when the browser's language
 * applies. Filtered once per dictionary: every page load asks for it.
 */
export function contentDictionary(
  choice: Settings['locale'],
  dictionaries: Readonly<Record<'en' | 'fr', Dictionary>>,
): Dictionary | undefined {
  if (choice === 'auto') return undefined;
  const whole = dictionaries[choice];
  let part = inPageParts.get(whole);
  if (!part) {
    part = Object.fromEntries(Object.entries(whole).filter(([key]) => isContentMessage(key)));
    inPageParts.set(whole, part);
  }
  return part;
}

/** In the content script: the CM's language for Vigie's strings on this page. */
export function applyContentDictionary(messages: Dictionary | undefined): void {
  setDictionary(messages ?? null);
}
