import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        // Every story is a test: it renders, its `play` function runs, then axe checks it.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          // A hang guard, not a speed check: axe over the map's 1,000-topic story takes seconds,
          // and several times that when CI runs every package at once on two cores.
          testTimeout: 60_000,
          globalSetup: ['../../scripts/lib/require-chromium.mjs'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // A hang guard, not a speed check: on a loaded two-core machine Chromium has taken over the
            // default 60 s to connect.
            connectTimeout: 180_000,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: [...CHROMIUM_ARGS],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
