/**
 * `view="map"`: the map's script is a separate file, loaded from beside the embed script only when
 * an element asks for the map; without it the element shows the timeline and says why.
 */

import { createRequire } from 'node:module';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  BUILDS,
  failOnPageProblems,
  openPage,
  origin,
  setUpChromium,
  waitForSettled,
} from './browser';
import { type RequestRecord, STRICT_CSP } from './server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

failOnPageProblems();

const browser = setUpChromium();

const MAP_FILE = 'trailmark-embed-map.js';

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
    const { page } = await openPage(browser(), 'blank.html');
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
    const { page } = await openPage(browser(), 'blank.html');
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
    const { page, problems } = await openPage(browser(), 'blank.html', {
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

/** The element's map, once drawn: its topics, and what else its shadow root holds. */
async function drawnMap(page: Page, selector = 'trailmark-roadmap') {
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.tm-map [data-topic-id]'),
    selector,
  );
  return page.$eval(selector, (element) => {
    const root = element.shadowRoot as ShadowRoot;
    return {
      topics: root.querySelectorAll('.tm-map [data-topic-id]').length,
      timeline: root.querySelectorAll('.tm-timeline__stop').length,
      alert: Boolean(root.querySelector('[role="alert"]')),
      sheets: root.adoptedStyleSheets.length,
      inlineStyles: root.querySelectorAll('style').length,
    };
  });
}

describe('view="map"', () => {
  it.each(BUILDS)(
    'the $name build imports the map script from beside itself, once',
    async (build) => {
      const { page } = await openPage(browser(), 'blank.html');
      await resetLog(page);
      await page.goto(`${origin()}/pages/${mapPage('dist', build)}`);
      expect(await drawnMap(page)).toEqual({
        topics: 80,
        timeline: 0,
        alert: false,
        sheets: 2,
        inlineStyles: 0,
      });
      // A second map on the page shares the script already loaded.
      await page.evaluate(() => {
        const second = document.createElement('trailmark-roadmap');
        second.id = 'second';
        second.setAttribute('roadmap', 'llm-engineer');
        second.setAttribute('view', 'map');
        document.body.append(second);
      });
      expect((await drawnMap(page, '#second')).topics).toBe(80);
      const paths = await requestedPaths(page);
      expect(paths.filter((path) => path.endsWith(`/dist/${MAP_FILE}`))).toHaveLength(1);
    },
  );

  it('switches between the timeline and the map without reloading the roadmap', async () => {
    const { page } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    await resetLog(page);
    await page.$eval('trailmark-roadmap', (element) => {
      element.view = 'map';
    });
    expect((await drawnMap(page)).timeline).toBe(0);
    await page.$eval('trailmark-roadmap', (element) => element.removeAttribute('view'));
    await page.waitForFunction(() =>
      document.querySelector('trailmark-roadmap')?.shadowRoot?.querySelector('.tm-timeline__stop'),
    );
    const shown = await page.$eval('trailmark-roadmap', (element) => ({
      map: element.shadowRoot?.querySelectorAll('.tm-map').length,
      levels: element.shadowRoot?.querySelectorAll('.tm-timeline__stop').length,
    }));
    expect(shown).toEqual({ map: 0, levels: 5 });
    const paths = await requestedPaths(page);
    expect(paths.filter((path) => path.includes('/roadmaps/'))).toEqual([]);
  });

  it('sets a status from the map, reports it, and shares it with a timeline on the page', async () => {
    const { page } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    await page.evaluate(() => {
      const map = document.createElement('trailmark-roadmap');
      map.id = 'map';
      map.setAttribute('roadmap', 'llm-engineer');
      map.setAttribute('view', 'map');
      document.body.append(map);
      const seen: unknown[] = [];
      (window as unknown as { progress: unknown[] }).progress = seen;
      map.addEventListener('trailmark:progress', (event) =>
        seen.push((event as CustomEvent).detail),
      );
    });
    await drawnMap(page, '#map');
    const map = page.locator('#map');
    await map.locator('[data-topic-id="ai-ml-dl-overview"]').first().click();
    await map
      .getByRole('button', { name: /status: Not started/ })
      .first()
      .click();
    await map.getByRole('menuitemradio', { name: 'Done' }).click();
    await page.waitForFunction(
      () => (window as unknown as { progress: unknown[] }).progress.length === 1,
    );
    const detail = await page.evaluate(
      () =>
        (window as unknown as { progress: Array<{ topicId: string; status: string }> }).progress[0],
    );
    expect(detail).toMatchObject({ topicId: 'ai-ml-dl-overview', status: 'done' });
    // Saved where every element showing this roadmap without a progress-key reads it.
    const saved = await page.evaluate(() =>
      localStorage.getItem('trailmark:progress:llm-engineer'),
    );
    expect(JSON.parse(saved ?? '{}').topics?.['ai-ml-dl-overview']?.status).toBe('done');
    expect(
      await map.locator('[data-topic-id="ai-ml-dl-overview"][data-status="done"]').count(),
    ).toBeGreaterThan(0);
  });
});

describe('errors with view="map"', () => {
  it('shows a broken document the way the timeline does, without loading the map script', async () => {
    const { page } = await openPage(browser(), 'blank.html');
    await resetLog(page);
    const outcome = await page.evaluate(async () => {
      await customElements.whenDefined('trailmark-roadmap');
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('view', 'map');
      element.setAttribute('src', '/fixtures/schema-invalid.json');
      const event = new Promise<{ kind: string }>((resolve) =>
        element.addEventListener('trailmark:error', (e) => resolve((e as CustomEvent).detail), {
          once: true,
        }),
      );
      document.getElementById('stage')?.append(element);
      const detail = await event;
      const alert = element.shadowRoot?.querySelector('[role="alert"]');
      return {
        kind: detail.kind,
        alert: Boolean(alert),
        kindShown: alert?.closest('[data-kind]')?.getAttribute('data-kind'),
      };
    });
    expect(outcome).toEqual({ kind: 'invalid', alert: true, kindShown: 'invalid' });
    const paths = await requestedPaths(page);
    expect(paths.filter((path) => path.includes(MAP_FILE))).toEqual([]);
  });
});

describe('the map as a guest', () => {
  it.each(['csp-map-module.html', 'csp-map-classic.html'])(
    "%s draws the map under default-src 'self' with no violation",
    async (name) => {
      const { page, problems } = await openPage(browser(), name);
      const response = await page.request.get(`${origin()}/pages/${name}`);
      expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
      expect(await drawnMap(page)).toMatchObject({ topics: 80, alert: false, inlineStyles: 0 });
      expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    },
  );

  it('keeps its own look on a page with hostile CSS', async () => {
    const { page } = await openPage(browser(), 'hostile-map.html');
    await drawnMap(page);
    const look = await page.$eval('trailmark-roadmap', (element) => {
      const root = element.shadowRoot as ShadowRoot;
      const viewport = root.querySelector('.tm-map__viewport') as HTMLElement;
      const title = root.querySelector('.tm-map [data-topic-id] text') as SVGElement;
      const box = viewport.getBoundingClientRect();
      return {
        display: getComputedStyle(viewport).display,
        height: box.height,
        titleFill: getComputedStyle(title).fill,
        titleSize: getComputedStyle(title).fontSize,
        transform: getComputedStyle(title).textTransform,
      };
    });
    expect(look.display).not.toBe('none');
    expect(look.height).toBeGreaterThan(200);
    expect(look.titleFill).not.toBe('rgb(255, 0, 0)');
    expect(Number.parseFloat(look.titleSize)).toBeLessThan(30);
    expect(look.transform).toBe('none');
  });

  it('has no axe violations, and a named map', async () => {
    const { page } = await openPage(browser(), mapPage('dist', BUILDS[0]));
    await drawnMap(page);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run({ include: [['trailmark-roadmap']] } as never, {
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });
});
