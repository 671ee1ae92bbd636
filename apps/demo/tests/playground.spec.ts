import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  playgroundEditor as editor,
  expect,
  expectNoAxeViolations,
  open,
  pasteIntoEditor,
  test,
} from './support';

const STARTER = readFileSync(new URL('../src/playground/starter.yaml', import.meta.url), 'utf8');

const issues = (page: Page) =>
  page.getByRole('region', { name: /Validation issues|Syntax errors/ });

/** The built site's chunks holding CodeMirror (its editable element's class is in their code). */
const EDITOR_CHUNKS = readdirSync(new URL('../dist/assets/', import.meta.url)).filter(
  (name) =>
    name.endsWith('.js') &&
    readFileSync(new URL(`../dist/assets/${name}`, import.meta.url), 'utf8').includes('cm-content'),
);

/** Records the paths of the scripts a page requests from now on. */
function recordScripts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return requested;
}

const editorRequests = (requested: string[]) =>
  requested.filter((path) => EDITOR_CHUNKS.some((chunk) => path.endsWith(`/${chunk}`)));

/** Focuses the editor's area and waits for CodeMirror to take its place, focused. */
async function mountEditor(page: Page) {
  await editor(page).focus();
  await expect(page.locator('.cm-content')).toBeFocused();
}

/**
 * The editor's text and selection: the plain text area's before CodeMirror arrives, then
 * CodeMirror's own state (its DOM holds only the lines in view). (`cmTile` is how CodeMirror
 * finds its view from the DOM, as `EditorView.findFromDOM` does.)
 */
async function editorState(page: Page) {
  return editor(page).evaluate((element) => {
    if (element instanceof HTMLTextAreaElement) {
      const { value: text, selectionStart: from, selectionEnd: to } = element;
      return { text, from, to };
    }
    type View = {
      state: { doc: { toString(): string }; selection: { main: { from: number; to: number } } };
    };
    const view = (element as unknown as { cmTile: { root: { view: View } } }).cmTile.root.view;
    const { from, to } = view.state.selection.main;
    return { text: view.state.doc.toString(), from, to };
  });
}

/**
 * Waits for schema completion and hover, which load when the editor is first focused or pointed
 * at (the editor says so with `data-schema-ready`).
 */
async function schemaReady(page: Page) {
  await mountEditor(page);
  await expect(page.locator('.cm-editor[data-schema-ready]')).toHaveCount(1);
}

/** Puts the cursor at `offset` (or selects `offset`…`end`) as a click there would. */
async function placeCursor(page: Page, offset: number, end = offset) {
  await mountEditor(page);
  await editor(page).evaluate(
    (element, [from, to]) => {
      type View = { dispatch(spec: unknown): void };
      const view = (element as unknown as { cmTile: { root: { view: View } } }).cmTile.root.view;
      view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
    },
    [offset, end],
  );
}

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
  await expect(editor(page)).toHaveValue(STARTER);
  await mountEditor(page);
  await expect(editor(page)).toContainText('schemaVersion: 1');
  expect((await editorState(page)).text).toBe(STARTER);
  await expect(page.getByText('Read as YAML')).toBeVisible();
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(
    preview.getByRole('list', { name: 'Web accessibility foundations' }).locator(':scope > li'),
  ).toHaveCount(2);
});

test('typing an error marks its span and line in place, lists it, and fixing it clears both', async ({
  page,
}) => {
  await open(page, '/playground');
  const valueAt = STARTER.indexOf('kind: practice') + 'kind: '.length;
  const line = STARTER.slice(0, valueAt).split('\n').length;
  await placeCursor(page, valueAt, valueAt + 'practice'.length);
  await page.keyboard.type('lecture');

  // Underlined exactly, on the right line, with a marker in the gutter beside that line.
  const mark = editor(page).locator('.cm-lintRange-error');
  await expect(mark).toHaveText('lecture');
  await expect(
    editor(page).locator('.cm-line', { has: page.locator('.cm-lintRange-error') }),
  ).toHaveText(/^\s*kind: lecture$/);
  const lineBox = await mark.boundingBox();
  const gutterLine = page
    .locator('.cm-lineNumbers .cm-gutterElement')
    .filter({ hasText: new RegExp(`^${line}$`) });
  const numberBox = await gutterLine.boundingBox();
  const markerBox = await page.locator('.cm-lint-marker-error').boundingBox();
  expect(Math.abs((numberBox?.y ?? 0) - (lineBox?.y ?? -99))).toBeLessThan(4);
  expect(markerBox?.y).toBeGreaterThanOrEqual((numberBox?.y ?? 0) - 1);
  expect(markerBox?.y).toBeLessThan((numberBox?.y ?? 0) + (numberBox?.height ?? 0));

  // Hovering the mark explains it.
  await mark.hover();
  await expect(page.locator('.cm-tooltip-hover .cm-diagnostic-error')).toContainText(
    'levels[0].modules[0].topics[1].kind: expected one of "concept", "practice", "project", got "lecture"',
  );

  // Still in the issue list, for screen readers and for jumping to it.
  const issue = issues(page).getByRole('button', {
    name: /levels\[0\]\.modules\[0\]\.topics\[1\]\.kind/,
  });
  await expect(issue).toContainText(`line ${line}, column 19`);
  await expect(issues(page).getByRole('status')).toHaveText('1 issue');
  await expect(editor(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Showing the last valid version')).toBeVisible();

  await issue.click();
  await expect(editor(page)).toBeFocused();
  const selected = await editorState(page);
  expect(selected.text.slice(selected.from, selected.to)).toBe('lecture');
  expect(selected.from).toBe(valueAt);

  await page.keyboard.type('practice');
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  await expect(mark).toHaveCount(0);
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(0);
  await expect(editor(page)).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Showing the last valid version')).toBeHidden();
});

test('a missing key points at the object that should hold it', async ({ page }) => {
  await open(page, '/playground');
  const text = STARTER.replace('            kind: project\n', '');
  await pasteIntoEditor(page, text);
  await issues(page)
    .getByRole('button', { name: /levels\[1\]\.modules\[0\]\.topics\[0\]\.kind/ })
    .click();
  expect((await editorState(page)).from).toBe(text.indexOf('id: automated-audit'));
});

test('a missing top-level field selects the whole document, not a neighbouring line', async ({
  page,
}) => {
  await open(page, '/playground');
  const text = STARTER.replace('version: 1.0.0\n', '');
  await pasteIntoEditor(page, text);
  await issues(page)
    .getByRole('button', { name: /^version/ })
    .click();
  const { from, to } = await editorState(page);
  // The root mapping: from its first key (after the comments) to the end of the document.
  expect(from).toBe(text.indexOf('schemaVersion: 1'));
  expect(to).toBe(text.length);
});

test('YAML syntax errors are shown in plain words, on the line to change', async ({ page }) => {
  await open(page, '/playground');
  await pasteIntoEditor(page, 'id: demo\ntitle: [unclosed\nsummary: x\n');
  const errors = page.getByRole('region', { name: 'Syntax errors' });
  // At the [ left open (the yaml library stops on the line after it).
  await expect(errors.getByRole('button').first()).toContainText('line 2, column 8');
  await expect(errors.getByRole('button').first()).toContainText(
    'this [ is never closed; end it with ]',
  );
  await errors.getByRole('button').first().click();
  expect((await editorState(page)).from).toBe('id: demo\ntitle: '.length);
  await expect(page.locator('.cm-lint-marker-error').first()).toBeVisible();
  // A key one space too far: the key's own line, not the line above.
  await pasteIntoEditor(page, 'id: demo\ntitle: Demo\n summary: x\n');
  await expect(errors.getByRole('button').first()).toContainText('line 3, column 2');
  await expect(errors.getByRole('button').first()).toContainText(
    '"summary" is indented 1 space more than the key on line 2',
  );
});

test('JSON is detected, held to JSON syntax, and validated', async ({ page }) => {
  await open(page, '/playground');
  await pasteIntoEditor(page, '{\n  "id": "x",\n}');
  await expect(page.getByText('Read as JSON')).toBeVisible();
  // In JSON's words, at the comma, in every browser (not yaml's "flow map" wording).
  const error = page.getByRole('region', { name: 'Syntax errors' }).getByRole('button');
  await expect(error).toContainText('line 2, column 12');
  await expect(error).toContainText('trailing comma before }; JSON allows none');
  await pasteIntoEditor(page, JSON.stringify({ ...VALID_JSON, levels: [] }, null, 2));
  await expect(issues(page).getByRole('button', { name: /^levels/ })).toBeVisible();
});

test('completion offers the fields of a topic inside a topic, and topic ids in prerequisites', async ({
  page,
}) => {
  await open(page, '/playground');
  await schemaReady(page);
  const options = page.locator('.cm-tooltip-autocomplete li');
  /** Starts a new key after `line` at `indent`, and types its first letters. */
  async function newKey(line: string, indent: string, letters: string) {
    await placeCursor(page, STARTER.indexOf(line) + line.length);
    await page.keyboard.insertText(`\n${indent}`);
    await page.keyboard.type(letters);
  }
  // Inside a topic: a topic's fields (optional), not a level's (outcomes).
  await newKey('            kind: concept', ' '.repeat(12), 'o');
  await expect(options.filter({ hasText: /^optional/ })).toHaveCount(1);
  await expect(options.filter({ hasText: /^outcomes/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await pasteIntoEditor(page, STARTER);
  // At the top: the curriculum's fields.
  await newKey('version: 1.0.0', '', 'li');
  await expect(options.filter({ hasText: /^license/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await pasteIntoEditor(page, STARTER);

  // In prerequisites, the ids of the document's topics.
  const list = 'prerequisites: [landmarks-headings';
  const end = STARTER.indexOf(list) + list.length;
  await placeCursor(page, end);
  await page.keyboard.type(', ');
  // Asked for explicitly as well, so the test does not hang on the typing delay of a busy machine.
  await page.keyboard.press('Control+Space');
  await expect(options.first()).toBeVisible();
  const ids = STARTER.match(/^ {10}- id: ([a-z-]+)$/gm)?.map((line) =>
    line.slice(line.indexOf(': ') + 2),
  );
  expect(ids).toEqual(['landmarks-headings', 'keyboard', 'automated-audit']);
  // In CodeMirror's order: alphabetical.
  await expect(options).toHaveText([...(ids ?? [])].sort());
  await options.filter({ hasText: 'automated-audit' }).click();
  const { text } = await editorState(page);
  expect(text.slice(end - list.length, end + 18)).toBe(`${list}, automated-audit]`);
});

test('hovering a field shows its documentation from the schema', async ({ page }) => {
  await open(page, '/playground');
  await schemaReady(page);
  await editor(page)
    .locator('.cm-line', { hasText: /^version: / })
    .getByText('version')
    .hover();
  await expect(page.locator('.cm-tooltip-hover')).toContainText(
    "The version of this curriculum's content (semver).",
  );
  await page.mouse.move(0, 0);
  await placeCursor(page, STARTER.indexOf('estimatedHours: 2'));
  await editor(page).getByText('estimatedHours').first().hover();
  await expect(page.locator('.cm-tooltip-hover')).toContainText(
    'An estimate of study hours for a typical learner.',
  );
});

test('uploading a JSON file loads and checks it', async ({ page }) => {
  await open(page, '/playground');
  await page.getByLabel('Upload a file').setInputFiles({
    name: 'tiny.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(VALID_JSON, null, 2)),
  });
  await expect(editor(page)).toHaveValue(JSON.stringify(VALID_JSON, null, 2));
  await expect(page.getByText('Read as JSON')).toBeVisible();
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'L1 Start' })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'First topic', exact: true })).toBeVisible();
});

test('downloads the document as .yaml (as written) and as .json (converted)', async ({ page }) => {
  await open(page, '/playground');
  const [yaml] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .yaml' }).click(),
  ]);
  expect(yaml.suggestedFilename()).toBe('web-accessibility.yaml');
  expect(readFileSync(await yaml.path(), 'utf8')).toBe(STARTER);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .json' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('web-accessibility.json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(data.id).toBe('web-accessibility');
  expect(data.levels[1].modules[0].topics[0].kind).toBe('project');
});

test('the document survives a reload, and the starter comes back only after asking', async ({
  page,
}) => {
  await open(page, '/playground');
  const text = JSON.stringify(VALID_JSON);
  await pasteIntoEditor(page, text);
  await expect(page.getByText('Read as JSON')).toBeVisible();
  await page.reload();
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(editor(page)).toHaveValue(text);

  await page.getByRole('button', { name: 'Load the starter document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the document?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await editorState(page)).text).toBe(text);
  await page.getByRole('button', { name: 'Load the starter document' }).click();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  // Replaced before CodeMirror arrived: it still has the replaced text one undo away.
  await expect(editor(page)).toHaveValue(STARTER);
  await mountEditor(page);
  await expect(editor(page)).toContainText('schemaVersion: 1');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await editorState(page)).text).toBe(text);
});

/** Replaces the document with the built-in roadmap, confirming, and waits for its YAML. */
async function forkTheBuiltInRoadmap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start from the LLM engineer roadmap' }).click();
  await page
    .getByRole('dialog', { name: 'Replace the document?' })
    .getByRole('button', { name: 'Replace' })
    .click();
  await expect(editor(page)).toHaveValue(/^# A Trailmark curriculum\./);
}

test('fork the LLM engineer roadmap, edit it, and the preview follows', async ({ page }) => {
  const requested = recordScripts(page);
  await open(page, '/playground');
  await forkTheBuiltInRoadmap(page);
  const preview = page.getByRole('region', { name: 'Preview' });
  const title = 'The grand arrival of the LLM era';
  // The whole roadmap is read, checked and rendered: on a loaded machine that takes a while.
  await expect(preview.getByRole('heading', { name: `L1 ${title}` })).toBeVisible({
    timeout: 20_000,
  });
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  // All of it before the editor was needed (the dialog's button took the focus back).
  expect(editorRequests(requested)).toEqual([]);
  const { text } = await editorState(page);
  expect(
    text
      .split('\n')
      .slice(0, 3)
      .every((line) => line.startsWith('# ')),
  ).toBe(true);

  const at = text.indexOf(title);
  await placeCursor(page, at, at + title.length);
  await page.keyboard.type('My own first level');
  await expect(preview.getByRole('heading', { name: 'L1 My own first level' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(preview.getByRole('heading', { name: `L1 ${title}` })).toHaveCount(0);
});

/**
 * Records what the page writes to the clipboard, as well as writing it: the clipboard is one for
 * the whole browser, and other tests running beside this one copy to it too.
 */
async function recordCopies(page: Page) {
  await page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
}

const copied = (page: Page) =>
  page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');

test.describe('links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy a link" puts the document in the link, and the link opens it', async ({
    page,
    context,
  }) => {
    await open(page, '/playground');
    const text = JSON.stringify(VALID_JSON, null, 2);
    await pasteIntoEditor(page, text);
    await expect(page.getByText('Read as JSON')).toBeVisible();
    await recordCopies(page);
    await page.getByRole('button', { name: 'Copy a link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await copied(page);
    expect(link).toMatch(/\/playground#doc=1\.[A-Za-z0-9_-]+$/);

    const other = await context.newPage();
    await other.addInitScript(() => localStorage.clear());
    const requested = recordScripts(other);
    await open(other, link);
    // Opened before the editor is there, which then takes it over.
    await expect(editor(other)).toHaveValue(text);
    await expect(other.getByText('Opened the document from the link.')).toBeVisible();
    await expect(other.getByText('Read as JSON')).toBeVisible();
    expect(editorRequests(requested)).toEqual([]);
    await mountEditor(other);
    expect((await editorState(other)).text).toBe(text);
    // The fragment is spent: a reload shows the document as edited since, not the link's.
    expect(new URL(other.url()).hash).toBe('');
  });

  test('a damaged link opens with a clear message and loses nothing in the editor', async ({
    page,
  }) => {
    await open(page, '/playground');
    const mine = 'id: mine\n';
    await pasteIntoEditor(page, mine);
    await expect(issues(page).getByRole('status')).toContainText('issue');
    await page.goto('/playground#doc=1.c2NoZW1hVmVyc2lvbjogMQ-cut-sh');
    await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('alert')).toContainText(
      'The link’s document could not be opened: the link is damaged',
    );
    // (The same page: only its fragment changed.)
    await expect(editor(page)).toContainText('id: mine');
    expect((await editorState(page)).text).toBe(mine);
  });

  test('a document too long for a link is refused, offering the download', async ({ page }) => {
    await open(page, '/playground');
    // Text that hardly compresses: a long run of pseudo-random letters in a comment.
    let seed = 7;
    const noise = Array.from({ length: 60_000 }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return String.fromCharCode(33 + (seed % 94));
    }).join('');
    const text = `# ${noise}\n${STARTER}`;
    await pasteIntoEditor(page, text);
    // Checked and kept once typing pauses: the line count shows when.
    // (The page reads 60,000 characters: on a loaded machine that takes a few seconds.)
    await expect(page.getByText(`${text.split('\n').length} lines`)).toBeVisible({
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Copy a link' }).click();
    await expect(page.getByRole('alert')).toContainText('This document is too long for a link');
    await expect(page.getByRole('alert')).toContainText('Download it instead');
    await expect(page.getByText('Link copied')).toHaveCount(0);
  });
});

test('the keyboard alone goes into the editor, edits, and leaves it with Escape then Tab', async ({
  page,
}) => {
  await open(page, '/playground');
  await expect(editor(page)).toBeVisible();
  const before = page.getByRole('button', { name: 'Download .json' });
  await before.focus();
  await page.keyboard.press('Tab');
  // Tab reaches the plain text area, and CodeMirror takes its place with the focus.
  await expect(page.locator('.cm-content')).toBeFocused();
  await expect(editor(page)).toBeFocused();
  await expect(editor(page)).toHaveAccessibleDescription(/press Escape, then Tab/);
  // Tab indents inside the editor: focus stays.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  expect((await editorState(page)).text.startsWith('  # A Trailmark curriculum')).toBe(true);
  // The documented way out.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
  const after = await page.evaluate(() => {
    const active = document.activeElement;
    const content = document.querySelector('.cm-content');
    return Boolean(
      active &&
        content &&
        content.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(after).toBe(true);
  // And back, with Shift+Tab.
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page)).toBeFocused();
});

test('what is typed before the editor arrives is kept, with the selection, scroll and focus', async ({
  page,
}) => {
  // CodeMirror's chunks are held back until the plain text area has been used.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => EDITOR_CHUNKS.some((chunk) => url.pathname.endsWith(`/${chunk}`)),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await open(page, '/playground');
  const area = editor(page);
  await expect(area).toHaveAccessibleDescription(/press Escape, then Tab/);
  // The plain text is already the document: typing in it is checked, marked and kept.
  const valueEnd = STARTER.indexOf('kind: practice') + 'kind: practice'.length;
  await area.focus();
  await area.evaluate((element, at) => {
    (element as HTMLTextAreaElement).setSelectionRange(at, at);
  }, valueEnd);
  await page.keyboard.type('d');
  await expect(issues(page).getByRole('status')).toHaveText('1 issue');
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Showing the last valid version')).toBeVisible();
  // Then to the end, and five characters selected backwards from there.
  await page.keyboard.press('ControlOrMeta+End');
  for (let step = 0; step < 5; step++) await page.keyboard.press('Shift+ArrowLeft');
  const typed = `${STARTER.slice(0, valueEnd)}d${STARTER.slice(valueEnd)}`;
  expect(await editorState(page)).toEqual({
    text: typed,
    from: typed.length - 5,
    to: typed.length,
  });
  await expect(page.locator('.cm-editor')).toHaveCount(0);

  release();
  await expect(page.locator('.cm-content')).toBeFocused();
  expect(await editorState(page)).toEqual({
    text: typed,
    from: typed.length - 5,
    to: typed.length,
  });
  // Scrolled where the text area was: the selected line is in view.
  await expect(page.locator('.cm-activeLine')).toBeInViewport();
  expect(
    await page.locator('.cm-scroller').evaluate((element) => element.scrollTop),
  ).toBeGreaterThan(0);
  // Typing goes on where it was.
  await page.keyboard.type('!');
  expect((await editorState(page)).text).toBe(`${typed.slice(0, -5)}!`);
  // What was typed in the text area is an undo step of its own, and its issue is marked in place.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await editorState(page)).text).toBe(typed);
  await issues(page).getByRole('button', { name: /kind/ }).click();
  await expect(editor(page).locator('.cm-lintRange-error')).toHaveText('practiced');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await editorState(page)).text).toBe(STARTER);
});

test('an issue chosen in the list before the editor arrives is selected and shown in it', async ({
  page,
}) => {
  const text = STARTER.replace('kind: project', 'kind: lecture');
  await page.addInitScript((kept) => localStorage.setItem('trailmark-demo:playground', kept), text);
  const requested = recordScripts(page);
  await open(page, '/playground');
  await expect(editor(page)).toHaveValue(text);
  await expect(issues(page).getByRole('status')).toHaveText('1 issue');
  expect(editorRequests(requested)).toEqual([]);
  await issues(page).getByRole('button', { name: /kind/ }).click();
  await expect(page.locator('.cm-content')).toBeFocused();
  const { from, to } = await editorState(page);
  expect(text.slice(from, to)).toBe('lecture');
  await expect(editor(page).locator('.cm-lintRange-error')).toHaveText('lecture');
  await expect(editor(page).locator('.cm-lintRange-error')).toBeInViewport();
});

test.describe('axe', () => {
  // axe is injected as an inline script, which the site's Content-Security-Policy would refuse.
  test.use({ bypassCSP: true });

  test('the editor with an issue marked and a completion open has no violations', async ({
    page,
  }) => {
    await open(page, '/playground');
    const text = STARTER.replace('kind: practice', 'kind: lecture');
    await pasteIntoEditor(page, text);
    await placeCursor(page, text.indexOf('lecture'));
    await expect(editor(page).locator('.cm-lintRange-error')).toHaveText('lecture');
    await expectNoAxeViolations(page);
  });
});

/** The built site's chunks holding the YAML library (its error class is named in their code). */
const YAML_CHUNKS = readdirSync(new URL('../dist/assets/', import.meta.url)).filter(
  (name) =>
    name.endsWith('.js') &&
    !name.startsWith('check.worker') &&
    readFileSync(new URL(`../dist/assets/${name}`, import.meta.url), 'utf8').includes(
      'YAMLParseError',
    ),
);

test('the page loads no YAML library until it is needed (here: a fork)', async ({ page }) => {
  expect(YAML_CHUNKS.length).toBeGreaterThan(0);
  const requested = recordScripts(page);
  const yamlRequests = () =>
    requested.filter((path) => YAML_CHUNKS.some((chunk) => path.endsWith(`/${chunk}`)));
  await open(page, '/playground');
  await page.waitForLoadState('networkidle');
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
  expect(yamlRequests()).toEqual([]);
  // Forking needs the YAML writer: it comes then.
  await forkTheBuiltInRoadmap(page);
  expect(yamlRequests().length).toBeGreaterThan(0);
});

test('without workers, the page checks the text itself', async ({ page }) => {
  await page.addInitScript(() => {
    // An old browser, or a policy that forbids workers.
    Reflect.deleteProperty(window, 'Worker');
  });
  await open(page, '/playground');
  const valueAt = STARTER.indexOf('kind: practice') + 'kind: '.length;
  await placeCursor(page, valueAt, valueAt + 'practice'.length);
  await page.keyboard.type('lecture');
  await expect(issues(page).getByRole('status')).toHaveText('1 issue');
  await expect(
    issues(page).getByRole('button', { name: /levels\[0\]\.modules\[0\]\.topics\[1\]\.kind/ }),
  ).toBeVisible();
  await placeCursor(page, valueAt, valueAt + 'lecture'.length);
  await page.keyboard.type('practice');
  await expect(issues(page).getByRole('status')).toHaveText(
    'No issues: this is a valid curriculum.',
  );
});

test('other pages load none of the editor, and the playground only on its first use', async ({
  page,
}) => {
  expect(EDITOR_CHUNKS.some((chunk) => chunk.startsWith('createEditor-'))).toBe(true);
  const requested = recordScripts(page);
  for (const path of ['/', '/levels/l2', '/embed', '/zh-CN/']) await open(page, path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /createEditor|PlaygroundPage/.test(path))).toEqual([]);
  expect(editorRequests(requested)).toEqual([]);
  // The playground loads CodeMirror when its text is first focused or pressed, not before.
  await open(page, '/playground');
  await page.waitForLoadState('networkidle');
  await expect(editor(page)).toHaveValue(STARTER);
  expect(editorRequests(requested)).toEqual([]);
  await editor(page).click();
  await expect(page.locator('.cm-content')).toBeFocused();
  expect(editorRequests(requested).length).toBeGreaterThan(0);
  // Schema completion and hover come with the editor's first focus.
  await expect(page.locator('.cm-editor[data-schema-ready]')).toHaveCount(1);
  expect(requested.some((path) => /schema-support/.test(path))).toBe(true);
});

test('the editor and its issues work in Chinese too', async ({ page }) => {
  await open(page, '/zh-CN/playground');
  const name = '课程文档（JSON 或 YAML）';
  await pasteIntoEditor(page, 'id: demo\n', name);
  await expect(page.getByText('按 YAML 解析')).toBeVisible();
  await expect(
    page.getByRole('region', { name: '校验问题' }).getByRole('button', { name: /schemaVersion/ }),
  ).toContainText('第 1 行，第 1 列');
  // The issues are worded in Chinese too, not English under a Chinese heading.
  const chineseIssues = page.getByRole('region', { name: '校验问题' });
  await expect(chineseIssues).toContainText('缺少必填字段；应为');
  await expect(chineseIssues).not.toContainText('required field');
  // Syntax errors as well, JSON's and YAML's, in Chinese sentences.
  await pasteIntoEditor(page, '{\n  "id": "x",\n}', name);
  const syntax = page.getByRole('region', { name: '语法错误' }).getByRole('button');
  await expect(syntax).toContainText('} 之前有多余的逗号；JSON 不允许末尾逗号');
  await pasteIntoEditor(page, 'id: demo\ntitle: [unclosed\nsummary: x\n', name);
  await expect(syntax.first()).toContainText('这个 [ 没有闭合；请用 ] 结束它');
  await pasteIntoEditor(page, '', name);
  await expect(page.getByText('文档是空的。')).toBeVisible();
});
