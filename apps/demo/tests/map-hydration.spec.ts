/**
 * The map pages and a topic page hydrate their prerendered map without a mismatch, on React's
 * development build (the `development-react` project, which runs every `*hydration.spec.ts`),
 * with stored progress that the server could not know.
 */
import { expect, test } from './support';

const STORED_PROGRESS = JSON.stringify({
  curriculumId: 'llm-engineer',
  schemaVersion: 1,
  topics: {
    'ai-ml-dl-overview': { status: 'done', updatedAt: '2026-01-02T03:04:05Z' },
    tokenization: { status: 'in-progress', updatedAt: '2026-01-02T03:04:05Z' },
  },
});

for (const path of ['/map', '/zh-CN/levels/l1/map', '/topics/tokenization']) {
  test(`${path} hydrates the prerendered map without a mismatch`, async ({ page }) => {
    await page.addInitScript((progress) => {
      localStorage.setItem('trailmark-demo:theme', 'dark');
      localStorage.setItem('trailmark:progress:llm-engineer', progress);
    }, STORED_PROGRESS);
    // The prerendered map, before any script runs: hydration keeps the very same element.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { prerendered: Element | null }).prerendered =
            document.querySelector('.tm-map__svg');
        }
      });
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { prerendered: Element | null }).prerendered ===
          document.querySelector('.tm-map__svg'),
      ),
    ).toBe(true);
    // The stored progress shows after hydration.
    await expect(
      page.locator('.tm-map [data-topic-id="ai-ml-dl-overview"][data-status="done"]'),
    ).not.toHaveCount(0);
  });
}
