/**
 * What every e2e test shares: a page that fails the test on any console error or warning (so a
 * hydration mismatch, a React warning or a failed request cannot pass unnoticed), navigation that
 * waits until the app is interactive, and an axe-core check.
 */
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Document, options: unknown): Promise<AxeResults> };
  }
}

interface Fixtures {
  /** Console messages a test expects (each pattern allows matching messages). @default [] */
  allowedConsole: RegExp[];
  consoleProblems: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsole: [[], { option: true }],
  consoleProblems: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = `${message.type()}: ${message.text()}`;
        if (!allowedConsole.some((pattern) => pattern.test(text))) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, warnings and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page and waits until it has hydrated (or rendered) and is interactive. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.2 AA rule set the site is held to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the whole document and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Modules far off screen skip rendering (`content-visibility: auto`), and axe measures a skipped
  // control as squashed and covered (target-size). Render everything, as a reader scrolling there
  // sees it, so axe judges the real layout.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`)
        .join('\n'),
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The playground's editor by its accessible name: the plain text area the page starts with, then
 * CodeMirror's editable element, which takes its place on first focus.
 */
export function playgroundEditor(page: Page, name = 'Curriculum document (JSON or YAML)') {
  return page.getByRole('textbox', { name });
}

/**
 * Replaces the playground's whole text as a person pasting does: select all, then a paste event
 * (CodeMirror reads the clipboard data itself). Playwright's `fill` instead goes through the
 * browser's own editing, which adds style attributes that the site's policy refuses.
 */
export async function pasteIntoEditor(page: Page, text: string, name?: string): Promise<void> {
  const editor = playgroundEditor(page, name);
  await editor.focus();
  // The page starts with a plain text area; CodeMirror takes its place, focused, on first focus.
  await expect(page.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
