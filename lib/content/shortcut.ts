/**
 * Keyboard shortcuts written as the CM sees them ("Ctrl+Shift+Space"), read
 * from keydown events by physical key so layouts (AZERTY, QWERTZ) agree.
 */

export interface Shortcut {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
  /** `KeyboardEvent.code`: `Space`, `KeyK`, `Digit1`, `F2`… */
  code: string;
}

const MODIFIERS = new Set(['ctrl', 'control', 'shift', 'alt', 'option', 'meta', 'cmd', 'command']);

function codeOf(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  if (/^f([1-9]|1[0-2])$/i.test(key)) return key.toUpperCase();
  const named: Record<string, string> = {
    space: 'Space',
    enter: 'Enter',
    tab: 'Tab',
    period: 'Period',
    comma: 'Comma',
    slash: 'Slash',
    semicolon: 'Semicolon',
  };
  return named[key.toLowerCase()] ?? null;
}

/** Parses "Ctrl+Shift+Space"; null when it is not one key with at least one modifier. */
export function parseShortcut(text: string): Shortcut | null {
  const parts = text
    .split('+')
    .map((part) => part.trim())
    .filter(Boolean);
  const keys = parts.filter((part) => !MODIFIERS.has(part.toLowerCase()));
  const mods = new Set(
    parts.map((part) => part.toLowerCase()).filter((part) => MODIFIERS.has(part)),
  );
  if (keys.length !== 1 || mods.size === 0) return null;
  const code = codeOf(keys[0]!);
  if (!code) return null;
  return {
    ctrl: mods.has('ctrl') || mods.has('control'),
    shift: mods.has('shift'),
    alt: mods.has('alt') || mods.has('option'),
    meta: mods.has('meta') || mods.has('cmd') || mods.has('command'),
    code,
  };
}

export function matchesShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'code'>,
  shortcut: Shortcut,
): boolean {
  return (
    event.code === shortcut.code &&
    event.ctrlKey === shortcut.ctrl &&
    event.shiftKey === shortcut.shift &&
    event.altKey === shortcut.alt &&
    event.metaKey === shortcut.meta
  );
}

/** The shortcut a keydown describes ("Ctrl+Shift+Space"), or null for a bare key or a lone modifier. */
export function shortcutFromEvent(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'code'>,
): string | null {
  const key = event.code.replace(/^Key|^Digit/, '');
  if (/^(Control|Shift|Alt|Meta)(Left|Right)?$/.test(event.code)) return null;
  const text = [
    event.ctrlKey && 'Ctrl',
    event.altKey && 'Alt',
    event.shiftKey && 'Shift',
    event.metaKey && 'Meta',
    key,
  ]
    .filter(Boolean)
    .join('+');
  return parseShortcut(text) ? text : null;
}
