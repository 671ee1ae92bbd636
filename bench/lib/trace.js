// @ts-check
// Where the time of a render goes, from a Chromium trace of the page's main thread: JavaScript
// (GC included), style, layout, pre-paint and paint. One traced run per subject, apart from the
// timed runs, because tracing slows the page a little.
import { callBench, topicsFor } from './browser-runs.js';
import { summarize } from './stats.js';

/** The parts of a frame, in the order the report shows them. */
export const PHASES = /** @type {const} */ (['script', 'style', 'layout', 'prePaint', 'paint']);

/** @typedef {Record<(typeof PHASES)[number], number>} Breakdown */

/**
 * The phase a trace event's own time belongs to, if any.
 * @param {string} name
 * @returns {(typeof PHASES)[number] | undefined}
 */
function phaseOf(name) {
  if (name === 'UpdateLayoutTree' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout') return 'layout';
  if (name === 'PrePaint') return 'prePaint';
  if (name === 'Paint' || name === 'Layerize' || name === 'PaintImage') return 'paint';
  if (
    /^(FunctionCall|FireAnimationFrame|TimerFire|RunMicrotasks|EvaluateScript|EventDispatch|MinorGC|MajorGC)$/.test(
      name,
    ) ||
    /^[vV]8\./.test(name)
  ) {
    return 'script';
  }
  return undefined;
}

/**
 * Sums the self time (own duration minus nested events) of the renderer main thread's events
 * per phase, in ms.
 * @param {Buffer} trace
 * @returns {Breakdown}
 */
export function breakdown(trace) {
  /** @type {{ traceEvents: { ph: string, name: string, pid: number, tid: number, ts: number, dur?: number, args?: { name?: string } }[] }} */
  const { traceEvents } = JSON.parse(trace.toString());
  const main = new Set(
    traceEvents
      .filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const events = traceEvents
    .filter((event) => event.ph === 'X' && main.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {Breakdown} */
  const totals = { script: 0, style: 0, layout: 0, prePaint: 0, paint: 0 };
  /** @type {{ end: number, phase: (typeof PHASES)[number] | undefined, self: number }[]} */
  const stack = [];
  const close = (/** @type {number} */ until) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (done?.phase) totals[done.phase] += done.self / 1000;
    }
  };
  for (const event of events) {
    const duration = event.dur ?? 0;
    close(event.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= duration;
    stack.push({ end: event.ts + duration, phase: phaseOf(event.name), self: duration });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

/**
 * For each subject, one fresh page: the first render traced, then its four status changes, each
 * traced on its own (their breakdown is the median per phase).
 * @param {object} options
 * @param {import('playwright').Browser} options.browser
 * @param {string} options.baseUrl
 * @param {readonly { id: string }[]} options.subjects
 */
export async function traceSubjects({ browser, baseUrl, subjects }) {
  /** @type {Record<string, { first: Breakdown, update: Breakdown }>} */
  const out = {};
  const categories = ['devtools.timeline'];
  for (const subject of subjects) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/${subject.id}/page/`);
      await page.waitForFunction(() => window.bench !== undefined);
      await browser.startTracing(page, { categories });
      await callBench(page, 'mount');
      const first = breakdown(await browser.stopTracing());
      await callBench(page, 'settle');
      /** @type {Breakdown[]} */
      const updates = [];
      for (const topicId of topicsFor(0)) {
        for (const done of [true, false]) {
          await browser.startTracing(page, { categories });
          await callBench(page, 'update', topicId, done);
          updates.push(breakdown(await browser.stopTracing()));
        }
      }
      const update = /** @type {Breakdown} */ (
        Object.fromEntries(
          PHASES.map((phase) => [phase, summarize(updates.map((entry) => entry[phase])).median]),
        )
      );
      out[subject.id] = { first, update };
    } finally {
      await context.close();
    }
  }
  return out;
}
