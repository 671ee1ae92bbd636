/**
 * Every page, desktop (1280 px) and mobile (375 px), light and dark, in both languages, renders its
 * heading and does not scroll sideways. Key pages are also compared, pixel by pixel, with the
 * baselines committed in tests/baselines/; after an intended change of the UI, look at the diff
 * Playwright writes to test-results/ and update them with
 * `npx playwright test screenshots --update-snapshots` (in apps/demo, after a build).
 *
 * The baselines hold still on every machine of this kind: the clock is fixed (the study plan shows
 * dates), animations and the caret are stopped (Playwright's defaults), and text is drawn in the
 * Noto CJK fonts that .ci/run installs instead of whatever system-ui resolves to.
 */
import { expect, open, test } from './support';

const PAGES = [
  { name: 'roadmap', path: '/' },
  { name: 'level', path: '/levels/l2' },
  { name: 'playground', path: '/playground' },
  { name: 'embed', path: '/embed' },
  { name: 'level-not-found', path: '/levels/l9' },
  { name: 'not-found', path: '/no/such/page' },
] as const;

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 740 },
} as const;

const THEMES = ['light', 'dark'] as const;
const LOCALES = { en: '', 'zh-CN': '/zh-CN' } as const;

type Theme = (typeof THEMES)[number];
type Viewport = keyof typeof VIEWPORTS;
type Locale = keyof typeof LOCALES;

/** The pages compared with a baseline: each page once, and each theme, width and language. */
const BASELINES: {
  page: (typeof PAGES)[number]['name'];
  locale: Locale;
  viewport: Viewport;
  theme: Theme;
}[] = [
  { page: 'roadmap', locale: 'en', viewport: 'desktop', theme: 'light' },
  { page: 'roadmap', locale: 'en', viewport: 'desktop', theme: 'dark' },
  { page: 'roadmap', locale: 'zh-CN', viewport: 'mobile', theme: 'light' },
  { page: 'level', locale: 'en', viewport: 'desktop', theme: 'light' },
  { page: 'level', locale: 'zh-CN', viewport: 'mobile', theme: 'dark' },
  { page: 'playground', locale: 'en', viewport: 'desktop', theme: 'light' },
  { page: 'not-found', locale: 'zh-CN', viewport: 'desktop', theme: 'dark' },
];

// A fixed instant: the study plan counts its dates from today.
const NOW = new Date('2026-03-02T09:00:00Z');

// Playwright stops animations and sets the fonts with inline styles, which the site's Content
// Security Policy blocks; the other specs keep the policy on and fail on any violation.
test.use({ allowedConsole: [/status of 404/], bypassCSP: true });

for (const [viewportName, viewport] of Object.entries(VIEWPORTS) as [
  Viewport,
  (typeof VIEWPORTS)[Viewport],
][]) {
  for (const theme of THEMES) {
    test.describe(`${viewportName} ${theme}`, () => {
      test.use({ viewport, colorScheme: theme });

      test.beforeEach(async ({ page }) => {
        await page.clock.setFixedTime(NOW);
        await page.addInitScript(
          (value) => localStorage.setItem('trailmark-demo:theme', value),
          theme,
        );
      });

      for (const [locale, prefix] of Object.entries(LOCALES) as [Locale, string][]) {
        for (const { name, path } of PAGES) {
          test(`${name} (${locale})`, async ({ page }) => {
            await open(page, `${prefix}${path}`);
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
            // The playground's editor arrives when its text is first pressed (or focused), in a
            // chunk of its own; the baselines show it.
            if (name === 'playground') {
              await page.locator('.demo-editor__text').dispatchEvent('pointerdown');
              await expect(page.locator('.cm-content')).toBeVisible();
            }
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
            const baseline = BASELINES.some(
              (b) =>
                b.page === name &&
                b.locale === locale &&
                b.viewport === viewportName &&
                b.theme === theme,
            );
            if (baseline) {
              await expect(page).toHaveScreenshot(`${name}-${locale}-${viewportName}-${theme}.png`);
            }
          });
        }
      }

      test('frame (en)', async ({ page }) => {
        await open(page, `/embed/frame?roadmap=llm-engineer&locale=en&theme=${theme}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    });
  }
}
