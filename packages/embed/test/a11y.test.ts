/**
 * Accessibility inside the shadow root: the keyboard reaches the controls and moves between
 * levels, and axe-core finds no violations in the roadmap, the dark theme or the error state.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { failOnPageProblems, openPage, setUpChromium, waitForSettled } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

failOnPageProblems();

const browser = setUpChromium();

/** The focused element inside the first `<trailmark-roadmap>`'s shadow root. */
function focusedInside(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector('trailmark-roadmap');
    const active = element?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return {
      hostFocused: document.activeElement === element,
      tag: active?.tagName.toLowerCase() ?? null,
      // A level header (an accordion header button).
      stop: active?.classList.contains('tm-level-card__toggle') ?? false,
      level: active?.closest<HTMLElement>('[data-level-id]')?.dataset.levelId ?? null,
    };
  });
}

describe('keyboard', () => {
  it('Tab enters the shadow root; arrows, Home and End move between levels', async () => {
    const { page, problems } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    const levels = await page.$eval('trailmark-roadmap', (element) =>
      [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[data-level-id]') ?? [])].map(
        (stop) => stop.dataset.levelId,
      ),
    );
    expect(levels.length).toBe(5);

    // The page has no focusable element before the roadmap.
    await page.keyboard.press('Tab');
    let focus = await focusedInside(page);
    expect(focus).toMatchObject({ hostFocused: true, stop: true });
    const first = focus.level;

    await page.keyboard.press('ArrowDown');
    focus = await focusedInside(page);
    expect(focus.stop).toBe(true);
    expect(levels.indexOf(focus.level ?? '')).toBe(levels.indexOf(first ?? '') + 1);

    await page.keyboard.press('End');
    expect((await focusedInside(page)).level).toBe(levels.at(-1));
    await page.keyboard.press('Home');
    expect((await focusedInside(page)).level).toBe(levels[0]);
    await page.keyboard.press('ArrowUp');
    expect((await focusedInside(page)).level).toBe(levels[0]);

    // Tab goes on to the controls inside the open level.
    await page.keyboard.press('Tab');
    focus = await focusedInside(page);
    expect(focus).toMatchObject({ hostFocused: true, tag: 'button', stop: false });
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });

  it('opens a status menu and sets a status with the keyboard only', async () => {
    const { page } = await openPage(browser(), 'three.html');
    await waitForSettled(page);
    const statusButton = page.locator('#a [aria-haspopup="menu"]').first();
    await statusButton.focus();
    await page.keyboard.press('Enter');
    // The menu moves focus to the current status, as a reader would see before pressing on.
    const focusedRole = () =>
      page.$eval(
        '#a',
        (element) => element.shadowRoot?.activeElement?.getAttribute('role') ?? null,
      );
    await expect.poll(focusedRole).toBe('menuitemradio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.$eval('#a', (element) =>
          element.shadowRoot
            ?.querySelector('[data-topic-id="elements"]')
            ?.getAttribute('data-status'),
        ),
      )
      .toBe('done');
  });
});

describe('axe-core', () => {
  /** Runs axe on the `<trailmark-roadmap>` elements only (the test pages themselves are bare). */
  async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run({ include: [['trailmark-roadmap']] } as never, {
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
  }

  it.each([
    ['the built-in roadmap', 'module.html'],
    ['light, dark and horizontal roadmaps', 'three.html'],
  ])('finds no violations in %s', async (_, name) => {
    const { page } = await openPage(browser(), name);
    await waitForSettled(page);
    expect(await violations(page)).toEqual([]);
  });

  it('finds no violations in the error state', async () => {
    const { page } = await openPage(browser(), 'blank.html');
    await page.evaluate(() => {
      const stage = document.getElementById('stage') as HTMLElement;
      stage.innerHTML =
        '<trailmark-roadmap src="/fixtures/schema-invalid.json"></trailmark-roadmap>';
    });
    await waitForSettled(page);
    expect(await violations(page)).toEqual([]);
  });

  it('detects a violation when there is one (the check can fail)', async () => {
    const { page } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    // An image without alternative text, added inside the shadow root.
    await page.$eval('trailmark-roadmap', (element) => {
      element.shadowRoot?.querySelector('.tm-embed')?.append(document.createElement('img'));
    });
    expect((await violations(page)).join()).toMatch(/image-alt/);
  });
});
