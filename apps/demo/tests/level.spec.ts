import { expect, open, test } from './support';

test('a level page shows its modules, topics with status, prerequisites and resources', async ({
  page,
}) => {
  await open(page, '/levels/l2');
  await expect(page).toHaveTitle(/^L2 · LLM API application engineering · LLM engineer roadmap$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'L2 LLM API application engineering',
  );
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(
    'LLM engineer roadmap',
  );
  const modules = page.getByRole('region', { name: 'Modules and topics' });
  await expect(modules.getByRole('heading', { level: 3 })).toHaveCount(4);
  // 18 topics (llm-engineer 1.1.0), each with its status control.
  await expect(modules.getByRole('button', { name: /, status: Not started$/ })).toHaveCount(18);
  // A locked topic says what it waits for.
  await expect(modules.getByText(/^Waiting for/).first()).toBeVisible();
  // Opening a topic shows its resources.
  const topic = modules.getByRole('button', { expanded: false }).first();
  await topic.click();
  await expect(modules.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByRole('region', { name: 'Prepares you for' })).toBeVisible();
});

test('levels link to their neighbours', async ({ page }) => {
  await open(page, '/levels/l1');
  const pager = page.getByRole('navigation', { name: 'Other levels' });
  await expect(pager.getByRole('link')).toHaveCount(1);
  await pager.getByRole('link', { name: /^Next level: L2/ }).click();
  await expect(page).toHaveURL(/\/levels\/l2$/);
  await expect(pager.getByRole('link')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a level page in Chinese', async ({ page }) => {
  await open(page, '/zh-CN/levels/ceiling');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('★ 天花板');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('选修级别')).toBeVisible();
});

test.describe('addresses that do not exist', () => {
  test.use({ allowedConsole: [/status of 404/] });

  test('a bad level id gets a 404 and an error page listing the real levels', async ({ page }) => {
    const response = await page.goto('/levels/l9');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such level');
    await expect(page.getByText('This roadmap has no level with the id “l9”')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(5);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: /^L3/ }).click();
    await expect(page).toHaveURL(/\/levels\/l3$/);
  });

  test('an unknown path gets a 404 and the not-found page, in its language', async ({ page }) => {
    const response = await page.goto('/zh-CN/nothing/here');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await page.getByRole('link', { name: '前往路线图' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/$/);
  });

  test('the 404 file itself is a complete page for static hosts', async ({ request }) => {
    const html = await (await request.get('/404.html')).text();
    expect(html).toContain('Page not found');
    expect(html).toContain('<meta name="robots" content="noindex" data-tm-head>');
  });
});

test('a client-side link between pages needs no reload', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => {
    (window as unknown as { marker: boolean }).marker = true;
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Playground' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground');
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM engineer roadmap');
});
