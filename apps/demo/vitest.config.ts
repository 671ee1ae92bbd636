import { defineConfig } from 'vitest/config';

/** Unit and property tests of the app's own logic (src/**\/*.test.ts); e2e tests use Playwright. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
