/**
 * The element on real pages: both builds, scripts from another origin, attribute and property
 * changes, the light-DOM fallback, and clean-up when the element leaves the page.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  crossOrigin,
  failOnPageProblems,
  NO_PAGE_PROBLEMS,
  openPage,
  origin,
  setUpChromium,
  waitForSettled,
} from './browser';
import type { RequestRecord } from './server';

failOnPageProblems();

const browser = setUpChromium();

/** Visible text of an element's shadow root. */
function shadowText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.shadowRoot?.textContent ?? '');
}

describe('loading the script', () => {
  it('renders the built-in roadmap from the ES module build', async () => {
    const { page, problems } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    const text = await shadowText(page, 'trailmark-roadmap');
    // The built-in roadmap has five levels, L1 to L4 and the ceiling.
    for (const code of ['L1', 'L2', 'L3', 'L4']) expect(text).toContain(code);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('renders from the classic build loaded in <head>, before the elements were parsed', async () => {
    const { page, problems } = await openPage(browser(), 'classic.html');
    await waitForSettled(page);
    expect(await shadowText(page, '#built-in')).toContain('L1');
    // The inline JSON child was only parsed after the element upgraded.
    expect(await shadowText(page, '#inline')).toContain('Inline basics');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it.each([
    { build: 'ES module', flag: 'module=1', path: '/dist/trailmark-embed.js' },
    { build: 'classic', flag: 'module=0', path: '/dist/trailmark-embed.iife.js' },
  ])(
    'finds the roadmap data beside a $build script served from another origin',
    async ({ flag, path }) => {
      const script = `${crossOrigin()}${path}`;
      await fetch(`${origin()}/control/reset-log`);
      const { page, problems } = await openPage(
        browser(),
        `cdn.html?${flag}&script=${encodeURIComponent(script)}`,
      );
      await waitForSettled(page);
      const log = (await (await fetch(`${origin()}/control/requests`)).json()) as RequestRecord[];
      const data = log.filter((entry) => entry.path.endsWith('/roadmaps/llm-engineer.json'));
      expect(data).toEqual([
        expect.objectContaining({
          host: new URL(crossOrigin()).host,
          path: '/dist/roadmaps/llm-engineer.json',
          origin: origin(),
        }),
      ]);
      expect(await shadowText(page, 'trailmark-roadmap')).toContain('L1');
      expect(problems).toEqual(NO_PAGE_PROBLEMS);
    },
  );

  it('keeps the light-DOM fallback in the document but does not show it', async () => {
    const { page } = await openPage(browser(), 'module.html');
    await waitForSettled(page);
    const fallback = await page.$eval('trailmark-roadmap .fallback', (element) => ({
      inDocument: element.isConnected,
      shown: element.getClientRects().length > 0,
      text: element.textContent,
    }));
    expect(fallback).toEqual({
      inDocument: true,
      shown: false,
      text: expect.stringContaining('LLM engineer roadmap'),
    });
    expect(
      await page.$eval('trailmark-roadmap', (element) => element.shadowRoot?.querySelector('slot')),
    ).toBeNull();
  });

  it('does not load the built-in data unless roadmap= asks for it', async () => {
    const { page } = await openPage(browser(), 'blank.html');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.evaluate(() => {
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('src', '/fixtures/web-basics.json');
      document.getElementById('stage')?.append(element);
    });
    await waitForSettled(page);
    expect(requests.some((url) => url.includes('/roadmaps/'))).toBe(false);
  });
});

describe('attributes and properties', () => {
  async function webBasics(page: Page, attributes = ''): Promise<void> {
    await page.evaluate((extra) => {
      const stage = document.getElementById('stage') as HTMLElement;
      stage.innerHTML = `<trailmark-roadmap id="el" src="/fixtures/web-basics.json" ${extra}></trailmark-roadmap>`;
    }, attributes);
    await waitForSettled(page);
  }

  it.each([
    ['', 1],
    ['expanded-levels="none"', 0],
    ['expanded-levels="all"', 'all'],
  ] as const)('opens the levels %j asks for', async (attributes, open) => {
    const { page, problems } = await openPage(browser(), 'blank.html');
    await webBasics(page, attributes);
    const states = await page.$eval('#el', (element) =>
      [...(element.shadowRoot?.querySelectorAll('.tm-level-card__toggle') ?? [])].map((button) =>
        button.getAttribute('aria-expanded'),
      ),
    );
    expect(states.length).toBeGreaterThan(1);
    const expanded = states.filter((state) => state === 'true').length;
    expect(expanded).toBe(open === 'all' ? states.length : open);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('switches the language when locale changes, as attribute or property', async () => {
    const { page, problems } = await openPage(browser(), 'blank.html');
    await webBasics(page, 'locale="en"');
    expect(await shadowText(page, '#el')).toContain('Markup');
    await page.$eval('#el', (element) => element.setAttribute('locale', 'zh-CN'));
    await page.waitForFunction(() =>
      document.getElementById('el')?.shadowRoot?.textContent?.includes('标记语言'),
    );
    expect(await shadowText(page, '#el')).not.toContain('Markup');
    await page.$eval('#el', (element) => {
      (element as HTMLElement & { locale: string }).locale = 'en';
    });
    await page.waitForFunction(() =>
      document.getElementById('el')?.shadowRoot?.textContent?.includes('Markup'),
    );
    expect(await page.$eval('#el', (element) => element.getAttribute('locale'))).toBe('en');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('treats an empty src= as unset, so roadmap= is used (templates write empty attributes)', async () => {
    const { page, problems } = await openPage(browser(), 'blank.html');
    await page.evaluate(() => {
      const stage = document.getElementById('stage') as HTMLElement;
      stage.innerHTML =
        '<trailmark-roadmap id="el" src="" roadmap="llm-engineer" locale="en"></trailmark-roadmap>';
    });
    await waitForSettled(page);
    const text = await shadowText(page, '#el');
    expect(text).toContain('L1');
    expect(text).not.toContain('not valid JSON');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('keeps the direction of its language on a right-to-left page', async () => {
    const { page, problems } = await openPage(browser(), 'blank.html');
    await page.evaluate(() => {
      document.documentElement.lang = 'ar';
      document.documentElement.dir = 'rtl';
    });
    await webBasics(page, 'locale="en"');
    const direction = () =>
      page.$eval('#el', (element) => {
        const container = element.shadowRoot?.querySelector('.tm-embed') as HTMLElement;
        const title = element.shadowRoot?.querySelector('.tm-level-card__title') as HTMLElement;
        return [container.dir, getComputedStyle(title).direction];
      });
    expect(await direction()).toEqual(['ltr', 'ltr']);
    await page.$eval('#el', (element) => element.setAttribute('locale', 'ar'));
    await page.waitForFunction(
      () =>
        document
          .getElementById('el')
          ?.shadowRoot?.querySelector('.tm-embed')
          ?.getAttribute('dir') === 'rtl',
    );
    expect(await direction()).toEqual(['rtl', 'rtl']);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('falls back to the page language, then to the curriculum default', async () => {
    const { page } = await openPage(browser(), 'blank.html');
    await page.evaluate(() => document.getElementById('stage')?.setAttribute('lang', 'zh-CN'));
    await webBasics(page);
    expect(await shadowText(page, '#el')).toContain('标记语言');
  });

  it('applies the theme as data-tm-theme and changes the colors', async () => {
    const { page } = await openPage(browser(), 'blank.html');
    await webBasics(page, 'theme="light"');
    const read = () =>
      page.$eval('#el', (element) => {
        const container = element.shadowRoot?.querySelector('.tm-embed') as HTMLElement;
        return {
          theme: container.dataset.tmTheme,
          background: getComputedStyle(container).backgroundColor,
        };
      });
    const light = await read();
    await page.$eval('#el', (element) => {
      (element as HTMLElement & { theme: string }).theme = 'dark';
    });
    await page.waitForFunction(
      () =>
        document
          .getElementById('el')
          ?.shadowRoot?.querySelector('.tm-embed')
          ?.getAttribute('data-tm-theme') === 'dark',
    );
    const dark = await read();
    expect(light.theme).toBe('light');
    expect(dark.background).not.toBe(light.background);
    // An unknown value reads back as the default.
    await page.$eval('#el', (element) => element.setAttribute('theme', 'purple'));
    expect(
      await page.$eval('#el', (element) => (element as HTMLElement & { theme: string }).theme),
    ).toBe('auto');
  });

  it('follows the system color scheme with theme="auto"', async () => {
    const { page, context } = await openPage(browser(), 'blank.html');
    await webBasics(page, 'theme="auto"');
    const background = () =>
      page.$eval(
        '#el',
        (element) =>
          getComputedStyle(element.shadowRoot?.querySelector('.tm-embed') as HTMLElement)
            .backgroundColor,
      );
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await context.close();
  });

  it('passes orientation and readonly to the timeline', async () => {
    const { page } = await openPage(browser(), 'blank.html');
    await webBasics(page, 'orientation="horizontal" readonly');
    const state = () =>
      page.$eval('#el', (element) => ({
        horizontal: Boolean(element.shadowRoot?.querySelector('[data-orientation="horizontal"]')),
        vertical: Boolean(element.shadowRoot?.querySelector('[data-orientation="vertical"]')),
        readOnly: (element as HTMLElement & { readOnly: boolean }).readOnly,
      }));
    expect(await state()).toEqual({ horizontal: true, vertical: false, readOnly: true });
    await page.$eval('#el', (element) => {
      (element as HTMLElement & { orientation: string }).orientation = 'vertical';
      (element as HTMLElement & { readOnly: boolean }).readOnly = false;
    });
    await page.waitForFunction(() =>
      document.getElementById('el')?.shadowRoot?.querySelector('[data-orientation="vertical"]'),
    );
    expect(await state()).toEqual({ horizontal: false, vertical: true, readOnly: false });
    expect(await page.$eval('#el', (element) => element.hasAttribute('readonly'))).toBe(false);
  });

  it('honours properties set before the script upgraded the element', async () => {
    const { page, problems } = await openPage(browser(), 'late.html');
    await page.evaluate(() => {
      const element = document.createElement('trailmark-roadmap') as unknown as Record<
        string,
        unknown
      >;
      element.id = 'el';
      element.src = '/fixtures/web-basics.json';
      element.locale = 'zh-CN';
      document.body.append(element as unknown as Node);
    });
    await page.addScriptTag({ url: '/dist/trailmark-embed.js', type: 'module' });
    await waitForSettled(page);
    expect(await page.$eval('#el', (element) => element.getAttribute('locale'))).toBe('zh-CN');
    expect(await shadowText(page, '#el')).toContain('标记语言');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });
});

describe('lifecycle', () => {
  /** Listeners of a type on window and document, through the DevTools protocol. */
  async function listenerCount(page: Page, type: string): Promise<number> {
    const session = await page.context().newCDPSession(page);
    let count = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await session.send('Runtime.evaluate', { expression });
      const { listeners } = await session.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId as string,
      });
      count += listeners.filter((listener) => listener.type === type).length;
    }
    await session.detach();
    return count;
  }

  it('unmounts on removal, leaves no listeners behind, and renders again when re-added', async () => {
    const { page, problems } = await openPage(browser(), 'blank.html');
    const baseline = await listenerCount(page, 'storage');
    await page.evaluate(() => {
      const element = document.createElement('trailmark-roadmap');
      element.id = 'el';
      element.setAttribute('src', '/fixtures/web-basics.json');
      element.setAttribute('locale', 'en');
      document.getElementById('stage')?.append(element);
    });
    await waitForSettled(page);
    expect(await listenerCount(page, 'storage')).toBeGreaterThan(baseline);

    const afterCycles = await page.evaluate(async () => {
      const element = document.getElementById('el') as HTMLElement;
      const stage = document.getElementById('stage') as HTMLElement;
      for (let cycle = 0; cycle < 20; cycle++) {
        element.remove();
        stage.append(element);
      }
      element.remove();
      (window as unknown as { removed: Element }).removed = element;
      return element.shadowRoot?.querySelector('.tm-embed')?.childElementCount;
    });
    expect(afterCycles).toBe(0);
    expect(await listenerCount(page, 'storage')).toBe(baseline);

    await page.evaluate(() => {
      const { removed } = window as unknown as { removed: Element };
      document.getElementById('stage')?.append(removed);
    });
    await waitForSettled(page);
    expect(await shadowText(page, 'trailmark-roadmap')).toContain('Markup');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('reloads inline JSON when the page edits it', async () => {
    const { page, problems } = await openPage(browser(), 'three.html');
    await waitForSettled(page);
    const before = await shadowText(page, '#c');
    expect(before).not.toContain('Edited level');
    await page.$eval('#c script', (script) => {
      const data = JSON.parse(script.textContent ?? '');
      data.levels[0].title.en = 'Edited level';
      script.textContent = JSON.stringify(data);
    });
    await expect.poll(() => shadowText(page, '#c')).toContain('Edited level');
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });

  it('registers once when the script is loaded twice', async () => {
    const { page, problems } = await openPage(browser(), 'module.html');
    await page.addScriptTag({ url: '/dist/trailmark-embed.iife.js' });
    await waitForSettled(page);
    expect(problems).toEqual(NO_PAGE_PROBLEMS);
  });
});
