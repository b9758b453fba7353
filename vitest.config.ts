import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the real site into dist/ once; build and browser tests read it.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser and build tests start servers and Chromium: one file at a time keeps a 2-core machine honest.
    fileParallelism: false,
  },
});
