/**
 * Every string a CM reads goes through `t`. It follows the browser's language
 * (Chrome's `_locales`), unless a Vigie page set the CM's own choice with
 * `setDictionary` (options → language).
 */
import { browser } from 'wxt/browser';
import type enMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
export type Dictionary = Record<string, { message: string }>;

let override: Dictionary | null = null;

/** Pages that let the CM pick a language call this; `null` goes back to the browser's. */
export function setDictionary(dictionary: Dictionary | null): void {
  override = dictionary;
}

/** `$1`…`$9` take the substitutions, `$$` is a dollar sign, as in Chrome's format. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, ref: string) =>
    ref === '$' ? '$' : (substitutions[Number(ref) - 1] ?? ''),
  );
}

export function t(key: MessageKey | string, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const own = override?.[key]?.message;
  if (own !== undefined) return substitute(own, subs);
  // WXT types getMessage's key as the generated union; ours is checked by MessageKey.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, subs) || key;
}
