/**
 * End-to-end tests against the built site (dist/), served by `vite preview` on a free port, in
 * Debian's Chromium. `npm test` runs them; turbo builds the site (and the packages) first.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';

const executablePath = chromiumPath();
if (!existsSync(new URL('./dist/index.html', import.meta.url))) {
  throw new Error('apps/demo/dist is missing: run `npm run build -w @trailmark/demo` first.');
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// Chosen once in the runner; the workers inherit them through the environment.
process.env.TRAILMARK_DEMO_PORT ??= String(await freePort());
process.env.TRAILMARK_DEMO_DEV_PORT ??= String(await freePort());
const port = Number(process.env.TRAILMARK_DEMO_PORT);
const devPort = Number(process.env.TRAILMARK_DEMO_DEV_PORT);

/**
 * A second build of the site with React's development build, which reports hydration mismatches
 * that the production build repairs silently; tests/hydration.spec.ts runs against it.
 */
const devDist = 'test-results/dev-dist';

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Baselines of tests/screenshots.spec.ts, one per name: the machines of this project are one kind.
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  expect: {
    toHaveScreenshot: {
      stylePath: 'tests/screenshots.css',
      // Runs on these machines give identical pixels (even at threshold 0); one changed letter
      // in a button label differs by 132.
      maxDiffPixels: 0,
    },
  },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'en-US',
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    { name: 'site', testIgnore: /hydration\.spec\.ts/ },
    {
      name: 'development-react',
      testMatch: /hydration\.spec\.ts/,
      use: { baseURL: `http://localhost:${devPort}` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/build.js --development --out-dir ${devDist} && npx vite preview --outDir ${devDist} --port ${devPort} --strictPort`,
      url: `http://localhost:${devPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      timeout: 120_000,
    },
  ],
});
