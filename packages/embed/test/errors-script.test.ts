/**
 * The errors script (`trailmark-embed-errors.js`): what only a failing document needs — the
 * positioned JSON reader and the words of every issue — loads from beside either build the first
 * time a document fails, and never for a valid one. Without it the element still shows the
 * problem (in English, a JSON mistake without its place) and says so in `trailmark:error`.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  addFailingElement,
  BUILDS,
  failOnPageProblems,
  openPage,
  origin,
  setUpChromium,
  waitForSettled,
} from './browser';
import type { RequestRecord } from './server';

failOnPageProblems();

const browser = setUpChromium();

const ERRORS_FILE = 'trailmark-embed-errors.js';

/** `failing.html` loading `build` from `folder` (`dist`, or `noerrors` without the errors script). */
async function open(build: (typeof BUILDS)[number], folder: 'dist' | 'noerrors') {
  const { page, problems } = await openPage(browser(), 'blank.html', {
    expectedConsoleErrors: /404|Failed to (load|fetch)/,
  });
  await page.request.get(`${origin()}/control/reset-log`);
  const query = `script=/${folder}/${build.script}${build.module ? '&module=1' : ''}`;
  await page.goto(`${origin()}/pages/failing.html?${query}`);
  await page.evaluate(() => customElements.whenDefined('trailmark-roadmap'));
  return { page, problems };
}

async function requestedErrorsScripts(page: Page): Promise<string[]> {
  const log: RequestRecord[] = await (
    await page.request.get(`${origin()}/control/requests`)
  ).json();
  return log.map((record) => record.path).filter((path) => path.endsWith(ERRORS_FILE));
}

/** Adds an element with `attributes` (and inline JSON) and reads its first error and its alert. */
async function fail(page: Page, attributes: Record<string, string>, inlineJson?: string) {
  const { event, eventCount, alert } = await addFailingElement(page, attributes, inlineJson);
  return {
    kind: event?.kind,
    message: event?.message ?? '',
    syntax: event?.syntax !== undefined,
    events: eventCount,
    text: alert?.text ?? '',
    paths: alert?.paths ?? [],
  };
}

describe.each(BUILDS)('the $name build', (build) => {
  it('never requests the errors script for a valid roadmap', async () => {
    const { page } = await open(build, 'dist');
    await page.evaluate(() => {
      const element = document.createElement('trailmark-roadmap');
      element.setAttribute('src', '/fixtures/web-basics.json');
      document.getElementById('stage')?.append(element);
    });
    await waitForSettled(page);
    expect(await requestedErrorsScripts(page)).toEqual([]);
  });

  it("words an invalid document's problems in the element's language", async () => {
    const { page, problems } = await open(build, 'dist');
    const outcome = await fail(page, { src: '/fixtures/schema-invalid.json', locale: 'zh-CN' });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.events).toBe(1);
    expect(outcome.text).toContain('无法显示此路线图');
    expect(outcome.paths).toContain('levels[0].modules[0].topics[0].resources[0].url');
    // A Chinese issue word (the URL rule), not the English message.
    expect(outcome.text).toMatch(/链接/);
    expect(outcome.text).not.toMatch(/is not an http\(s\) URL/);
    expect(await requestedErrorsScripts(page)).toEqual([`/dist/${ERRORS_FILE}`]);
    expect(problems.pageErrors).toEqual([]);
  });

  it("places and words a JSON mistake in the element's language", async () => {
    const { page } = await open(build, 'dist');
    const outcome = await fail(page, { locale: 'zh-CN' }, '{\n  "schemaVersion": 1,\n}');
    expect(outcome).toMatchObject({ kind: 'not-json', syntax: true, events: 1, paths: ['2:21'] });
    expect(outcome.text).toContain('} 之前有多余的逗号；JSON 不允许末尾逗号');
  });

  it('without the errors script, lists the problems in English and says why', async () => {
    const { page, problems } = await open(build, 'noerrors');
    const outcome = await fail(page, { src: '/fixtures/schema-invalid.json', locale: 'zh-CN' });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.events).toBe(1);
    expect(outcome.message).toContain(
      `(The script that explains it, ${origin()}/noerrors/${ERRORS_FILE}, did not load:`,
    );
    // The heading in the element's language, each problem at its path in English.
    expect(outcome.text).toContain('无法显示此路线图');
    expect(outcome.paths).toContain('levels[0].modules[0].topics[0].resources[0].url');
    expect(outcome.text).toMatch(/is not an http\(s\) URL/);
    expect(problems.pageErrors).toEqual([]);
  });

  it('without the errors script, still names a JSON mistake', async () => {
    const { page, problems } = await open(build, 'noerrors');
    const outcome = await fail(page, { locale: 'en' }, '{\n  "schemaVersion": 1,\n}');
    expect(outcome).toMatchObject({ kind: 'not-json', syntax: false, events: 1, paths: [] });
    expect(outcome.message).toMatch(
      /^The inline <script type="application\/json"> is not valid JSON: .+ \(The script that explains it, .*did not load/,
    );
    expect(outcome.text).toContain(outcome.message);
    expect(problems.pageErrors).toEqual([]);
  });
});
