import { createRequire } from 'node:module';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);

/**
 * The embed renders these components with preact/compat in place of React. The `preact` project
 * runs the component tests again that way (Testing Library's ESM build, so the aliases reach it).
 */
const preactAliases = [
  {
    find: /^@testing-library\/react$/,
    replacement: require
      .resolve('@testing-library/react')
      .replace(/dist[\\/]index\.js$/, 'dist/@testing-library/react.esm.js'),
  },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** A project of tests in headless Chromium (Debian's, or `CHROMIUM_PATH`). */
function browserProject(name: string, include: string[], extraArgs: string[] = []) {
  return {
    extends: true as const,
    test: {
      name,
      include,
      globalSetup: ['../../scripts/lib/require-chromium.mjs'],
      setupFiles: ['./src/test-support/setup.ts'],
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
            args: [...CHROMIUM_ARGS, ...extraArgs],
          },
        }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}

export default defineConfig({
  test: {
    // axe over whole cards in jsdom takes seconds when CI runs every package at once on two cores;
    // vitest's 5 s default is a limit on the machine's load, not on our code.
    testTimeout: 30_000,
    // `expect.element` and `expect.poll` retry for 1 s by default; the same reason as above.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [
            'src/**/*.browser.test.{ts,tsx}',
            'src/**/*.assistive.test.{ts,tsx}',
            'src/**/*.ssr.test.{ts,tsx}',
          ],
          setupFiles: ['./src/test-support/setup.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: preactAliases },
        test: {
          name: 'preact',
          environment: 'jsdom',
          include: [
            'src/{CurriculumProvider,ErrorPanel,LevelCard,ProgressMeter,ResourceLink,RoadmapMap,RoadmapTimeline,RoleBadge,SkillTag,StudyPlan,TopicList}/*.test.tsx',
          ],
          exclude: [
            'src/**/*.browser.test.tsx',
            'src/**/*.assistive.test.tsx',
            'src/**/*.ssr.test.tsx',
          ],
          setupFiles: ['./src/test-support/setup.ts'],
          server: { deps: { inline: [/@testing-library/] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['src/**/*.ssr.test.{ts,tsx}'],
        },
      },
      browserProject('browser', ['src/**/*.browser.test.{ts,tsx}']),
      // Chromium as it runs with a screen reader on: renderer accessibility on from the start, so
      // its accessibility tree is complete (it is built on demand otherwise).
      browserProject(
        'assistive',
        ['src/**/*.assistive.test.{ts,tsx}'],
        ['--force-renderer-accessibility'],
      ),
    ],
  },
});
