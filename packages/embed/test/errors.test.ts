/**
 * Every way loading can fail shows a readable error inside the element and dispatches
 * `trailmark:error`; the host page never sees an uncaught error or rejection. Also: a stale
 * response never replaces a newer one.
 */
import { describe, expect, it } from 'vitest';
import {
  addFailingElement,
  crossOrigin,
  failOnPageProblems,
  openPage,
  origin,
  setUpChromium,
} from './browser';

failOnPageProblems();

const browser = setUpChromium();

/** Opens the blank page, allowing Chromium's own log line for the request that fails on purpose. */
async function blankPage(expectedConsoleErrors?: RegExp) {
  return openPage(browser(), 'blank.html', expectedConsoleErrors ? { expectedConsoleErrors } : {});
}

const failedResource = /Failed to load resource|net::ERR_|blocked by CORS policy/;

describe('error states', () => {
  it.each([
    {
      name: 'HTTP 404',
      attributes: { src: '/fixtures/missing.json' },
      kind: 'http',
      message: /fixtures\/missing\.json answered HTTP 404 Not Found/,
    },
    {
      name: 'HTTP 500',
      attributes: { src: '/status/500' },
      kind: 'http',
      message: /answered HTTP 500/,
    },
    {
      name: 'invalid JSON',
      attributes: { src: '/fixtures/broken-json.txt?type=application/json' },
      kind: 'not-json',
      message: /broken-json\.txt\?type=application\/json is not valid JSON: .* at line 5, column 3/,
    },
    {
      name: 'an HTML page instead of JSON',
      attributes: { src: '/pages/blank.html' },
      kind: 'not-json',
      message: /The server sent text\/html, probably an error page/,
    },
    {
      name: 'a dropped connection',
      attributes: { src: '/drop' },
      kind: 'network',
      message: /Could not fetch .*\/drop/,
    },
    {
      name: 'a document over 5 MB',
      attributes: { src: '/huge.json' },
      kind: 'too-large',
      message: /huge\.json is larger than 5 MB/,
    },
    {
      name: 'an unknown roadmap id',
      attributes: { roadmap: 'space-pirate' },
      kind: 'unknown-roadmap',
      message: /no built-in roadmap "space-pirate"\. Built-in roadmaps: "llm-engineer"/,
    },
    {
      name: 'a src that is not http(s)',
      attributes: { src: 'javascript:alert(1)' },
      kind: 'invalid-src',
      message: /only http: and https: URLs are fetched/,
    },
    {
      name: 'no source at all',
      attributes: {},
      kind: 'no-source',
      message: /No roadmap to show: set roadmap=/,
    },
  ])('shows $name as an alert and an event', async ({ attributes, kind, message }) => {
    const { page, problems } = await blankPage(failedResource);
    const outcome = await addFailingElement(page, attributes as Record<string, string>);
    expect(outcome.event?.kind).toBe(kind);
    expect(outcome.event?.message).toMatch(message);
    expect(outcome.alert?.text).toContain('This roadmap cannot be shown');
    expect(outcome.alert?.text).toContain(outcome.event?.message);
    expect(outcome.eventCount).toBe(1);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('accepts a curriculum whatever content type the server gives it', async () => {
    const { page } = await blankPage();
    const id = await page.evaluate(async () => {
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('src', '/fixtures/web-basics.json?type=text/plain');
      const ready = new Promise<string>((resolve) => {
        element.addEventListener('trailmark:ready', (event) => resolve(event.detail.curriculum.id));
      });
      document.getElementById('stage')?.append(element);
      return ready;
    });
    expect(id).toBe('web-basics');
    await page.context().close();
  });

  it('lists every schema problem with its path', async () => {
    const { page, problems } = await blankPage();
    const outcome = await addFailingElement(page, { src: '/fixtures/schema-invalid.json' });
    expect(outcome.event?.kind).toBe('invalid');
    const eventPaths = outcome.event?.issues?.map((issue) => issue.path);
    expect(eventPaths).toEqual(
      expect.arrayContaining(['id', 'version', 'levels[0].modules[0].topics[0].resources[0].url']),
    );
    // The alert shows the same paths the event carries.
    expect(outcome.alert?.paths).toEqual(eventPaths);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it("speaks the element's locale, marking the loader's English message as English", async () => {
    const { page, problems } = await blankPage(failedResource);
    const outcome = await page.evaluate(async () => {
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('locale', 'zh-CN');
      element.setAttribute('heading-level', '3');
      element.setAttribute('src', '/fixtures/missing.json');
      const failed = new Promise((resolve) => element.addEventListener('trailmark:error', resolve));
      document.getElementById('stage')?.append(element);
      await failed;
      const alert = element.shadowRoot?.querySelector('[role="alert"]');
      const message = alert?.querySelector('[lang="en"]');
      return {
        heading: alert?.querySelector('h3')?.textContent,
        message: message?.textContent,
        kind: alert?.getAttribute('data-kind'),
        lists: alert?.querySelectorAll('ul').length,
      };
    });
    expect(outcome).toEqual({
      heading: '无法显示此路线图',
      message: expect.stringMatching(/missing\.json answered HTTP 404 Not Found/),
      kind: 'http',
      lists: 0,
    });
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('reports inline JSON syntax errors with their position', async () => {
    const { page, problems } = await blankPage();
    const outcome = await addFailingElement(page, {}, '{\n  "schemaVersion": 1,\n  oops\n}');
    expect(outcome.event).toEqual({
      kind: 'not-json',
      message: expect.stringMatching(
        /^The inline <script type="application\/json"> is not valid JSON: .* at line 3, column 3\.$/,
      ),
      syntax: expect.objectContaining({
        code: 'json_expected_property_name',
        params: { found: 'o' },
        line: 3,
        column: 3,
      }),
    });
    // The problem is listed at its line:column, in the element's words.
    expect(outcome.alert?.paths).toEqual(['3:3']);
    expect(outcome.alert?.text).toContain(`expected a property name in double quotes, found "o"`);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it("words a syntax error in the element's locale", async () => {
    const { page, problems } = await blankPage();
    const outcome = await addFailingElement(
      page,
      { locale: 'zh-CN' },
      '{\n  "schemaVersion": 1,\n}',
    );
    expect(outcome.event?.kind).toBe('not-json');
    expect(outcome.alert?.text).toContain('无法显示此路线图');
    expect(outcome.alert?.paths).toEqual(['2:21']);
    expect(outcome.alert?.text).toContain('} 之前有多余的逗号；JSON 不允许末尾逗号');
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('fetches cross-origin src with CORS and without cookies', async () => {
    const { page, context, problems } = await blankPage();
    await context.addCookies([{ name: 'session', value: 'secret', url: crossOrigin() }]);
    await fetch(`${origin()}/control/reset-log`);
    const ready = await page.evaluate(async (url) => {
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('src', url);
      const event = new Promise<string>((resolve) => {
        element.addEventListener('trailmark:ready', (e) =>
          resolve((e as CustomEvent).detail.curriculum.id),
        );
      });
      document.getElementById('stage')?.append(element);
      return event;
    }, `${crossOrigin()}/fixtures/web-basics.json`);
    expect(ready).toBe('web-basics');
    const log = (await (await fetch(`${origin()}/control/requests`)).json()) as {
      path: string;
      origin: string | null;
      cookie: string | null;
    }[];
    const request = log.find((entry) => entry.path === '/fixtures/web-basics.json');
    expect(request).toEqual(expect.objectContaining({ origin: origin(), cookie: null }));
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('explains a cross-origin server that does not allow CORS', async () => {
    const { page, problems } = await blankPage(failedResource);
    const outcome = await addFailingElement(page, { src: `${crossOrigin()}/no-cors.json` });
    expect(outcome.event?.kind).toBe('network');
    expect(outcome.event?.message).toMatch(/must send Access-Control-Allow-Origin/);
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe('race safety', () => {
  it('never shows a response that arrives after src changed', async () => {
    const { page, problems } = await blankPage();
    await page.evaluate(() => {
      const element = document.createElement('trailmark-roadmap');
      element.id = 'racer';
      element.setAttribute('locale', 'en');
      element.setAttribute('src', '/hold/slow?file=data-basics.json');
      document.getElementById('stage')?.append(element);
    });
    const readyIds = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const ids: string[] = [];
          document.getElementById('racer')?.addEventListener('trailmark:ready', (event) => {
            ids.push((event as CustomEvent).detail.curriculum.id);
            resolve(ids);
          });
        }),
    );
    const slowAborted = page.waitForEvent('requestfailed', (request) =>
      request.url().includes('/hold/slow'),
    );
    await page.evaluate(() =>
      document.getElementById('racer')?.setAttribute('src', '/fixtures/web-basics.json'),
    );
    expect(await readyIds).toEqual(['web-basics']);
    // The element abandoned the slow request; letting it answer now changes nothing.
    await slowAborted;
    await fetch(`${origin()}/control/release?name=slow`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const state = await page.evaluate(() => {
      const element = document.getElementById('racer') as HTMLElement & {
        curriculum: { id: string } | null;
      };
      return { id: element.curriculum?.id, text: element.shadowRoot?.textContent ?? '' };
    });
    expect(state.id).toBe('web-basics');
    expect(state.text).toContain('Markup');
    expect(state.text).not.toContain('Tables');
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });
});
