// @ts-check
import { loadavg } from 'node:os';
// Drives the subject pages in Chromium: a fresh browser context (and so a fresh renderer, cold
// caches and cold JIT) per run, subjects taken in turn, the starting subject rotating each round.
import { gzipSize } from './pages.js';

/** @typedef {import('playwright').Browser} Browser */
/** @typedef {import('playwright').Page} Page */
/** @typedef {import('playwright').CDPSession} CDPSession */
/** @typedef {import('./pages.js').Subject} Subject */

/**
 * The figures of one run of one subject (times in ms, memory in bytes).
 * @typedef {object} Run
 * @property {number} firstCommit
 * @property {number} firstScreen the first frame after the mount began
 * @property {number} firstPaint the first frame that shows every topic
 * @property {number} fillLongest the longest task between those two frames (0: none of 50 ms or more)
 * @property {number} lastChange
 * @property {number} heapBefore
 * @property {number} heapAfter
 * @property {number} elements
 * @property {number[]} updateCommit
 * @property {number[]} updatePaint
 * @property {number} remountCommit
 * @property {number} remountPaint
 */

/**
 * What a page loaded: each response from the page's own server with its raw and gzip size, and
 * every request to another host (which the closed network here fails).
 * @typedef {object} Loaded
 * @property {{ url: string, type: string, raw: number, gzip: number }[]} resources
 * @property {string[]} otherHosts
 */

/**
 * Topics whose status changes in a round: the same for every subject in that round, and
 * different rounds touch different modules and levels.
 * @param {number} round
 * @param {number} [total] topics in the roadmap
 */
export const topicsFor = (round, total = 1000) => [
  `topic-${Math.floor((((137 + round * 211) % 1000) * total) / 1000)}`,
  `topic-${Math.floor((((642 + round * 157) % 1000) * total) / 1000)}`,
];

/**
 * Calls `window.bench[name](...args)` in the page (pages/harness.ts).
 * @template {keyof import('../pages/harness').BenchApi} K
 * @param {Page} page
 * @param {K} name
 * @param {Parameters<import('../pages/harness').BenchApi[K]>} args
 * @returns {Promise<Awaited<ReturnType<import('../pages/harness').BenchApi[K]>>>}
 */
export async function callBench(page, name, ...args) {
  const result = await page.evaluate(
    ([fn, rest]) => {
      const api = window.bench;
      if (!api) throw new Error('window.bench is missing: the page did not start');
      return /** @type {(...values: unknown[]) => unknown} */ (api[fn])(...rest);
    },
    /** @type {const} */ ([name, args]),
  );
  return /** @type {Awaited<ReturnType<import('../pages/harness').BenchApi[K]>>} */ (result);
}

/**
 * Bytes of live JS heap after a full garbage collection.
 * @param {CDPSession} cdp
 */
async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Records what the page loads from `origin`, and which other hosts it tries; call the returned
 * function once the page is done.
 * @param {Page} page
 * @param {string} origin
 * @returns {() => Promise<Loaded>}
 */
function recordLoads(page, origin) {
  /** @type {Promise<Loaded['resources'][number] | undefined>[]} */
  const pending = [];
  /** @type {Set<string>} */
  const otherHosts = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol.startsWith('http')) otherHosts.add(url.host);
  });
  page.on('response', (response) => {
    if (!response.url().startsWith(origin)) return;
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url().slice(origin.length),
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipSize(body),
        }),
        () => undefined,
      ),
    );
  });
  return async () => ({
    resources: (await Promise.all(pending)).filter((entry) => entry !== undefined),
    otherHosts: [...otherHosts].sort(),
  });
}

/**
 * One run: load the page, mount (timed), settle, heap, DOM size, four status changes (timed),
 * then a second mount in the same page (timed, warm).
 * @param {Browser} browser
 * @param {string} url
 * @param {number} round
 * @param {boolean} record whether to record what the page loads
 * @param {{ topics?: number, mountTwice?: boolean }} [options] the roadmap's size (`?topics=`),
 *   and whether to mount a second time
 * @returns {Promise<{ run: Run, loaded?: Loaded }>}
 */
export async function runOnce(
  browser,
  url,
  round,
  record,
  { topics = 1000, mountTwice = true } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const loads = record ? recordLoads(page, new URL(url).origin) : undefined;
    await page.goto(topics === 1000 ? url : `${url}?topics=${topics}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    const cdp = await context.newCDPSession(page);

    const heapBefore = await usedHeap(cdp);
    const first = await callBench(page, 'mount');
    const { lastChange, longTasks } = await callBench(page, 'settle');
    const heapAfter = await usedHeap(cdp);
    const { elements, topics: shown } = await callBench(page, 'stats');
    if (shown !== topics)
      throw new Error(`${url}: expected ${topics} topics on the page, found ${shown}`);
    // Tasks that began after the first screen was painted, while the rest was being built.
    const fillLongest = Math.max(
      0,
      ...longTasks
        .filter((task) => task.start >= first.firstPaint && task.start < first.paint)
        .map((task) => task.duration),
    );

    /** @type {number[]} */
    const updateCommit = [];
    /** @type {number[]} */
    const updatePaint = [];
    for (const topicId of topicsFor(round, topics)) {
      for (const done of [true, false]) {
        const timing = await callBench(page, 'update', topicId, done);
        updateCommit.push(timing.commit);
        updatePaint.push(timing.paint);
      }
    }
    const remount = mountTwice ? await callBench(page, 'mount') : { commit: 0, paint: 0 };
    if (errors.length > 0) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    return {
      run: {
        firstCommit: first.commit,
        firstScreen: first.firstPaint,
        firstPaint: first.paint,
        fillLongest,
        lastChange,
        heapBefore,
        heapAfter,
        elements,
        updateCommit,
        updatePaint,
        remountCommit: remount.commit,
        remountPaint: remount.paint,
      },
      loaded: loads ? await loads() : undefined,
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs every subject `warmup + rounds` times, round-robin, and keeps the measured rounds.
 * @param {object} options
 * @param {Browser} options.browser
 * @param {string} options.baseUrl where pages/<id>/ are served (as `<id>/page/`)
 * @param {readonly Subject[]} options.subjects
 * @param {number} options.rounds
 * @param {number} options.warmup
 */
export async function measureSubjects({ browser, baseUrl, subjects, rounds, warmup }) {
  /** @type {Record<string, Run[]>} */
  const runs = Object.fromEntries(subjects.map((subject) => [subject.id, []]));
  /** @type {Record<string, Loaded>} */
  const loaded = {};
  /** @type {number[]} the 1-minute load average as each measured round began */
  const loads = [];
  for (let round = 0; round < warmup + rounds; round++) {
    if (round >= warmup) loads.push(loadavg()[0] ?? 0);
    const order = subjects.map((_, index) => subjects[(index + round) % subjects.length]);
    const label = round < warmup ? `warm-up ${round + 1}/${warmup}` : `round ${round - warmup + 1}`;
    process.stdout.write(`  ${label}:`);
    for (const subject of order) {
      if (!subject) continue;
      const result = await runOnce(
        browser,
        `${baseUrl}/${subject.id}/page/`,
        round,
        round === warmup,
      );
      process.stdout.write(` ${subject.id} ${result.run.firstPaint.toFixed(0)} ms`);
      if (round >= warmup) runs[subject.id]?.push(result.run);
      if (result.loaded) loaded[subject.id] = result.loaded;
    }
    process.stdout.write('\n');
  }
  return { runs, loaded, loads };
}
