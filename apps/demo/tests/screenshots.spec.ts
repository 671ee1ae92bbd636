/**
 * Full-page screenshots of every page, desktop (1280 px) and mobile (375 px), light and dark, in
 * both languages, saved under test-results/screenshots/ for people to look at. The test fails if a
 * page does not render its heading or scrolls sideways at that width.
 */
import { expect, open, test } from './support';

const PAGES = [
  { name: 'roadmap', path: '/' },
  { name: 'level', path: '/levels/l2' },
  { name: 'playground', path: '/playground' },
  { name: 'embed', path: '/embed' },
  { name: 'level-not-found', path: '/levels/l9', status: 404 },
  { name: 'not-found', path: '/no/such/page', status: 404 },
] as const;

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 375, height: 740 },
] as const;

const THEMES = ['light', 'dark'] as const;
const LOCALES = [
  { name: 'en', prefix: '' },
  { name: 'zh-CN', prefix: '/zh-CN' },
] as const;

test.use({ allowedConsole: [/status of 404/] });

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    test.describe(`${viewport.name} ${theme}`, () => {
      test.use({ viewport, colorScheme: theme });

      for (const locale of LOCALES) {
        for (const page of PAGES) {
          test(`${page.name} (${locale.name})`, async ({ page: browserPage }) => {
            await browserPage.addInitScript(
              (value) => localStorage.setItem('trailmark-demo:theme', value),
              theme,
            );
            await open(browserPage, `${locale.prefix}${page.path}`);
            await expect(browserPage.getByRole('heading', { level: 1 })).toBeVisible();
            const overflow = await browserPage.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
            await browserPage.screenshot({
              path: `test-results/screenshots/${page.name}-${locale.name}-${viewport.name}-${theme}.png`,
              fullPage: true,
            });
          });
        }
      }

      test('frame', async ({ page }) => {
        await open(page, `/embed/frame?roadmap=llm-engineer&locale=en&theme=${theme}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.screenshot({
          path: `test-results/screenshots/frame-en-${viewport.name}-${theme}.png`,
          fullPage: true,
        });
      });
    });
  }
}
