import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDictionary, isContentMessage } from '@/lib/i18n/content';
import { dictionaries } from '@/lib/i18n/dictionaries';

/** The sources that render inside web pages (content scripts and the views they mount). */
const IN_PAGE_SOURCES = [
  'lib/content',
  'components/mention-card',
  'components/palette',
  'components/incident-form',
  'lib/incidents/labels.ts',
];

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** Keys and key prefixes passed to `t(…)`: literal keys whole, template literals up to their first `${`. */
function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const file of IN_PAGE_SOURCES.flatMap(files).filter((f) => /\.tsx?$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['`])([a-z0-9_]+)/g)) keys.add(m[2]!);
  }
  return [...keys];
}

describe('in-page strings in the CM’s language', () => {
  it('every key the in-page UI uses is sent with the page’s configuration', () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !isContentMessage(key))).toEqual([]);
  });

  it('sends the chosen language’s in-page strings, and nothing when the browser’s applies', () => {
    expect(contentDictionary('auto', dictionaries)).toBeUndefined();
    const fr = contentDictionary('fr', dictionaries);
    expect(Object.keys(fr ?? {}).length).toBeGreaterThan(20);
    for (const key of keysUsed().filter((k) => dictionaries.en[k])) {
      expect(fr?.[key]?.message, key).toBe(dictionaries.fr[key]?.message);
    }
    // Only the in-page part crosses: the options' strings stay in the background.
    expect(Object.keys(fr ?? {}).length).toBeLessThan(Object.keys(dictionaries.fr).length / 2);
    expect(fr?.options_title).toBeUndefined();
  });
});
