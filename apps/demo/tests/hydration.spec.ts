/**
 * Runs against the development build of React (see playwright.config.ts), which reports every
 * hydration mismatch as a console error — and the shared fixture fails a test on any console error
 * or warning. Each prerendered page is loaded with a browser that has stored state (theme,
 * progress, plan hours, a playground document), so hydration meets HTML that differs from what the
 * browser will show, and must still hydrate cleanly.
 */
import { expect, test } from './support';

const PAGES = [
  '/',
  '/levels/l1',
  '/levels/ceiling',
  '/playground',
  '/embed',
  '/embed/frame',
  '/zh-CN/',
  '/zh-CN/levels/l3',
  '/zh-CN/playground',
  '/zh-CN/embed',
];

const STORED_PROGRESS = JSON.stringify({
  curriculumId: 'llm-engineer',
  schemaVersion: 1,
  topics: {
    'ai-ml-dl-overview': { status: 'done', updatedAt: '2026-01-02T03:04:05Z' },
    'python-for-ai': { status: 'in-progress', updatedAt: '2026-01-02T03:04:05Z' },
  },
});

for (const stored of [false, true]) {
  test.describe(stored ? 'with stored state' : 'first visit', () => {
    for (const path of PAGES) {
      test(`${path} hydrates the prerendered HTML without a mismatch`, async ({ page }) => {
        if (stored) {
          await page.addInitScript((progress) => {
            localStorage.setItem('trailmark-demo:theme', 'dark');
            localStorage.setItem('trailmark:progress:llm-engineer', progress);
            localStorage.setItem('trailmark-demo:hours-per-week', '6');
            localStorage.setItem('trailmark-demo:playground', 'id: from-storage\\n');
          }, STORED_PROGRESS);
        }
        // Remember the prerendered heading before any script runs: hydration keeps the very same
        // element, where a fresh client render would replace it.
        await page.addInitScript(() => {
          document.addEventListener('readystatechange', () => {
            if (document.readyState === 'interactive') {
              (window as unknown as { prerendered: Element | null }).prerendered =
                document.querySelector('h1');
            }
          });
        });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
        const kept = await page.evaluate(
          () =>
            (window as unknown as { prerendered: Element | null }).prerendered ===
            document.querySelector('h1'),
        );
        expect(kept, 'the prerendered <h1> was hydrated, not replaced').toBe(true);
        if (stored && path === '/') {
          await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
        }
      });
    }
  });
}
