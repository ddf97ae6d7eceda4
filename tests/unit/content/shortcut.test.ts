import { describe, expect, it } from 'vitest';
import { matchesShortcut, parseShortcut, shortcutFromEvent } from '@/lib/content/shortcut';

const key = (
  code: string,
  mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  code,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('parses what the CM writes', () => {
    expect(parseShortcut('Ctrl+Shift+Space')).toEqual({
      ctrl: true,
      shift: true,
      alt: false,
      meta: false,
      code: 'Space',
    });
    expect(parseShortcut('alt + k')?.code).toBe('KeyK');
    expect(parseShortcut('Space')).toBeNull();
    expect(parseShortcut('Ctrl+Shift')).toBeNull();
    expect(parseShortcut('Ctrl+A+B')).toBeNull();
  });

  it('matches by physical key and exact modifiers', () => {
    const shortcut = parseShortcut('Ctrl+Shift+Space')!;
    expect(matchesShortcut(key('Space', { ctrlKey: true, shiftKey: true }), shortcut)).toBe(true);
    expect(matchesShortcut(key('Space', { ctrlKey: true }), shortcut)).toBe(false);
    expect(
      matchesShortcut(key('Space', { ctrlKey: true, shiftKey: true, altKey: true }), shortcut),
    ).toBe(false);
  });

  it('records a shortcut from a key press, ignoring lone modifiers', () => {
    expect(shortcutFromEvent(key('KeyJ', { altKey: true, shiftKey: true }))).toBe('Alt+Shift+J');
    expect(shortcutFromEvent(key('ShiftLeft', { shiftKey: true }))).toBeNull();
    expect(shortcutFromEvent(key('KeyJ'))).toBeNull();
  });
});
