import { readFile } from 'node:fs/promises';
import { indexTopics } from '@trailmark/curriculum';
import roadmap from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, expectNoAxeViolations, open, test } from './support';

const TITLE = 'Getting started with PyTorch and TensorFlow';

test('a topic page shows the topic, its place, its resources and its neighbours as links', async ({
  page,
}) => {
  await open(page, '/topics/deep-learning-frameworks');
  await expect(page).toHaveTitle(`${TITLE} · L1 · LLM engineer roadmap`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText('Practice · About 14 hr of study')).toBeVisible();
  await expect(page.getByText(/^In L1 · The grand arrival of the LLM era, module/)).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['LLM engineer roadmap', 'L1']);

  const prerequisites = page.getByRole('region', { name: 'Prerequisites' });
  await expect(prerequisites.getByRole('link')).toHaveCount(2);
  const dependents = page.getByRole('region', { name: 'What it unlocks' });
  await expect(dependents.getByRole('link')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Resources' }).getByRole('link')).toHaveCount(4);

  // A prerequisite's link leads to its page, client-side, with focus on the new title.
  const overview = prerequisites.getByRole('link').first();
  const name = await overview.textContent();
  await overview.click();
  await expect(page).toHaveURL(/\/topics\/ai-ml-dl-overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Prerequisites' })).toContainText(
    'None: you can start here.',
  );
});

test('the status control on a topic page sets the status, which its neighbours show', async ({
  page,
}) => {
  await open(page, '/topics/ai-ml-dl-overview');
  const status = page.getByRole('region', { name: 'Your status' });
  await status.getByRole('button', { name: /, status: Not started$/ }).click();
  await page.getByRole('menuitemradio', { name: 'Done' }).click();
  await expect(status.getByRole('button', { name: /, status: Done$/ })).toBeVisible();

  await page
    .getByRole('region', { name: 'What it unlocks' })
    .getByRole('link', { name: TITLE })
    .click();
  const done = page.getByRole('region', { name: 'Prerequisites' }).getByRole('listitem').first();
  await expect(done).toHaveAttribute('data-status', 'done');
  await expect(done).toContainText('Done');
});

test('a topic page in Chinese, prerendered with its own head and JSON-LD', async ({ request }) => {
  const response = await request.get('/zh-CN/topics/deep-learning-frameworks');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<html lang="zh-CN"');
  expect(html).toContain('<title data-tm-head>深度学习框架上手：PyTorch 与 TensorFlow · L1 ·');
  expect(html).toMatch(
    /<link rel="canonical" href="https?:\/\/[^"/]+\/zh-CN\/topics\/deep-learning-frameworks"/,
  );
  const json = html.match(/<script type="application\/ld\+json" data-tm-head>(.*?)<\/script>/s);
  const data = JSON.parse(json?.[1] ?? 'null');
  expect(data).toMatchObject({
    '@type': 'LearningResource',
    name: '深度学习框架上手：PyTorch 与 TensorFlow',
    inLanguage: 'zh-CN',
    timeRequired: 'PT14H',
    isPartOf: { '@type': 'Course', educationalLevel: 'L1' },
  });
  expect(data.competencyRequired).toHaveLength(2);
});

test('every topic of the roadmap has a prerendered page in both languages', async ({ request }) => {
  const ids = [...indexTopics(roadmap).keys()];
  expect(ids.length).toBeGreaterThan(50);
  for (const id of ids) {
    for (const path of [`/topics/${id}`, `/zh-CN/topics/${id}`]) {
      const html = await (await request.get(path)).text();
      expect(html, path).toContain(`/topics/${id}" data-tm-head>`);
      expect(html, path).toContain('<h1');
    }
  }
});

test('the page reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/topics/deep-learning-frameworks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(
    page.getByRole('region', { name: 'Prerequisites' }).getByRole('link').first(),
  ).toHaveAttribute('href', '/topics/ai-ml-dl-overview');
  await context.close();
});

test('"Next up" links to the pages of the topics it names', async ({ page }) => {
  await open(page, '/');
  const next = page.getByRole('region', { name: 'Next up' });
  const links = next.getByRole('link');
  const rows = next.getByRole('button', { name: /, status: / });
  await expect(rows.first()).toBeVisible();
  await expect(links).toHaveCount(await rows.count());
  await links.first().click();
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+$/);
  await expect(page.getByRole('region', { name: 'Your status' })).toBeVisible();
});

test.describe('addresses that do not exist', () => {
  test.use({ allowedConsole: [/status of 404/] });

  test('a bad topic id gets a 404 and a page that lists the levels', async ({ page }) => {
    const response = await page.goto('/topics/no-such-topic');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such topic');
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(5);
  });
});

test('a topic page prints cleanly: no controls, no pager, links spelled out', async ({ page }) => {
  await open(page, '/topics/deep-learning-frameworks');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Other topics' })).toBeHidden();
  const resource = page.getByRole('region', { name: 'Resources' }).getByRole('link').first();
  const href = await resource.getAttribute('href');
  const after = await resource.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(href);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('downloading the map', () => {
  for (const [path, expected] of [
    ['/', { file: 'llm-engineer-en-map.svg', text: 'LLM engineer roadmap' }],
    [
      '/zh-CN/levels/l2',
      { file: 'llm-engineer-l2-zh-CN-map.svg', text: 'AI大模型API应用开发工程' },
    ],
  ] as const) {
    test(`${path} gives an SVG in the page's language`, async ({ page }) => {
      await open(page, path);
      const button = page.getByRole('button', { name: /SVG/ });
      const downloading = page.waitForEvent('download');
      await button.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(expected.file);
      const svg = await readFile(await download.path(), 'utf8');
      expect(svg).toMatch(/^<svg|^<\?xml/);
      expect(svg).toContain(expected.text);
    });
  }

  test('with progress when asked, and in the dark theme of the page', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('trailmark-demo:theme', 'dark'));
    await open(page, '/topics/ai-ml-dl-overview');
    const status = page.getByRole('region', { name: 'Your status' });
    await status.getByRole('button', { name: /, status: Not started$/ }).click();
    await page.getByRole('menuitemradio', { name: 'Done' }).click();
    await open(page, '/');
    const svgOf = async () => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the map (SVG)' }).click();
      return readFile(await (await downloading).path(), 'utf8');
    };
    const plain = await svgOf();
    await page.getByRole('checkbox', { name: 'Show my progress on it' }).check();
    const withProgress = await svgOf();
    expect(plain).toContain('data-topic="ai-ml-dl-overview" data-status="not-started"');
    expect(withProgress).toContain('data-topic="ai-ml-dl-overview" data-status="done"');
    // The dark palette: a dark background fill on the first rectangle.
    const background = withProgress.match(/<rect[^>]*fill="(#[0-9a-fA-F]{6})"/)?.[1] ?? '#ffffff';
    expect(Number.parseInt(background.slice(1, 3), 16)).toBeLessThan(0x80);
  });

  test('the SVG module is not loaded until the button is pressed', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await open(page, '/');
    expect(scripts.filter((url) => /\/svg-[\w-]+\.js$/.test(url))).toEqual([]);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the map (SVG)' }).click();
    await downloading;
    expect(scripts.filter((url) => /\/svg-[\w-]+\.js$/.test(url))).toHaveLength(1);
  });
});

test.describe('axe finds no violations on topic pages', () => {
  test.use({ bypassCSP: true });
  for (const theme of ['light', 'dark'] as const) {
    test(theme, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript(
        (value) => localStorage.setItem('trailmark-demo:theme', value),
        theme,
      );
      await open(page, '/topics/deep-learning-frameworks');
      await expectNoAxeViolations(page);
      await open(page, '/zh-CN/topics/llm-origins-agi');
      await expectNoAxeViolations(page);
    });
  }
});
