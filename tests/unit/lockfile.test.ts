import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` refuses a lock that lacks an optional dependency of a package it
 * lists. Here the registry lacks other platforms' binary packages, so after an
 * `npm install` rewrites the lock, `node scripts/complete-lockfile.mjs` must run.
 */
describe('package-lock.json', () => {
  it('lists every optional dependency it declares (else run scripts/complete-lockfile.mjs)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path === '' ? '' : `${path}/`}node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(name);
      }
    }
    expect(missing).toEqual([]);
  });
});
