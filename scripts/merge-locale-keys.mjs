// Merges message keys into public/_locales/<lang>/messages.json without losing
// keys others added meanwhile: read, merge, write in one go.
// Usage: node scripts/merge-locale-keys.mjs <file.json with {"en": {...}, "fr": {...}}>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [lang, entries] of Object.entries(additions)) {
  const path = `public/_locales/${lang}/messages.json`;
  const current = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const merged = { ...current, ...entries };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]]),
  );
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
