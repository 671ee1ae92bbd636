/**
 * The roadmap on a 390 px phone with a finger (touch emulation: a coarse pointer), and the same
 * controls with a mouse: targets a finger can hit, a status menu beside its button.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './support';

/** Where the site keeps progress through its roadmap (the store's key). */
const PROGRESS_KEY = 'trailmark:progress:llm-engineer';

/** 44 × 44 CSS px: WCAG 2.5.5's target size, and Apple's and Google's guidance. */
const FINGER = 44;

/** The rendered boxes of every match, with a readable name for a failure message. */
async function boxes(locator: Locator) {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { width, height } = element.getBoundingClientRect();
      return {
        name: `${element.className}: ${element.textContent?.slice(0, 30)}`,
        width,
        height,
      };
    }),
  );
}

/** Opens the first level and the details of its first topic, by tapping. */
async function openFirstTopic(page: Page) {
  await page.locator('.tm-level-card__toggle').first().tap();
  const title = page.locator('.tm-topic__title').first();
  await title.tap();
  await expect(title).toHaveAttribute('aria-expanded', 'true');
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('every control of the roadmap is at least 44 × 44 px', async ({ page }) => {
    await open(page, '/');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await openFirstTopic(page);
    const controls = page.locator(
      [
        '.tm-level-card__toggle',
        '.tm-topic__title',
        '.tm-topic__status',
        '.tm-topic__details a.tm-resource',
        '.demo-level-link',
      ].join(', '),
    );
    await page.locator('.tm-topic__status').first().tap();
    const items = page.getByRole('menuitemradio');
    await expect(items).toHaveCount(4);
    const all = [...(await boxes(controls)), ...(await boxes(items))];
    expect(all.length).toBeGreaterThan(20);
    const small = all.filter((box) => box.width < FINGER || box.height < FINGER);
    expect(small).toEqual([]);
  });

  test('the status menu opens next to its button, below it or above it when there is no room', async ({
    page,
  }) => {
    await open(page, '/');
    await openFirstTopic(page);
    // The first topic's details are open: its row is tall, the button is at its top.
    const button = page.locator('.tm-topic__status').first();
    await button.tap();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    const below = {
      button: await button.boundingBox(),
      menu: await menu.boundingBox(),
    };
    if (!below.button || !below.menu) throw new Error('no boxes');
    expect(below.menu.y).toBeGreaterThanOrEqual(below.button.y + below.button.height);
    expect(below.menu.y - (below.button.y + below.button.height)).toBeLessThan(12);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);

    // A button at the very bottom of the screen: the menu flips above it, all of it in view.
    const last = page.locator('.tm-topic__status').nth(3);
    await last.evaluate((element) => {
      const { bottom } = element.getBoundingClientRect();
      window.scrollBy(0, bottom - window.innerHeight + 4);
    });
    await last.tap();
    await expect(menu).toBeVisible();
    const flipped = { button: await last.boundingBox(), menu: await menu.boundingBox() };
    if (!flipped.button || !flipped.menu) throw new Error('no boxes');
    expect(flipped.menu.y + flipped.menu.height).toBeLessThanOrEqual(flipped.button.y);
    expect(flipped.button.y - (flipped.menu.y + flipped.menu.height)).toBeLessThan(12);
    expect(flipped.menu.y).toBeGreaterThanOrEqual(0);
    await expect(page.getByRole('menuitemradio', { checked: true })).toBeFocused();
    await expect(page.getByRole('menuitemradio', { name: 'Skipped' })).toBeInViewport({
      ratio: 1,
    });
  });
});

/** How many lines each cell's text takes (distinct tops of the line boxes of its text). */
async function linesPerCell(cells: Locator) {
  return cells.evaluateAll((elements) =>
    elements.map((element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
      }
      return tops.size;
    }),
  );
}

test.describe('the study plan on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('keeps each figure and date, and "Not scheduled", on one line', async ({ page }) => {
    await open(page, '/');
    const cells = page.locator('.tm-study-plan__table tbody td');
    const dates = page.locator('.tm-study-plan__table tbody td:last-child');
    await expect(dates.first()).toHaveText(/\d{4}/);
    expect(await linesPerCell(cells)).toEqual(Array(15).fill(1));
    // A pace that is not valid shows no dates: every date cell says "Not scheduled".
    await page.getByRole('spinbutton', { name: 'Hours per week' }).fill('');
    await expect(dates).toHaveText(Array(5).fill('Not scheduled'));
    expect(await linesPerCell(cells)).toEqual(Array(15).fill(1));
    // The table still fits: neither it nor the page scrolls sideways.
    const region = page.locator('.tm-study-plan__scroll');
    expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test('with a mouse, the rows stay compact', async ({ page }) => {
  await open(page, '/');
  expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(true);
  await page.locator('.tm-level-card__toggle').first().click();
  const [status] = await boxes(page.locator('.tm-topic__status').first());
  expect(status?.height).toBeLessThan(32);
});

test('an open level links to its page and stays open after a reload', async ({ page }) => {
  await open(page, '/');
  const toggle = page.getByRole('button', { name: /^L2 / });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const link = page.getByRole('link', { name: /^Open the L2 .* page$/ });
  await expect(link).toHaveAttribute('href', '/levels/l2');
  await page.reload();
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('button', { name: /^L2 / })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: /^L1 / })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  // Kept by the progress store, beside the progress.
  expect(
    await page.evaluate((key) => localStorage.getItem(key), `${PROGRESS_KEY}:open-levels`),
  ).toBe('["l2"]');
});

test('open levels kept by an older version of the site move into the progress store once', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Only before the first load: the move must happen once, and the old key go.
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem('trailmark-demo:open-levels', 'l3 ceiling');
    }
  });
  await open(page, '/');
  await expect(page.getByRole('button', { name: /^L3 / })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'The ceiling', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const stored = () =>
    page.evaluate(
      (key) => [localStorage.getItem('trailmark-demo:open-levels'), localStorage.getItem(key)],
      `${PROGRESS_KEY}:open-levels`,
    );
  expect(await stored()).toEqual([null, '["l3","ceiling"]']);
  await page.getByRole('button', { name: /^L3 / }).click();
  await page.reload();
  await page.locator('html[data-tm-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('button', { name: /^L3 / })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  expect(await stored()).toEqual([null, '["ceiling"]']);
});

test('the ★ level is named by its title, never read as a symbol', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('link', { name: 'Study The ceiling in depth' })).toHaveAttribute(
    'href',
    '/levels/ceiling',
  );
  await expect(page.getByRole('button', { name: 'The ceiling', exact: true })).toBeVisible();
  await open(page, '/zh-CN/levels/ceiling');
  const snapshot = await page.locator('main').ariaSnapshot();
  expect(snapshot).not.toContain('★');
  expect(snapshot).toContain('heading "天花板" [level=1]');
});
