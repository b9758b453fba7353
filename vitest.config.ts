import { defineConfig } from 'vitest/config';

/**
 * Two projects, chosen by what a test file needs:
 * - `unit`: the parser, loader, records, search engine, read model, check report, corpus generator,
 *   called in this process on the seeds and small inputs; nothing built. `npm run test:unit` runs it
 *   (in parallel, well under 30 s) without building the site.
 * - `integration`: tests that need a built `dist/`, a build of their own, Chromium or nginx, that run
 *   an editor's command as a child process, or that parse stress-sized inputs (pages of 10⁵ lines, a
 *   10 MB seed: seconds of CPU each). Its global setup builds the real site once first.
 * `npm test` runs both projects (and the typecheck); `npm run test:integration` the second alone.
 */
const INTEGRATION = [
  // dist/, a build, Chromium, nginx
  'tests/browser/**/*.test.ts',
  'tests/build/**/*.test.ts',
  'tests/deploy/**/*.test.ts',
  'tests/check/check.test.ts',
  // an editor's command as a child process
  'tests/parse/cli.test.ts',
  'tests/archive/add.test.ts',
  'tests/pdf/add.test.ts',
  // stress-sized inputs: pages of 10⁵ lines, a 10 MB seed
  'tests/archive/bad-input.test.ts',
  'tests/parse/scale.test.ts',
  'tests/parse/large.test.ts',
  'tests/archive/isolation.test.ts',
  // worker threads that loop, run out of memory or overflow until the pool's limits stop them
  'tests/archive/pool.test.ts',
  // PDFs of 500 pages, damaged and encrypted files read through the loader's child process
  'tests/pdf/bad-input.test.ts',
  // an issue of several typeset pages read through the loader's child process
  'tests/pdf/pages.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: INTEGRATION,
          // Files share a worker's module cache (the seeds' gazetteer and jieba load once per worker,
          // not once per file): unit tests keep no state between files.
          isolate: false,
          // Runs first, on every core; the integration project waits for it (projects otherwise overlap).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          // Builds the real site into dist/ once; build and browser tests read it.
          globalSetup: ['tests/global-setup.ts'],
          // Browser and build tests start servers and Chromium: one file at a time keeps a 2-core machine honest.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
