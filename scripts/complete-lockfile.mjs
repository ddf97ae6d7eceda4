// The npm registry this project installs from has only the linux-x64 builds of
// packages that ship one binary package per platform (@rollup/rollup-*,
// @biomejs/cli-*). npm cannot record the others in package-lock.json, and
// `npm ci` then refuses the lock as out of sync. This adds, for each optional
// platform package the lock lacks, an entry with its platform fields only:
// `npm ci` sees the lock complete and skips those entries on this platform,
// exactly as it skips them when the lock is written on a machine with a full
// registry. Run after any `npm install` that rewrites the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** Platform fields from a package name such as `@rollup/rollup-linux-x64-musl`. */
function platformOf(name) {
  const tail = name.split('/').pop() ?? '';
  const os = [
    'android',
    'darwin',
    'freebsd',
    'linux',
    'openbsd',
    'openharmony',
    'sunos',
    'win32',
    'aix',
    'netbsd',
  ].find((o) => tail.includes(`-${o}-`));
  const cpu = [
    'arm64',
    'arm',
    'x64',
    'ia32',
    'loong64',
    'ppc64',
    'riscv64',
    's390x',
    'mips64el',
    'wasm32',
  ].find((c) => new RegExp(`-${c}(-|$)`).test(tail));
  const libc = tail.endsWith('-musl')
    ? 'musl'
    : /-(gnu|gnueabihf)$/.test(tail)
      ? 'glibc'
      : undefined;
  return os && cpu ? { os, cpu, libc } : null;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parentDir = path === '' ? '' : `${path}/`;
    const candidates = [`${parentDir}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((key) => packages[key])) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[`node_modules/${name}`] = {
      version,
      dev: entry.dev,
      optional: true,
      os: [platform.os],
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.keys(packages)
    .sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((key) => [key, packages[key]]),
);
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} platform entries added`);
