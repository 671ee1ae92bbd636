import type { Page } from '@playwright/test';
import { expect, open, test } from './support';

const editor = (page: Page) =>
  page.getByRole('textbox', { name: 'Curriculum document (JSON or YAML)' });
const issues = (page: Page) =>
  page.getByRole('region', { name: /Validation issues|Syntax errors/ });

/** A valid curriculum in JSON, with one topic. */
const VALID_JSON = {
  schemaVersion: 1,
  id: 'tiny',
  version: '1.0.0',
  title: 'Tiny roadmap',
  summary: 'One level, one topic.',
  defaultLocale: 'en',
  locales: ['en'],
  levels: [
    {
      id: 'l1',
      code: 'L1',
      title: 'Start',
      summary: 'The first steps.',
      modules: [
        {
          id: 'm1',
          title: 'Basics',
          summary: 'The basics.',
          topics: [
            {
              id: 'first',
              title: 'First topic',
              summary: 'Read this.',
              kind: 'concept',
              estimatedHours: 2,
            },
          ],
        },
      ],
    },
  ],
};

test('the starter document is a valid curriculum with a live preview', async ({ page }) => {
  await open(page, '/playground');
  await expect(editor(page)).toHaveValue(/schemaVersion: 1/);
  await expect(page.getByText('Read as YAML')).toBeVisible();
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(
    preview.getByRole('list', { name: 'Web accessibility foundations' }).locator(':scope > li'),
  ).toHaveCount(2);
});

test('a broken document lists the issue path; clicking it selects the value; fixing it recovers', async ({
  page,
}) => {
  await open(page, '/playground');
  const text = (await editor(page).inputValue()).replace('kind: practice', 'kind: lecture');
  await editor(page).fill(text);

  const valueAt = text.indexOf('kind: lecture') + 'kind: '.length;
  const line = text.slice(0, valueAt).split('\n').length;
  const issue = issues(page).getByRole('button', {
    name: /levels\[0\]\.modules\[0\]\.topics\[1\]\.kind/,
  });
  await expect(issue).toBeVisible();
  await expect(issue).toContainText(`line ${line}, column 19`);
  await expect(issues(page).getByRole('status')).toHaveText('1 issue');
  // The preview keeps the last valid version meanwhile.
  await expect(page.getByText('Showing the last valid version')).toBeVisible();

  await issue.click();
  await expect(editor(page)).toBeFocused();
  const selection = await editor(page).evaluate((area: HTMLTextAreaElement) => ({
    start: area.selectionStart,
    end: area.selectionEnd,
    selected: area.value.slice(area.selectionStart, area.selectionEnd),
  }));
  expect(selection).toEqual({
    start: valueAt,
    end: valueAt + 'lecture'.length,
    selected: 'lecture',
  });

  // Fix it where the cursor is: replace the value after the key.
  await editor(page).fill(text.replace('kind: lecture', 'kind: practice'));
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  await expect(page.getByText('Showing the last valid version')).toBeHidden();
});

test('a missing key points at the object that should hold it', async ({ page }) => {
  await open(page, '/playground');
  const text = (await editor(page).inputValue()).replace('            kind: project\n', '');
  await editor(page).fill(text);
  const issue = issues(page).getByRole('button', {
    name: /levels\[1\]\.modules\[0\]\.topics\[0\]\.kind/,
  });
  await issue.click();
  const start = await editor(page).evaluate((area: HTMLTextAreaElement) => area.selectionStart);
  expect(start).toBe(text.indexOf('id: automated-audit'));
});

test('a missing top-level field selects the whole document, not a neighbouring line', async ({
  page,
}) => {
  await open(page, '/playground');
  const text = (await editor(page).inputValue()).replace('version: 1.0.0\n', '');
  await editor(page).fill(text);
  await issues(page)
    .getByRole('button', { name: /^version/ })
    .click();
  const selection = await editor(page).evaluate((area: HTMLTextAreaElement) => ({
    start: area.selectionStart,
    end: area.selectionEnd,
  }));
  // The root mapping: from its first key (after the comments) to the end of the document.
  expect(selection.start).toBe(text.indexOf('schemaVersion: 1'));
  expect(selection.end).toBe(text.length);
});

test('YAML syntax errors are shown in plain words, on the line to change', async ({ page }) => {
  await open(page, '/playground');
  await editor(page).fill('id: demo\ntitle: [unclosed\nsummary: x\n');
  const errors = page.getByRole('region', { name: 'Syntax errors' });
  // At the [ left open (the yaml library stops on the line after it).
  await expect(errors.getByRole('button').first()).toContainText('line 2, column 8');
  await expect(errors.getByRole('button').first()).toContainText(
    'this [ is never closed; end it with ]',
  );
  await errors.getByRole('button').first().click();
  const start = await editor(page).evaluate((area: HTMLTextAreaElement) => area.selectionStart);
  expect(start).toBe('id: demo\ntitle: '.length);
  // A key one space too far: the key's own line, not the line above.
  await editor(page).fill('id: demo\ntitle: Demo\n summary: x\n');
  await expect(errors.getByRole('button').first()).toContainText('line 3, column 2');
  await expect(errors.getByRole('button').first()).toContainText(
    '"summary" is indented 1 space more than the key on line 2',
  );
});

test('JSON is detected, held to JSON syntax, and validated', async ({ page }) => {
  await open(page, '/playground');
  await editor(page).fill('{\n  "id": "x",\n}');
  await expect(page.getByText('Read as JSON')).toBeVisible();
  // In JSON's words, at the comma, in every browser (not yaml's "flow map" wording).
  const error = page.getByRole('region', { name: 'Syntax errors' }).getByRole('button');
  await expect(error).toContainText('line 2, column 12');
  await expect(error).toContainText('trailing comma before }; JSON allows none');
  await editor(page).fill(JSON.stringify({ ...VALID_JSON, levels: [] }, null, 2));
  await expect(issues(page).getByRole('button', { name: /^levels/ })).toBeVisible();
});

test('uploading a JSON file loads and checks it', async ({ page }) => {
  await open(page, '/playground');
  await page.getByLabel('Upload a file').setInputFiles({
    name: 'tiny.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(VALID_JSON, null, 2)),
  });
  await expect(editor(page)).toHaveValue(/"id": "tiny"/);
  await expect(page.getByText('Read as JSON')).toBeVisible();
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'L1 Start' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'First topic', exact: true })).toBeVisible();
});

test('the document survives a reload, and the starter comes back only after asking', async ({
  page,
}) => {
  await open(page, '/playground');
  await editor(page).fill(JSON.stringify(VALID_JSON));
  await page.reload();
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(editor(page)).toHaveValue(JSON.stringify(VALID_JSON));

  await page.getByRole('button', { name: 'Load the starter document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the document?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor(page)).toHaveValue(JSON.stringify(VALID_JSON));
  await page.getByRole('button', { name: 'Load the starter document' }).click();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(editor(page)).toHaveValue(/schemaVersion: 1/);
});

test('the editor and its issues work in Chinese too', async ({ page }) => {
  await open(page, '/zh-CN/playground');
  const chineseEditor = page.getByRole('textbox', { name: '课程文档（JSON 或 YAML）' });
  await chineseEditor.fill('id: demo\n');
  await expect(page.getByText('按 YAML 解析')).toBeVisible();
  await expect(
    page.getByRole('region', { name: '校验问题' }).getByRole('button', { name: /schemaVersion/ }),
  ).toContainText('第 1 行，第 1 列');
  // The issues are worded in Chinese too, not English under a Chinese heading.
  const chineseIssues = page.getByRole('region', { name: '校验问题' });
  await expect(chineseIssues).toContainText('缺少必填字段；应为');
  await expect(chineseIssues).not.toContainText('required field');
  // Syntax errors as well, JSON's and YAML's, in Chinese sentences.
  await chineseEditor.fill('{\n  "id": "x",\n}');
  const syntax = page.getByRole('region', { name: '语法错误' }).getByRole('button');
  await expect(syntax).toContainText('} 之前有多余的逗号；JSON 不允许末尾逗号');
  await chineseEditor.fill('id: demo\ntitle: [unclosed\nsummary: x\n');
  await expect(syntax.first()).toContainText('这个 [ 没有闭合；请用 ] 结束它');
  await chineseEditor.fill('');
  await expect(page.getByText('文档是空的。')).toBeVisible();
});
