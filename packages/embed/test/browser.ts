/**
 * Playwright helpers shared by the browser tests: launching Debian's Chromium, opening a test page
 * while recording everything that must never happen on a host page (uncaught errors, unhandled
 * rejections, console errors, CSP violations), and reading the element's shadow content.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';

/**
 * One Chromium (from `CHROMIUM_PATH` or `/usr/bin/chromium`) for the tests of the file, or of the
 * `describe` it is called in: launched before them, closed after. Returns a getter for the tests.
 * @example
 * const browser = setUpChromium();
 * it('renders', async () => {
 *   const { page } = await openPage(browser(), 'module.html');
 * });
 */
export function setUpChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) {
      throw new Error(
        'Chromium is not running: call the getter from setUpChromium() inside a test',
      );
    }
    return browser;
  };
}

/** Problems a host page must never see, collected while a test page is open. */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  cspViolations: string[];
}

/** What {@link PageProblems} is on a page where nothing went wrong. */
export const NO_PAGE_PROBLEMS: PageProblems = {
  pageErrors: [],
  consoleErrors: [],
  cspViolations: [],
};

/** An open test page and what went wrong on it. */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
}

/** Problems of every page opened by the current test, checked after it. */
const openedThisTest: { path: string; problems: PageProblems; allowCspViolations: boolean }[] = [];

/**
 * Fails a test when any page it opened saw an uncaught error, an unhandled rejection, an
 * unexpected console error or a CSP violation, even if the test itself did not look.
 */
export function failOnPageProblems(): void {
  afterEach(() => {
    const pages = openedThisTest.splice(0);
    for (const { path, problems, allowCspViolations } of pages) {
      expect({
        path,
        ...problems,
        cspViolations: allowCspViolations ? [] : problems.cspViolations,
      }).toEqual({
        path,
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });
    }
  });
}

/** The origin the test pages are served from. */
export const origin = (): string => inject('origin');
/** A second origin serving the same files. */
export const crossOrigin = (): string => inject('crossOrigin');

/**
 * Opens `/pages/<name>` in a fresh context (fresh localStorage) and records problems.
 * @param options.context reuse a context, e.g. to reload with the same storage.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: {
    context?: BrowserContext;
    /** Chromium's own log lines for requests a test makes fail on purpose. */
    expectedConsoleErrors?: RegExp;
    /** For the test proving the policy is enforced. */
    allowCspViolations?: boolean;
  } = {},
): Promise<TestPage> {
  const context = options.context ?? (await browser.newContext());
  const page = await context.newPage();
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], cspViolations: [] };
  openedThisTest.push({ path, problems, allowCspViolations: options.allowCspViolations ?? false });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed request the test caused on purpose (404, dropped connection) is logged by Chromium
    // itself; anything else logged as an error is a problem.
    if (options.expectedConsoleErrors?.test(message.text())) return;
    problems.consoleErrors.push(message.text());
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    problems.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`);
    });
  });
  await page.goto(`${origin()}/pages/${path}`);
  return { page, context, problems };
}

/** Waits until every `<trailmark-roadmap>` on the page has drawn a roadmap or an error. */
export async function waitForSettled(page: Page, selector = 'trailmark-roadmap'): Promise<void> {
  await page.waitForFunction((sel) => {
    const elements = [...document.querySelectorAll(sel)];
    return (
      elements.length > 0 &&
      elements.every((element) => {
        const root = element.shadowRoot;
        return Boolean(root?.querySelector('.tm-embed > :not(.tm-embed-loading)'));
      })
    );
  }, selector);
}

/** The two builds of the embed script, as the test pages load them (`?script=…&module=1`). */
export const BUILDS = [
  { name: 'module', script: 'trailmark-embed.js', module: true },
  { name: 'classic', script: 'trailmark-embed.iife.js', module: false },
] as const;

/** What the test reads back after adding one element to the blank page. */
export interface Outcome {
  event: {
    kind: string;
    message: string;
    issues?: { path: string; message: string }[];
    syntax?: unknown;
  } | null;
  alert: { text: string; paths: string[] } | null;
  eventCount: number;
}

/**
 * Adds `<trailmark-roadmap>` with the given attributes (and inline JSON text, if any) to the blank
 * page and waits for its error event; the alert is read as it is when the event fires.
 */
export async function addFailingElement(
  page: Page,
  attributes: Record<string, string>,
  inlineJson?: string,
): Promise<Outcome> {
  return page.evaluate(
    async ({ attributes, inlineJson }) => {
      const element = document.createElement('trailmark-roadmap');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (inlineJson !== undefined) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = inlineJson;
        element.append(script);
      }
      let eventCount = 0;
      const detail = new Promise<Outcome['event']>((resolve) => {
        element.addEventListener('trailmark:error', (event) => {
          eventCount += 1;
          resolve((event as CustomEvent).detail);
        });
      });
      document.getElementById('stage')?.append(element);
      const event = await detail;
      const alert = element.shadowRoot?.querySelector('[role="alert"]');
      return {
        event,
        eventCount,
        alert: alert
          ? {
              text: alert.textContent ?? '',
              paths: [...alert.querySelectorAll('code')].map((code) => code.textContent ?? ''),
            }
          : null,
      };
    },
    { attributes, inlineJson },
  );
}
