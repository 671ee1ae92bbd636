import { expect, open, test } from './support';

test('the roadmap page is prerendered and hydrates without warnings', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const html = await response?.text();
  expect(html).toContain('data-tm-ssr="/"');
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test.describe('unknown addresses', () => {
  test.use({ allowedConsole: [/status of 404/] });

  test('answer 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test('the language switch moves to the same page in Chinese and is remembered', async ({
  page,
}) => {
  await open(page, '/playground');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '中文' })
    .click();
  await expect(page).toHaveURL(/\/zh-CN\/playground$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await open(page, '/embed');
  await expect(page).toHaveURL(/\/zh-CN\/embed$/);
});
