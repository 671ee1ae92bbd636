import { expect, open, test } from './support';

test('the roadmap page is prerendered and hydrates without warnings', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const html = await response?.text();
  expect(html).toContain('data-tm-ssr="/"');
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test("a page paints before it fetches the site's code, then fetches each chunk it lists once", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const response = await page.goto('/map');
  const html = (await response?.text()) ?? '';
  const chunks = /data-tm-chunks="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
  // React DOM, the roadmap, the site and the map are listed, none linked for an early download.
  expect(chunks.length).toBeGreaterThan(10);
  for (const chunk of chunks) expect(html).not.toContain(`/${chunk}"`);
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('.tm-map[data-interactive]')).toHaveCount(1);
  // Each listed chunk is downloaded exactly once: the early fetch is the one import() uses.
  for (const chunk of chunks) {
    expect(
      requested.filter((path) => path === `/${chunk}`),
      chunk,
    ).toHaveLength(1);
  }
});

test('a page that is not painting (a background tab) still hydrates', async ({ page }) => {
  // No frame ever comes: the entry must not wait for one forever.
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.goto('/levels/l1');
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
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

test.describe('an address with a trailing slash', () => {
  test('is redirected (301) to the page without it; a language home keeps its slash', async ({
    request,
  }) => {
    for (const [from, to] of [
      ['/levels/l1/', '/levels/l1'],
      ['/playground/', '/playground'],
      ['/embed/?x=1', '/embed?x=1'],
      ['/zh-CN/levels/l2/', '/zh-CN/levels/l2'],
      ['/zh-CN/playground/', '/zh-CN/playground'],
      ['/zh-CN', '/zh-CN/'],
    ]) {
      const response = await request.get(from as string, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers().location, from).toBe(to);
    }
    for (const page of ['/', '/zh-CN/', '/levels/l1', '/playground']) {
      expect((await request.get(page, { maxRedirects: 0 })).status(), page).toBe(200);
    }
  });

  test('opens the page in the browser', async ({ page }) => {
    await open(page, '/levels/l1/');
    await expect(page).toHaveURL(/\/levels\/l1$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'The grand arrival of the LLM era',
    );
  });

  test.describe('on a host that answers it with 404.html', () => {
    test.use({ allowedConsole: [/status of 404/] });

    test('still shows the page, at its address without the slash', async ({ page }) => {
      const notFound = new URL('../dist/404.html', import.meta.url);
      await page.route('**/playground/', (route) =>
        route.fulfill({ status: 404, contentType: 'text/html', path: notFound.pathname }),
      );
      await open(page, '/playground/');
      await expect(page).toHaveURL(/\/playground$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
    });
  });
});
