import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

/** The reader's tests, which must give the same results in Node and in a browser. */
const SOURCE_TESTS = ['test/source.test.ts', 'test/source.property.test.ts'];

export default defineConfig({
  test: {
    // Property tests run thousands of cases and the CLI tests start processes; on a busy two-core
    // machine that can take longer than the 5 s default. This guards against hangs, nothing more.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // The same corpus and properties in headless Chromium (Debian's, or `CHROMIUM_PATH`).
          name: 'browser',
          include: SOURCE_TESTS,
          globalSetup: ['../../scripts/lib/require-chromium.mjs'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // A hang guard, not a speed check: on a loaded two-core machine Chromium has taken over the
            // default 60 s to connect.
            connectTimeout: 180_000,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
