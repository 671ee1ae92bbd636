/**
 * Progress: three elements on one page stay independent unless they share a progress-key, a
 * status change is announced with `trailmark:progress`, and it survives a reload.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  failOnPageProblems,
  NO_PAGE_PROBLEMS,
  openPage,
  setUpChromium,
  waitForSettled,
} from './browser';

failOnPageProblems();

const browser = setUpChromium();

interface ProgressEventRecord {
  target: string;
  topicId: string;
  status: string;
  done: number;
  total: number;
}

/** Records every `trailmark:progress` event heard on the document. */
async function recordProgressEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const records: ProgressEventRecord[] = [];
    (window as unknown as { progressEvents: ProgressEventRecord[] }).progressEvents = records;
    document.addEventListener('trailmark:progress', (event) => {
      const { topicId, status, summary } = event.detail;
      records.push({
        target: (event.target as HTMLElement).id,
        topicId,
        status,
        done: summary.overall.done,
        total: summary.overall.total,
      });
    });
  });
}

const progressEvents = (page: Page): Promise<ProgressEventRecord[]> =>
  page.evaluate(
    () => (window as unknown as { progressEvents: ProgressEventRecord[] }).progressEvents,
  );

/** The status of one topic as an element shows it. */
function topicStatus(page: Page, elementId: string, topicId: string): Promise<string | null> {
  return page.$eval(
    `#${elementId}`,
    (element, id) =>
      element.shadowRoot?.querySelector(`[data-topic-id="${id}"]`)?.getAttribute('data-status') ??
      null,
    topicId,
  );
}

/** Sets a topic's status the way a reader does: the status button, then the menu item. */
async function markTopic(page: Page, elementId: string, topicTitle: RegExp, status: RegExp) {
  const element = page.locator(`#${elementId}`);
  await element
    .getByRole('button', { name: topicTitle })
    .and(element.locator('[aria-haspopup="menu"]'))
    .click();
  await element.getByRole('menuitemradio', { name: status }).click();
}

/** Puts `html` on the blank page's stage and waits for its elements to draw. */
async function stage(page: Page, html: string): Promise<void> {
  await page.evaluate((html) => {
    (document.getElementById('stage') as HTMLElement).innerHTML = html;
  }, html);
  await waitForSettled(page);
}

/** Stores web-basics progress under `key` with one topic at `status`, as an earlier visit would. */
async function saveProgress(page: Page, key: string, topicId: string, status: string) {
  await page.evaluate(
    ({ key, topicId, status }) => {
      const topics = { [topicId]: { status, updatedAt: '2026-01-01T00:00:00Z' } };
      localStorage.setItem(
        key,
        JSON.stringify({ curriculumId: 'web-basics', schemaVersion: 1, topics }),
      );
    },
    { key, topicId, status },
  );
}

describe('progress', () => {
  it('announces a change, shares it between elements with one key, and survives a reload', async () => {
    const { page, context, problems } = await openPage(browser(), 'three.html');
    await waitForSettled(page);
    await recordProgressEvents(page);

    await markTopic(page, 'a', /Elements/, /^Done$/);
    await expect
      .poll(() => progressEvents(page))
      .toEqual([{ target: 'a', topicId: 'elements', status: 'done', done: 1, total: 4 }]);
    // #b shares progress-key="shared-web" and follows; #c shows another curriculum.
    await expect.poll(() => topicStatus(page, 'b', 'elements')).toBe('done');
    expect(await topicStatus(page, 'a', 'elements')).toBe('done');
    expect(await topicStatus(page, 'c', 'hello')).toBe('not-started');

    await markTopic(page, 'c', /Hello topic/, /^In progress$/);
    await expect.poll(async () => (await progressEvents(page)).length).toBe(2);
    expect((await progressEvents(page))[1]).toEqual({
      target: 'c',
      topicId: 'hello',
      status: 'in-progress',
      done: 0,
      total: 2,
    });
    expect(await topicStatus(page, 'a', 'elements')).toBe('done');

    const stored = await page.evaluate(() => ({
      shared: JSON.parse(localStorage.getItem('shared-web') ?? 'null'),
      inline: JSON.parse(localStorage.getItem('trailmark:progress:inline-demo') ?? 'null'),
    }));
    expect(stored.shared).toMatchObject({
      curriculumId: 'web-basics',
      topics: { elements: { status: 'done' } },
    });
    expect(stored.inline).toMatchObject({
      curriculumId: 'inline-demo',
      topics: { hello: { status: 'in-progress' } },
    });

    const reloaded = await openPage(browser(), 'three.html', { context });
    await waitForSettled(reloaded.page);
    expect(await topicStatus(reloaded.page, 'a', 'elements')).toBe('done');
    expect(await topicStatus(reloaded.page, 'b', 'elements')).toBe('done');
    expect(await topicStatus(reloaded.page, 'c', 'hello')).toBe('in-progress');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
    expect(reloaded.problems).toEqual(NO_PAGE_PROBLEMS);
    await context.close();
  });

  it('says a status change politely, from one region in its shadow root', async () => {
    const { page, context, problems } = await openPage(browser(), 'blank.html');
    await stage(
      page,
      '<trailmark-roadmap id="el" src="/fixtures/web-basics.json" locale="en"></trailmark-roadmap>',
    );
    const regions = () =>
      page.$eval('#el', (element) =>
        [...(element.shadowRoot?.querySelectorAll('[aria-live]') ?? [])].map((region) => ({
          live: region.getAttribute('aria-live'),
          text: region.textContent,
        })),
      );
    expect(await regions()).toEqual([{ live: 'polite', text: '' }]);
    await markTopic(page, 'el', /Elements/, /^Done$/);
    await expect
      .poll(regions)
      .toEqual([{ live: 'polite', text: 'W1 Markup: 1 of 2 topics complete, 50%' }]);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
    await context.close();
  });

  it('remembers the open levels beside the progress, over the expanded-levels attribute', async () => {
    /** The element, with no level open by its attribute, and its W1 and W2 headers. */
    async function show(page: Page) {
      await stage(
        page,
        '<trailmark-roadmap id="el" src="/fixtures/web-basics.json" locale="en" expanded-levels="none"></trailmark-roadmap>',
      );
      const element = page.locator('#el');
      return [
        element.getByRole('button', { name: 'W1 Markup' }),
        element.getByRole('button', { name: 'W2 Styling' }),
      ] as const;
    }
    const { page, context, problems } = await openPage(browser(), 'blank.html');
    const [, styling] = await show(page);
    await expect.poll(() => styling.getAttribute('aria-expanded')).toBe('false');
    await styling.click();
    await expect.poll(() => styling.getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.evaluate(() => localStorage.getItem('trailmark:progress:web-basics:open-levels')),
    ).toBe('["w2"]');

    const reloaded = await openPage(browser(), 'blank.html', { context });
    const [markup, stylingAgain] = await show(reloaded.page);
    await expect.poll(() => stylingAgain.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => markup.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
    expect(reloaded.problems).toEqual(NO_PAGE_PROBLEMS);
    await context.close();
  });

  it('keeps elements with different keys independent', async () => {
    const { page, context, problems } = await openPage(browser(), 'blank.html');
    await stage(
      page,
      `
        <trailmark-roadmap id="one" src="/fixtures/web-basics.json" locale="en" progress-key="one"></trailmark-roadmap>
        <trailmark-roadmap id="two" src="/fixtures/web-basics.json" locale="en" progress-key="two"></trailmark-roadmap>`,
    );
    await markTopic(page, 'one', /Elements/, /^Skipped$/);
    await expect.poll(() => topicStatus(page, 'one', 'elements')).toBe('skipped');
    expect(await topicStatus(page, 'two', 'elements')).toBe('not-started');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
    await context.close();
  });

  it('switches to another store when progress-key changes', async () => {
    const { page, context } = await openPage(browser(), 'blank.html');
    await saveProgress(page, 'saved-elsewhere', 'forms', 'in-progress');
    await stage(
      page,
      '<trailmark-roadmap id="el" src="/fixtures/web-basics.json" locale="en"></trailmark-roadmap>',
    );
    expect(await topicStatus(page, 'el', 'forms')).toBe('not-started');
    await page.$eval('#el', (element) => {
      (element as HTMLElement & { progressKey: string }).progressKey = 'saved-elsewhere';
    });
    await expect.poll(() => topicStatus(page, 'el', 'forms')).toBe('in-progress');
    await context.close();
  });

  it('shows progress without controls when readonly', async () => {
    const { page, context } = await openPage(browser(), 'blank.html');
    await saveProgress(page, 'trailmark:progress:web-basics', 'elements', 'done');
    await stage(
      page,
      '<trailmark-roadmap id="ro" src="/fixtures/web-basics.json" locale="en" readonly></trailmark-roadmap>',
    );
    expect(await topicStatus(page, 'ro', 'elements')).toBe('done');
    expect(await page.locator('#ro [aria-haspopup="menu"]').count()).toBe(0);
    await context.close();
  });
});
