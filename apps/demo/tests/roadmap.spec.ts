import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  createProgress,
  indexTopics,
  nextTopics,
  setStatus as withStatus,
} from '@trailmark/curriculum';
import roadmap from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, open, test } from './support';

const LEVEL_TITLES_EN = [
  'The grand arrival of the LLM era',
  'LLM API application engineering',
  'Advanced LLM application architecture',
  'Fine-tuning and private deployment',
  'The ceiling',
];
const LEVEL_TITLES_ZH = [
  'AI大模型时代的华丽登场',
  'AI大模型API应用开发工程',
  '大模型应用架构进阶实践',
  '大模型微调与私有化部署',
  '天花板',
];

/** The level stops of the timeline (the direct items of its ordered list). */
function levels(page: Page, name: string) {
  return page.getByRole('list', { name, exact: true }).locator(':scope > li');
}

/** Sets a topic's status through its status menu, as a person would. */
async function setStatus(page: Page, topic: string, status: string) {
  const scope = page.getByRole('region', { name: 'Next up' });
  await scope.getByRole('button', { name: `${topic}, status:` }).click();
  await page.getByRole('menuitemradio', { name: status }).click();
}

test('the roadmap shows its five levels in order', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM engineer roadmap');
  const stops = levels(page, 'LLM engineer roadmap');
  await expect(stops).toHaveCount(5);
  for (const [index, title] of LEVEL_TITLES_EN.entries()) {
    await expect(stops.nth(index).getByRole('heading', { level: 3 })).toContainText(title);
  }
});

test('the prerendered page shows the roadmap without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM engineer roadmap');
  await expect(levels(page, 'LLM engineer roadmap')).toHaveCount(5);
  await expect(page.getByRole('link', { name: /Study L2 in depth/ })).toHaveAttribute(
    'href',
    '/levels/l2',
  );
  await context.close();
});

test('switching the language changes the titles, the URL and <html lang>, and is remembered', async ({
  page,
}) => {
  await open(page, '/');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '中文' })
    .click();
  await expect(page).toHaveURL(/\/zh-CN\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI 大模型工程师学习路线');
  const stops = levels(page, 'AI 大模型工程师学习路线');
  for (const [index, title] of LEVEL_TITLES_ZH.entries()) {
    await expect(stops.nth(index).getByRole('heading', { level: 3 })).toContainText(title);
  }
  await expect(page).toHaveTitle(/AI 大模型工程师学习路线/);

  // The choice is remembered: the English address now leads to the Chinese page…
  await open(page, '/levels/l1');
  await expect(page).toHaveURL(/\/zh-CN\/levels\/l1$/);
  // …until English is chosen again.
  await page
    .getByRole('navigation', { name: '语言' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/\/levels\/l1$/);
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM engineer roadmap');
});

/** The addresses a page load asks for, in order, without the origin. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    paths.push(url.pathname);
  });
  return paths;
}

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('gets the Chinese roadmap by default', async ({ page }) => {
    await open(page, '/');
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI 大模型工程师学习路线');
  });

  test('is sent on before the English page asks for its stylesheet or scripts', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await open(page, '/');
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    // The English page's HTML, then the Chinese page and what it needs: nothing of the English
    // page's own (its first request after the HTML is already the Chinese page).
    expect(requests.slice(0, 2)).toEqual(['/', '/zh-CN/']);
    expect(requests.filter((path) => path === '/')).toHaveLength(1);
  });

  test('stays on an English page when English was chosen', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('trailmark-demo:locale', 'en'));
    await open(page, '/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM engineer roadmap');
  });
});

test('an English browser stays on the English page, which names its Chinese twin', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await open(page, '/');
  await expect(page).toHaveURL(/\/$/);
  expect(requests).not.toContain('/zh-CN/');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    /\/zh-CN\/$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    /\/$/,
  );
});

test('a visitor without scripts (a crawler) gets the English page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM engineer roadmap');
  await context.close();
});

test('marking a topic done survives a reload', async ({ page }) => {
  await open(page, '/');
  await setStatus(page, 'AI, machine learning and deep learning', 'Done');
  await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
  await page.reload();
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
  // The done topic left "Next up"; the level page shows it done.
  await open(page, '/levels/l1');
  await expect(
    page.getByRole('button', { name: 'AI, machine learning and deep learning, status: Done' }),
  ).toBeVisible();
});

test('export, reset and import restore the progress', async ({ page }, testInfo) => {
  await open(page, '/');
  await setStatus(page, 'AI, machine learning and deep learning', 'Done');
  await setStatus(page, 'Python and data handling for AI', 'In progress');
  await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('llm-engineer-progress.json');
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.curriculumId).toBe('llm-engineer');
  expect(exported.topics['ai-ml-dl-overview'].status).toBe('done');

  await page.getByRole('button', { name: 'Reset progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('0 of 63 required topics complete')).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported the status of 2 topics' }),
  ).toBeVisible();
  await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Python and data handling for AI, status: In progress' }),
  ).toBeVisible();
});

/** Chooses a file for "Import progress", as the file picker would. */
async function importFile(page: Page, label: string, name: string, text: string) {
  await page.getByLabel(label).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

const DONE = { status: 'done', updatedAt: '2025-01-01T00:00:00Z' };

function progressFile(topics: Record<string, unknown>, curriculumId = 'llm-engineer'): string {
  return JSON.stringify({ curriculumId, schemaVersion: 1, topics });
}

test.describe('importing a file that gives nothing says why and changes nothing', () => {
  for (const [what, text, message] of [
    ['not JSON', 'not json', 'notes.json: the progress is not valid JSON; nothing of it was used.'],
    [
      "another roadmap's progress",
      progressFile({}, 'another-roadmap'),
      'notes.json: this is progress through "another-roadmap", not "llm-engineer"; nothing of it was used.',
    ],
    [
      'a JSON file that is no progress file',
      '{"topics":{}}',
      'notes.json: a progress record needs "curriculumId" (text), got undefined; nothing of it was used.',
    ],
    [
      'another version of the progress format',
      JSON.stringify({ curriculumId: 'llm-engineer', schemaVersion: 2, topics: {} }),
      'notes.json: schemaVersion 2 is not supported; expected 1; nothing of it was used.',
    ],
    [
      'no entry for a topic of this roadmap',
      progressFile({ nope: DONE }),
      'Nothing was imported: notes.json has no usable entries for topics of this roadmap.',
    ],
  ] as const) {
    test(what, async ({ page }) => {
      await open(page, '/');
      await setStatus(page, 'AI, machine learning and deep learning', 'Done');
      await importFile(page, 'Import progress', 'notes.json', text);
      const status = page.getByRole('status').filter({ hasText: 'Your progress is unchanged.' });
      await expect(status).toContainText(message);
      await expect(status).toContainText('Your progress is unchanged.');
      // Nothing claims a reset that did not happen.
      await expect(status).not.toContainText(/starting with no progress|reset/i);
      await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
      const saved = await page.evaluate(() =>
        localStorage.getItem('trailmark:progress:llm-engineer'),
      );
      expect(Object.keys(JSON.parse(saved ?? '{}').topics)).toEqual(['ai-ml-dl-overview']);
    });
  }
});

test('an import keeps and counts only topics of this roadmap, and says what it ignored', async ({
  page,
}) => {
  await open(page, '/');
  await importFile(
    page,
    'Import progress',
    'progress.json',
    progressFile({ 'ai-ml-dl-overview': DONE, nope: DONE }),
  );
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('Imported the status of 1 topic (');
  await expect(status).toContainText(
    'Ignored 1 entry for a topic this roadmap does not have: nope.',
  );
  await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('trailmark:progress:llm-engineer'));
  expect(Object.keys(JSON.parse(saved ?? '{}').topics)).toEqual(['ai-ml-dl-overview']);
});

test('import messages on the Chinese page are Chinese only', async ({ page }) => {
  await open(page, '/zh-CN/');
  await importFile(page, '导入进度', 'notes.json', 'not json');
  const status = page.getByRole('status').filter({ hasText: '你的进度没有改变' });
  await expect(status).toHaveText(
    'notes.json：进度不是有效的 JSON；其中的内容均未使用。你的进度没有改变。',
  );
  await importFile(
    page,
    '导入进度',
    'progress.json',
    progressFile({ 'ai-ml-dl-overview': DONE, nope: DONE, 'rag-basics': { status: 'x' } }),
  );
  const imported = page.getByRole('status').filter({ hasText: '已导入' });
  await expect(imported).toContainText('已导入 1 个主题的状态');
  // Apart from the file's own ids, not one Latin word of English.
  const words = (await imported.textContent())?.replace(/nope|rag-basics|\w+\.json/g, '');
  expect(words).not.toMatch(/[A-Za-z]{3,}/);
});

test('reset asks first, and cancelling keeps the progress', async ({ page }) => {
  await open(page, '/');
  await setStatus(page, 'AI, machine learning and deep learning', 'Done');
  const reset = page.getByRole('button', { name: 'Reset progress' });
  await reset.click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toBeVisible();
  // The safe choice has focus; Escape cancels and gives focus back to the button.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(page.getByText('1 of 63 required topics complete')).toBeVisible();
});

test('the study plan follows the hours per week and remembers them', async ({ page }) => {
  await open(page, '/');
  const plan = page.getByRole('region', { name: 'Study plan' });
  const hours = plan.getByRole('spinbutton', { name: 'Hours per week' });
  await expect(hours).toHaveValue('10');
  const finish = plan.getByText(/^Finish by/);
  const atTen = await finish.textContent();
  await hours.fill('20');
  await hours.blur();
  await expect(finish).not.toHaveText(atTen ?? '');
  await page.reload();
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(plan.getByRole('spinbutton', { name: 'Hours per week' })).toHaveValue('20');
});

test('"Next up" follows progress: a finished topic makes way for the next', async ({ page }) => {
  await open(page, '/');
  const next = page.getByRole('region', { name: 'Next up' });
  await expect(next.getByRole('listitem')).toHaveCount(2);
  await setStatus(page, 'AI, machine learning and deep learning', 'Done');
  await expect(next).not.toContainText('AI, machine learning and deep learning');
  await expect(next.getByRole('listitem').first()).toBeVisible();
});

/** Marks a topic of "Next up" done with the keyboard alone: Enter opens the menu, ↓ ↓ reaches Done. */
async function markDoneByKeyboard(page: Page, topic: string) {
  await page
    .getByRole('region', { name: 'Next up' })
    .getByRole('button', { name: `${topic}, status: Not started` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'Not started' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Next up' })).not.toContainText(topic);
}

test.describe('"Next up" keeps the keyboard focus when a topic leaves it', () => {
  test('focus moves to the status button of the topic now in its place', async ({ page }) => {
    await open(page, '/');
    const items = page.getByRole('region', { name: 'Next up' }).getByRole('listitem');
    await markDoneByKeyboard(page, 'AI, machine learning and deep learning');
    await expect(items.first().getByRole('button', { name: /, status: / })).toBeFocused();
    // The keyboard goes on from there: Enter opens that topic's menu.
    await page.keyboard.press('Enter');
    await expect(items.first().getByRole('menuitemradio', { checked: true })).toBeFocused();
  });

  test('when the last topic leaves, focus moves to the one before it', async ({ page }) => {
    await open(page, '/');
    const items = page.getByRole('region', { name: 'Next up' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    const lastTitle = await items
      .last()
      .getByRole('button', { expanded: false })
      .first()
      .textContent();
    await markDoneByKeyboard(page, lastTitle ?? '');
    const count = await items.count();
    const place = Math.min(1, count - 1);
    await expect(items.nth(place).getByRole('button', { name: /, status: / })).toBeFocused();
  });

  test('when the list empties, focus moves to its heading', async ({ page }) => {
    // Every topic done but the first one, which is then the only topic left to study.
    let progress = createProgress(roadmap.id);
    const ids = [...indexTopics(roadmap).keys()];
    for (const id of ids.slice(1)) progress = withStatus(progress, id, 'done');
    expect(nextTopics(roadmap, progress, 3).map((entry) => entry.topic.id)).toEqual([ids[0]]);
    await page.addInitScript((saved) => {
      localStorage.setItem('trailmark:progress:llm-engineer', saved);
    }, JSON.stringify(progress));
    await open(page, '/');
    await markDoneByKeyboard(page, 'AI, machine learning and deep learning');
    await expect(page.getByRole('heading', { name: 'Next up' })).toBeFocused();
    await expect(page.getByText('Every required topic is complete')).toBeVisible();
  });
});

test('the head carries title, description, canonical, Open Graph and JSON-LD in the HTML', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toContain('<title data-tm-head>LLM engineer roadmap · Trailmark</title>');
  expect(head).toMatch(/<meta name="description" content="A study plan from first principles/);
  expect(head).toMatch(/<link rel="canonical" href="http:\/\/localhost:5173\/"/);
  expect(head).toMatch(
    /<link rel="alternate" hreflang="zh-CN" href="http:\/\/localhost:5173\/zh-CN\/"/,
  );
  expect(head).toMatch(/<meta property="og:title" content="LLM engineer roadmap · Trailmark"/);
  const jsonLd = /<script type="application\/ld\+json" data-tm-head>(.*?)<\/script>/s.exec(head);
  expect(jsonLd).not.toBeNull();
  const data = JSON.parse(jsonLd?.[1] ?? 'null');
  expect(data['@type']).toBe('ItemList');
  expect(data.itemListElement).toHaveLength(5);
  expect(html).toMatch(/<html lang="en">/);
  // Nothing inline may run but the early script (theme and address), allowed by its hash (the
  // page's own check; a violation would also fail every test), and it comes before the stylesheet;
  // no script in the head is fetched before the first paint.
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(head)?.[1]
    ?.replaceAll('&#39;', "'");
  expect(policy).toMatch(
    /^default-src 'self'; script-src 'self' 'sha256-[\w+/=]+'; style-src 'self'/,
  );
  const inline = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code ?? '');
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256')
    .update(inline[0] ?? '')
    .digest('base64');
  expect(policy).toContain(`'sha256-${hash}'`);
  expect(head.indexOf('<script>')).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
  expect(head).not.toContain('<script src');
});

test('the head follows client-side navigation', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: /Study L2 in depth/ }).click();
  await expect(page).toHaveTitle(/^L2 · LLM API application engineering/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'http://localhost:5173/levels/l2',
  );
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  // Focus moves to the new page's heading, as a page load would put it.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test.describe('the theme', () => {
  test('is applied before the first paint, without waiting for the app', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('trailmark-demo:theme', 'dark'));
    // Hold the app's script back: the colours must already be right without it.
    await page.route('**/assets/*.js', () => {});
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'dark');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(14, 19, 24)');
  });

  test('switches between light, dark and system, and is remembered', async ({ page }) => {
    await open(page, '/');
    const theme = page.getByLabel('Theme');
    await expect(theme).toHaveValue('system');
    await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'auto');
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'dark');
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await page.getByLabel('Theme').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-tm-theme', 'light');
  });
});

test('printing expands every level and hides the controls', async ({ page }) => {
  await open(page, '/');
  const toggles = levels(page, 'LLM engineer roadmap').getByRole('button', { expanded: true });
  await expect(toggles).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(toggles).toHaveCount(5);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
  await expect(page.getByRole('spinbutton', { name: 'Hours per week' })).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(toggles).toHaveCount(0);
});

test('printed links show where they go', async ({ page }) => {
  await open(page, '/levels/l1');
  await page.getByRole('button', { name: 'The Transformer and attention', exact: true }).click();
  const paper = page.getByRole('link', { name: /Attention Is All You Need/ });
  await expect(paper).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const after = await paper.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://arxiv.org/abs/1706.03762');
});

/** The relative luminance (WCAG) of a computed `rgb(…)` colour: 0 is black, 1 is white. */
function luminance(color: string): number {
  const channels =
    color
      .match(/[\d.]+/g)
      ?.slice(0, 3)
      .map(Number) ?? [];
  expect(channels, color).toHaveLength(3);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test.describe('printing a dark page gives dark text on white paper', () => {
  for (const [theme, stored] of [
    ['Theme = Dark', 'dark'],
    ['Theme = System with a dark system', 'system'],
  ] as const) {
    test(theme, async ({ page }) => {
      await page.addInitScript((value) => {
        localStorage.setItem('trailmark-demo:theme', value);
      }, stored);
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, '/');
      const title = page.getByRole('heading', { level: 1 });
      const topic = page
        .getByRole('region', { name: 'Next up' })
        .getByRole('button', { name: 'AI, machine learning and deep learning', exact: true });
      const colorOf = (element: typeof title) =>
        element.evaluate((node) => getComputedStyle(node).color);
      // On screen the page is dark: light text.
      expect(luminance(await colorOf(title))).toBeGreaterThan(0.5);

      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      // Readable on white paper: WCAG AA contrast (4.5:1) against white.
      for (const element of [title, topic]) {
        expect(1.05 / (luminance(await colorOf(element)) + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
      const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(paper).toBe('rgba(0, 0, 0, 0)');
    });
  }
});

test('printing shows statuses as plain text and the timeline in one column', async ({ page }) => {
  await open(page, '/');
  const status = page
    .getByRole('region', { name: 'Next up' })
    .getByRole('button', { name: /^AI, machine learning and deep learning, status:/ });
  const stops = levels(page, 'LLM engineer roadmap');
  // The screen is wide enough for cards on both sides of the rail.
  const widths = async () =>
    stops.evaluateAll((items) =>
      items.map(
        (item) => item.getBoundingClientRect().width / (item.parentElement?.clientWidth ?? 1),
      ),
    );
  expect(Math.max(...(await widths()))).toBeLessThan(0.6);

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(status).toHaveText('Not started');
  const look = await status.evaluate((node) => {
    const style = getComputedStyle(node);
    return { border: style.borderTopStyle, background: style.backgroundColor };
  });
  expect(look).toEqual({ border: 'none', background: 'rgba(0, 0, 0, 0)' });
  const chevron = await page
    .getByRole('region', { name: 'Next up' })
    .getByRole('button', { name: 'AI, machine learning and deep learning', exact: true })
    .evaluate((node) => getComputedStyle(node, '::before').display);
  expect(chevron).toBe('none');
  expect(Math.min(...(await widths()))).toBeGreaterThan(0.95);
});
