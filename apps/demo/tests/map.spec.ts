import { expect, expectNoAxeViolations, open, test } from './support';

/** The map's topic nodes. */
const topics = '.tm-map [data-topic-id]';

test('the map page is prerendered: the whole map is there before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Map of the LLM engineer roadmap',
  );
  await expect(page.locator(topics)).toHaveCount(80);
  await expect(page.getByRole('navigation', { name: 'View' }).getByRole('link')).toHaveText([
    'Timeline',
    'Map',
  ]);
  await context.close();
});

test('Timeline and Map switch, and the choice is remembered', async ({ page }) => {
  await open(page, '/');
  const views = page.getByRole('navigation', { name: 'View' });
  await expect(views.getByRole('link', { name: 'Timeline' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await views.getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.locator(topics)).toHaveCount(80);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // A new visit to the roadmap (or a level) opens the map, before the first paint.
  await open(page, '/');
  await expect(page).toHaveURL(/\/map$/);
  await open(page, '/zh-CN/levels/l2');
  await expect(page).toHaveURL(/\/zh-CN\/levels\/l2\/map$/);
  // So does a link inside the site to the timeline.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '路线图' })
    .click();
  await expect(page).toHaveURL(/\/zh-CN\/map$/);

  await page
    .getByRole('navigation', { name: '视图' })
    .getByRole('link', { name: '时间线' })
    .click();
  await expect(page).toHaveURL(/\/zh-CN\/$/);
  await open(page, '/levels/l1');
  await expect(page).toHaveURL(/\/levels\/l1$/);
});

test('a level map shows that level only, and leads back to its timeline', async ({ page }) => {
  await open(page, '/levels/l2/map');
  await expect(page).toHaveTitle(
    /^Map of L2 · LLM API application engineering · LLM engineer roadmap$/,
  );
  // 18 topics in L2 (llm-engineer 1.1.0).
  await expect(page.locator(topics)).toHaveCount(18);
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/levels\/l2$/);
  await expect(
    page.getByRole('region', { name: 'Modules and topics' }).getByRole('heading', { level: 3 }),
  ).toHaveCount(4);
});

test.describe('an address that does not exist', () => {
  test.use({ allowedConsole: [/status of 404/] });

  test('an unknown level has no map either: the 404 page answers', async ({ page }) => {
    const response = await page.goto('/levels/l9/map');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such level');
  });
});

test('a topic selected in the map links to its own page', async ({ page }) => {
  await open(page, '/map');
  const node = page.locator('.tm-map [data-topic-id="tokenization"]').first();
  await node.click();
  const details = page.locator('.tm-map__details');
  await expect(details).toBeVisible();
  await details.getByRole('link', { name: /Tokenization and tokens/ }).click();
  await expect(page).toHaveURL(/\/topics\/tokenization$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tokenization and tokens');
});

test('a topic page shows its place in its level’s map, selected', async ({ page }) => {
  await open(page, '/topics/tokenization');
  const map = page.getByRole('region', { name: 'Where it sits in L1' });
  await expect(map.locator(topics)).not.toHaveCount(0);
  await expect(map.locator('[data-topic-id="tokenization"][data-selected]')).toHaveCount(1);
});

test('printed, the map fits the page width', async ({ page }) => {
  await open(page, '/map');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'View' })).toBeHidden();
  const fit = await page.evaluate(() => {
    const svg = document.querySelector('.tm-map__svg') as SVGSVGElement;
    return {
      svg: svg.getBoundingClientRect().width,
      page: document.documentElement.clientWidth,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  expect(fit.svg).toBeGreaterThan(fit.page * 0.5);
  expect(fit.svg).toBeLessThanOrEqual(fit.page);
  expect(fit.overflow).toBeLessThanOrEqual(0);
});

test('printed, the whole map goes level by level, each from the top of a page', async ({
  page,
}) => {
  await open(page, '/map');
  await expect(page.locator('.tm-map')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const maps = page.locator('.demo-map--level');
  await expect(maps).toHaveCount(5);
  // Every topic once, across the five levels' maps.
  await expect(page.locator(topics)).toHaveCount(80);
  const layout = await maps.evaluateAll((elements) =>
    elements.map((element) => ({
      breakBefore: getComputedStyle(element).breakBefore,
      width: element.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    })),
  );
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  expect(layout.map((each) => each.breakBefore)).toEqual(['auto', 'page', 'page', 'page', 'page']);
  for (const { width } of layout) expect(width).toBeLessThanOrEqual(pageWidth);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.tm-map')).toHaveCount(1);
});

test('the embed page offers the map view, and the snippet asks for it', async ({ page }) => {
  await open(page, '/embed');
  const snippet = page.locator('pre.demo-snippet').first();
  await expect(snippet).not.toContainText('view=');
  await page.getByRole('radio', { name: /^Map/ }).check();
  await expect(snippet).toContainText(/ view="map">/);
  // The timeline's own options do not apply to the map.
  await expect(page.getByRole('radio', { name: 'Horizontal' })).toBeDisabled();
  await expect(snippet).not.toContainText('expanded-levels');
  const preview = page.locator('.demo-embed__stage trailmark-roadmap');
  await expect(preview).toHaveAttribute('view', 'map');
  await expect(preview.locator(topics)).toHaveCount(80);
  await page.getByRole('radio', { name: /^Timeline/ }).check();
  await expect(snippet).not.toContainText('view=');
});

test.describe('axe finds no violations on the map pages', () => {
  test.use({ bypassCSP: true });
  for (const theme of ['light', 'dark'] as const) {
    test(theme, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript(
        (value) => localStorage.setItem('trailmark-demo:theme', value),
        theme,
      );
      for (const path of ['/map', '/zh-CN/levels/ceiling/map']) {
        await open(page, path);
        await expectNoAxeViolations(page);
      }
    });
  }
});
