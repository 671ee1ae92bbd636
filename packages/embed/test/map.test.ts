/**
 * `view="map"`: the map's script is a separate file, loaded from beside the embed script only when
 * an element asks for the map; without it the element shows the timeline and says why.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnPageProblems, launchChromium, openPage, origin, waitForSettled } from './browser';
import type { RequestRecord } from './server';

failOnPageProblems();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MAP_FILE = 'trailmark-embed-map.js';

/** The builds, as `map.html?script=…` loads them. */
const BUILDS = [
  { name: 'module', script: 'trailmark-embed.js', module: true },
  { name: 'classic', script: 'trailmark-embed.iife.js', module: false },
] as const;

function mapPage(folder: string, build: (typeof BUILDS)[number]): string {
  return `map.html?script=/${folder}/${build.script}${build.module ? '&module=1' : ''}`;
}

async function requestedPaths(page: Page): Promise<string[]> {
  const log: RequestRecord[] = await (
    await page.request.get(`${origin()}/control/requests`)
  ).json();
  return log.map((record) => record.path);
}

async function resetLog(page: Page): Promise<void> {
  await page.request.get(`${origin()}/control/reset-log`);
}

describe('a page that does not ask for the map', () => {
  it.each(['module.html', 'classic.html'])('%s never requests the map script', async (name) => {
    const { page } = await openPage(browser, 'blank.html');
    await resetLog(page);
    await page.goto(`${origin()}/pages/${name}`);
    await waitForSettled(page);
    expect(await page.$eval('trailmark-roadmap', (element) => element.view)).toBe('timeline');
    const paths = await requestedPaths(page);
    expect(paths.some((path) => path.includes('/dist/trailmark-embed'))).toBe(true);
    expect(paths.filter((path) => path.includes(MAP_FILE))).toEqual([]);
  });
});

describe('the view attribute and property', () => {
  it('reflects the property, and reads anything but "map" as the timeline', async () => {
    const { page } = await openPage(browser, 'blank.html');
    const views = await page.evaluate(async () => {
      await customElements.whenDefined('trailmark-roadmap');
      const element = document.createElement('trailmark-roadmap');
      const seen: Array<[string | null, string]> = [];
      for (const value of ['map', 'Map', 'list', '']) {
        element.setAttribute('view', value);
        seen.push([element.getAttribute('view'), element.view]);
      }
      element.view = 'map';
      seen.push([element.getAttribute('view'), element.view]);
      element.view = null;
      seen.push([element.getAttribute('view'), element.view]);
      return seen;
    });
    expect(views).toEqual([
      ['map', 'map'],
      ['Map', 'timeline'],
      ['list', 'timeline'],
      ['', 'timeline'],
      ['map', 'map'],
      [null, 'timeline'],
    ]);
  });
});

describe('when the map script cannot be loaded', () => {
  it.each(BUILDS)('the $name build shows the timeline and reports kind "map"', async (build) => {
    const { page, problems } = await openPage(browser, 'blank.html', {
      expectedConsoleErrors: /404|Failed to (load|fetch)/,
    });
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { mapErrors: unknown[] }).mapErrors = seen;
      document.addEventListener('trailmark:error', (event) => {
        seen.push((event as CustomEvent).detail);
      });
    });
    await page.goto(`${origin()}/pages/${mapPage('nomap', build)}`);
    await page.waitForFunction(
      () => (window as unknown as { mapErrors: unknown[] }).mapErrors.length > 0,
    );
    await waitForSettled(page);
    const errors = await page.evaluate(
      () =>
        (window as unknown as { mapErrors: Array<{ kind: string; message: string }> }).mapErrors,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe('map');
    expect(errors[0]?.message).toContain(`/nomap/${MAP_FILE}`);
    expect(errors[0]?.message).toMatch(/^Showing the timeline/);
    // The reader still gets the roadmap: the timeline's five levels, and no error panel.
    const shown = await page.$eval('trailmark-roadmap', (element) => ({
      levels: element.shadowRoot?.querySelectorAll('.tm-timeline__stop').length,
      alert: Boolean(element.shadowRoot?.querySelector('[role="alert"]')),
    }));
    expect(shown).toEqual({ levels: 5, alert: false });
    expect(problems.pageErrors).toEqual([]);
  });
});
