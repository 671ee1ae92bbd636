import { defineConfig } from 'vitest/config';

/**
 * The tests run in Node: the loader's property tests directly, the element's tests by driving
 * Debian's Chromium through Playwright against static pages that load the built `dist/` scripts.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // One browser at a time: the machines have two cores shared with other work.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
