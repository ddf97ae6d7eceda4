import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { substitute } from '@/lib/i18n';
import { resolveLocale } from '@/lib/i18n/dictionaries';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const fr = load('fr');
const placeholders = (message: string) => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message uses the same substitutions in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(fr[key]?.message ?? ''), key).toEqual(placeholders(en[key]!.message));
    }
  });

  it('keys are valid Chrome message names and no message is empty', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(value.message.trim(), key).not.toBe('');
    }
  });
});

describe('French typography', () => {
  // Thin no-break space before ; ! ? and inside « », no-break space before :
  // (so a line never starts with the mark), never a plain space.
  const problems = (message: string) => [
    ...[...message.matchAll(/ [;:!?»]|« /g)].map((m) => `plain space: “${m[0]}”`),
    ...[...message.matchAll(/[\u00a0\u202f]+[;!?»]/g)]
      .filter((m) => m[0] !== `\u202f${m[0].at(-1)}`)
      .map((m) => `wrong space before “${m[0].at(-1)}”`),
  ];

  it('French messages use no-break spaces before high punctuation and inside quotes', () => {
    const found = Object.entries(fr).flatMap(([key, { message }]) =>
      problems(message).map((problem) => `${key}: ${problem}`),
    );
    expect(found).toEqual([]);
  });
});

describe('substitute', () => {
  it('fills $1..$9 and keeps $$ as a dollar', () => {
    expect(substitute('$1 sur $2 — $$5', ['3', '4'])).toBe('3 sur 4 — $5');
  });
});

describe('resolveLocale', () => {
  it('follows the browser unless the CM chose', () => {
    expect(resolveLocale('auto', 'fr-CA')).toBe('fr');
    expect(resolveLocale('auto', 'de')).toBe('en');
    expect(resolveLocale('fr', 'en-US')).toBe('fr');
  });
});
