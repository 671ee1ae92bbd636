import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, open, pasteIntoEditor, test } from './support';

/** Every page, and the states of them that add content (open dialog, issues, open levels). */
const PAGES: Array<{ name: string; path: string; prepare?: (page: Page) => Promise<void> }> = [
  { name: 'roadmap', path: '/' },
  {
    name: 'roadmap, every level open',
    path: '/zh-CN/',
    prepare: async (page) => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    },
  },
  {
    name: 'roadmap, reset dialog open',
    path: '/',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Reset progress' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'level, a topic open with its status menu',
    path: '/levels/l1',
    prepare: async (page) => {
      await page
        .getByRole('button', { name: 'The Transformer and attention', exact: true })
        .click();
      await page
        .getByRole('button', { name: /^AI, machine learning and deep learning, status/ })
        .click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
  },
  { name: 'level (zh-CN)', path: '/zh-CN/levels/l4' },
  { name: 'playground', path: '/playground' },
  {
    name: 'playground with issues',
    path: '/playground',
    prepare: async (page) => {
      await pasteIntoEditor(page, 'schemaVersion: 2\nid: Not An Id\nlevels: []\n');
      await expect(
        page.getByRole('region', { name: 'Validation issues' }).getByRole('button').first(),
      ).toBeVisible();
    },
  },
  {
    name: 'playground with a syntax error',
    path: '/zh-CN/playground',
    prepare: async (page) => {
      await pasteIntoEditor(page, 'id: [oops\n', '课程文档（JSON 或 YAML）');
      await expect(page.getByRole('region', { name: '语法错误' })).toBeVisible();
    },
  },
  {
    name: 'embed',
    path: '/embed',
    prepare: async (page) => {
      await expect(page.locator('trailmark-roadmap').getByRole('list').first()).toBeVisible();
    },
  },
  { name: 'frame', path: '/embed/frame?roadmap=llm-engineer&locale=en' },
  { name: 'bad level id', path: '/levels/nope' },
  { name: 'not found', path: '/zh-CN/missing' },
];

test.describe('axe finds no WCAG 2.2 AA violations', () => {
  // axe is injected as an inline script, which the site's Content-Security-Policy would refuse.
  test.use({ bypassCSP: true, allowedConsole: [/status of 404/] });

  for (const theme of ['light', 'dark'] as const) {
    test.describe(theme, () => {
      test.use({ colorScheme: theme });

      for (const { name, path, prepare } of PAGES) {
        test(name, async ({ page }) => {
          await page.addInitScript(
            (value) => localStorage.setItem('trailmark-demo:theme', value),
            theme,
          );
          await open(page, path);
          await prepare?.(page);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
});

/** Something that can take keyboard focus, with where it is, for messages. */
interface Focusable {
  id: string;
  description: string;
}

/**
 * Every element a person can Tab to, in the light DOM and in open shadow roots: visible, enabled,
 * not taken out of the tab order. Each is tagged with a `data-tab-id` so the walk can recognise it.
 */
async function tabbableElements(page: Page): Promise<Focusable[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
    const found: Array<{ id: string; description: string }> = [];
    let next = 0;
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!element.matches(selector)) continue;
        if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) continue;
        // Tab stops once per radio group, at its checked radio; arrow keys move within it.
        if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) {
          continue;
        }
        if (element.closest('[inert], dialog:not([open])')) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        // A file input is hidden under its button-like label but still takes focus.
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const id = String(next++);
        element.dataset.tabId = id;
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
        found.push({ id, description: `<${element.localName}> ${name.slice(0, 60)}` });
      }
    };
    visit(document);
    return found;
  });
}

/** The element that has focus, looking into shadow roots; its tab id and whether focus shows. */
async function focused(page: Page): Promise<{ id: string | null; indicator: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLElement)) return { id: null, indicator: false };
    // The indicator may be drawn by the element or, for a control inside a styled wrapper (the
    // editor's frame, a file input's label), by a close ancestor.
    let indicator = false;
    let element: Element | null = active;
    for (let depth = 0; element && depth < 3 && !indicator; depth++) {
      const style = getComputedStyle(element);
      indicator =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
        style.boxShadow !== 'none';
      element = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
    }
    return { id: active.dataset.tabId ?? null, indicator };
  });
}

test.describe('the keyboard reaches every control, with a visible focus indicator', () => {
  test.use({ allowedConsole: [/status of 404/] });

  for (const path of ['/', '/levels/l2', '/playground', '/embed', '/zh-CN/', '/levels/x']) {
    test(path, async ({ page }) => {
      await open(page, path);
      if (path === '/embed') {
        await expect(page.locator('trailmark-roadmap').getByRole('list').first()).toBeVisible();
      }
      if (path === '/playground') {
        // CodeMirror takes the plain text area's place when it is first pressed (or focused):
        // walk past CodeMirror.
        await page.locator('.demo-editor__text').dispatchEvent('pointerdown');
        await expect(page.locator('.cm-content')).toBeVisible();
      }
      const expected = await tabbableElements(page);
      expect(expected.length).toBeGreaterThan(5);
      const reached = new Set<string>();
      const withoutIndicator: string[] = [];
      // Start from the top of the page and Tab until focus leaves the page (or comes round).
      await page.locator('body').focus();
      for (let presses = 0; presses < expected.length + 20; presses++) {
        // The playground's editor takes Tab to indent; Escape, then Tab, moves on (CodeMirror's
        // documented way out, which the page states beside the editor).
        if (await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))) {
          await page.keyboard.press('Escape');
        }
        await page.keyboard.press('Tab');
        const { id, indicator } = await focused(page);
        if (id === null) {
          if (reached.size > 0) break;
          continue;
        }
        if (reached.has(id)) break;
        reached.add(id);
        if (!indicator)
          withoutIndicator.push(expected.find((item) => item.id === id)?.description ?? id);
      }
      const missed = expected
        .filter((item) => !reached.has(item.id))
        .map((item) => item.description);
      expect(missed, 'controls Tab never reached').toEqual([]);
      expect(withoutIndicator, 'controls focused without a visible indicator').toEqual([]);
    });
  }

  test('the timeline moves between levels with the arrow keys', async ({ page }) => {
    await open(page, '/');
    const timeline = page.getByRole('list', { name: 'LLM engineer roadmap', exact: true });
    const toggles = timeline.locator(':scope > li').getByRole('button');
    await toggles.first().focus();
    for (let index = 1; index < 5; index++) {
      await page.keyboard.press('ArrowDown');
      await expect(toggles.nth(index)).toBeFocused();
    }
    await page.keyboard.press('Home');
    await expect(toggles.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test('every page has exactly one h1 and its landmarks', async ({ page }) => {
  for (const path of ['/', '/levels/l3', '/playground', '/embed', '/zh-CN/levels/l1']) {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .or(page.getByRole('navigation', { name: '主导航' })),
    ).toHaveCount(1);
  }
});

test('320 px wide: nothing scrolls sideways and the controls stay usable', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/levels/l2', '/playground', '/embed', '/zh-CN/']) {
    await open(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways by`).toBeLessThanOrEqual(0);
  }
});
