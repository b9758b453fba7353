/**
 * Builds the site from the real seeds once before the test files run, so the build smoke test and
 * the browser tests check the same dist/ a reader would get. `SKIP_BUILD=1` reuses an existing dist/
 * (handy while iterating on tests; CI never sets it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, SEEDS_DIR: '' } });
}
