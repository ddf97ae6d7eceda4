import { execFileSync } from 'node:child_process';

/** The React replica pages are built from the real react packages before any e2e test. */
export default function setup(): void {
  execFileSync(process.execPath, ['tests/fixtures/build-react-fixtures.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['tests/fixtures/editors/build.mjs'], { stdio: 'inherit' });
}
