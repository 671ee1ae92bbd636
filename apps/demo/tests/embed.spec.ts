import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, open, test } from './support';

/**
 * Serves one HTML file from a directory of its own, on another origin than the site: a stand-in
 * for someone's blog pasting the snippet.
 */
async function servePage(dir: string, html: string): Promise<{ url: string; server: Server }> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html);
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** The text of the snippet shown under a heading of the embed page. */
async function snippet(page: Page, heading: string): Promise<string> {
  const section = page.getByRole('region', { name: heading });
  return (await section.locator('pre').first().textContent()) ?? '';
}

test('the embed page previews the real element and updates snippet and preview together', async ({
  page,
}) => {
  await open(page, '/embed');
  const preview = page.locator('trailmark-roadmap');
  await expect(
    preview.getByRole('list', { name: 'LLM engineer roadmap' }).locator(':scope > li'),
  ).toHaveCount(5);

  await page.getByLabel('Language of the roadmap').selectOption('zh-CN');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Horizontal' }).check();
  await expect(preview).toHaveAttribute('locale', 'zh-CN');
  await expect(preview.getByRole('list', { name: 'AI 大模型工程师学习路线' })).toBeVisible();

  const origin = new URL(page.url()).origin;
  const script = await snippet(page, 'Script tag and custom element');
  expect(script).toContain(
    `<script type="module" src="${origin}/embed/trailmark-embed.js"></script>`,
  );
  expect(script).toContain(
    '<trailmark-roadmap roadmap="llm-engineer" locale="zh-CN" theme="dark" orientation="horizontal" expanded-levels="none">',
  );
  const iframe = await snippet(page, 'Iframe');
  expect(iframe).toContain(
    `src="${origin}/embed/frame?roadmap=llm-engineer&amp;locale=zh-CN&amp;theme=dark&amp;orientation=horizontal"`,
  );
});

test("the snippet's fallback link is in the roadmap's language and leads to its home page", async ({
  page,
}) => {
  await open(page, '/embed');
  const origin = new URL(page.url()).origin;
  expect(await snippet(page, 'Script tag and custom element')).toContain(
    `<a href="${origin}/" lang="en">View the LLM engineer roadmap</a>`,
  );
  await page.getByLabel('Language of the roadmap').selectOption('zh-CN');
  await expect(page.getByRole('region', { name: 'Script tag and custom element' })).toContainText(
    `<a href="${origin}/zh-CN/" lang="zh-CN">查看AI 大模型工程师学习路线</a>`,
  );

  await open(page, '/zh-CN/embed');
  expect(await snippet(page, 'script 标签和自定义元素')).toContain(
    `<a href="${origin}/zh-CN/" lang="zh-CN">查看AI 大模型工程师学习路线</a>`,
  );
});

test('the copy buttons put the exact snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/embed');
  await page.getByRole('button', { name: 'Copy the script-tag snippet' }).click();
  await expect(page.getByText('Copied to the clipboard.').first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet(page, 'Script tag and custom element'));
});

test('the script-tag snippet, pasted into a plain HTML page elsewhere, renders the roadmap', async ({
  page,
}, testInfo) => {
  await open(page, '/embed');
  await page.getByLabel('Language of the roadmap').selectOption('en');
  const code = await snippet(page, 'Script tag and custom element');
  const { url, server } = await servePage(
    testInfo.outputPath('blog'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My blog</title></head><body><h1>My learning plan</h1>\n${code}\n</body></html>`,
  );
  try {
    await page.goto(url);
    const element = page.locator('trailmark-roadmap');
    await expect(
      element.getByRole('list', { name: 'LLM engineer roadmap' }).locator(':scope > li'),
    ).toHaveCount(5);
    await expect(
      element.getByRole('heading', { name: /The grand arrival of the LLM era/ }),
    ).toBeVisible();
  } finally {
    server.close();
  }
});

test('the iframe snippet works as is, and grows to its content with the listener', async ({
  page,
}, testInfo) => {
  await open(page, '/embed');
  const iframe = await snippet(page, 'Iframe');
  const listener = await page
    .getByRole('region', { name: 'Iframe' })
    .locator('pre')
    .nth(1)
    .textContent();
  // Without the listener: the fixed height, with the rest reachable by scrolling inside.
  const plain = await servePage(
    testInfo.outputPath('wiki'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wiki</title></head><body>\n${iframe}\n</body></html>`,
  );
  try {
    await page.goto(plain.url);
    const frame = page.frameLocator('iframe');
    await expect(
      frame.getByRole('list', { name: 'LLM engineer roadmap' }).locator(':scope > li'),
    ).toHaveCount(5);
    expect((await page.locator('iframe').boundingBox())?.height).toBe(720);
    const scrollable = await frame
      .locator('html')
      .evaluate((root) => root.scrollHeight > root.clientHeight);
    expect(scrollable).toBe(true);
  } finally {
    plain.server.close();
  }

  // The listener is a script on the host page; this host serves no CSP.
  const { url, server } = await servePage(
    testInfo.outputPath('course'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>\n${iframe}\n${listener}\n</body></html>`,
  );
  try {
    await page.goto(url);
    const frame = page.frameLocator('iframe');
    await expect(
      frame.getByRole('list', { name: 'LLM engineer roadmap' }).locator(':scope > li'),
    ).toHaveCount(5);
    const element = page.locator('iframe');
    await expect.poll(async () => (await element.boundingBox())?.height).not.toBe(720);
    const contentHeight = await frame
      .locator('main')
      .evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.round((await element.boundingBox())?.height ?? 0))
      .toBe(contentHeight);
  } finally {
    server.close();
  }
});

test('the frame route takes its options from the URL and says when a roadmap is unknown', async ({
  page,
}) => {
  await open(
    page,
    '/embed/frame?roadmap=llm-engineer&locale=zh-CN&theme=dark&orientation=vertical',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI 大模型工程师学习路线');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

  await open(page, '/embed/frame?roadmap=no-such-roadmap&locale=en');
  await expect(page.getByRole('alert')).toHaveText(
    'There is no built-in roadmap “no-such-roadmap”.',
  );
});

test('the script-tag snippet and its copy button come before the full-height preview', async ({
  page,
}) => {
  await open(page, '/embed');
  const copy = await page
    .getByRole('button', { name: 'Copy the script-tag snippet' })
    .boundingBox();
  const preview = await page.getByRole('heading', { name: 'Live preview' }).boundingBox();
  if (!copy || !preview) throw new Error('no boxes');
  expect(copy.y).toBeLessThan(preview.y);
  // Within the first two screens of a desktop, not thousands of pixels down.
  expect(copy.y).toBeLessThan(1600);
});

test('the snippet sets which levels start open, read-only and the heading level', async ({
  page,
}) => {
  await open(page, '/embed');
  const snippet = page.locator('pre.demo-snippet').first();
  // A blog post stays short by default: no level open.
  await expect(snippet).toContainText('expanded-levels="none"');
  const preview = page.locator('.demo-embed__stage trailmark-roadmap');
  await expect(preview.locator('.tm-level-card__toggle[aria-expanded="true"]')).toHaveCount(0);
  await page.getByRole('radio', { name: 'All' }).check();
  await expect(snippet).toContainText('expanded-levels="all"');
  await page.getByRole('checkbox', { name: 'Read-only (no status controls)' }).check();
  await page.getByLabel('Heading level of the level titles').selectOption('3');
  await expect(snippet).toContainText('expanded-levels="all" readonly heading-level="3">');
  await page.getByRole('radio', { name: "The learner's current level" }).check();
  await expect(snippet).not.toContainText('expanded-levels');
});

test('the frame shows the map for view=map, and the iframe snippet carries the view', async ({
  page,
}) => {
  await open(page, '/embed');
  await page.getByRole('radio', { name: /^Map/ }).check();
  const iframe = await snippet(page, 'Iframe');
  const origin = new URL(page.url()).origin;
  expect(iframe).toContain(
    `src="${origin}/embed/frame?roadmap=llm-engineer&amp;locale=en&amp;theme=auto&amp;orientation=vertical&amp;view=map"`,
  );

  await open(page, '/embed/frame?roadmap=llm-engineer&locale=zh-CN&theme=dark&view=map');
  await expect(page.locator('.tm-map [data-topic-id]')).toHaveCount(80);
  await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI 大模型工程师学习路线');
  // Its list form is the same frame as a timeline.
  await page.locator('.tm-map__timeline').click();
  await expect(page).toHaveURL(
    /\/embed\/frame\?roadmap=llm-engineer&locale=zh-CN&theme=dark&orientation=vertical$/,
  );
  await expect(
    page.getByRole('list', { name: 'AI 大模型工程师学习路线' }).locator(':scope > li'),
  ).toHaveCount(5);
  await expect(page.locator('.tm-map')).toHaveCount(0);
});
