// npm run bench: RoadmapTimeline with 1,000 topics in headless Chromium, production build.
// Prints the median of several runs (after warm-up) of the first render and of the re-render
// after one topic's status changes. Needs a build of this package (turbo's `bench` task runs it).
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumPath, launchChromium } from '../../../scripts/lib/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(tmpdir(), 'trailmark-react-bench');
const WARMUP = 3;
const RUNS = 9;

try {
  chromiumPath(); // fails early, with the install hint, when there is no Chromium
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await rm(outDir, { recursive: true, force: true });
await build({
  root: join(here, 'page'),
  logLevel: 'warn',
  mode: 'production',
  build: { outDir, emptyOutDir: true },
});

/** @type {Record<string, string>} */
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (request, response) => {
  const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = join(outDir, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await launchChromium();

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
/** @param {number[]} values */
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

/**
 * Runs a function of the page's `window.bench` (bench/page/main.tsx) in the page.
 * @param {import('playwright').Page} page
 * @param {'firstRender' | 'update' | 'parse'} name
 * @param {unknown[]} args
 * @returns {Promise<any>}
 */
const call = (page, name, args = []) =>
  page.evaluate(
    // The page defines window.bench at run time.
    ([fn, rest]) => /** @type {any} */ (window).bench[fn](...rest),
    /** @type {const} */ ([name, args]),
  );

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'bench' in window);

  /** @type {{ commit: number, total: number, controls: number, elements: number }[]} */
  const renders = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const result = await call(page, 'firstRender');
    if (i >= WARMUP) renders.push(result);
  }
  const last = renders.at(-1);
  if (last?.controls !== 1000) {
    throw new Error(`expected 1000 status controls, got ${last?.controls}`);
  }

  /** @type {{ commit: number, total: number, applied: boolean }[]} */
  const updates = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Topics in the middle of modules: each change also re-locks or unlocks the next topic.
    const topic = `topic-${(37 + i * 101) % 1000}`;
    for (const status of ['done', 'not-started']) {
      const result = await call(page, 'update', [topic, status]);
      if (!result.applied) throw new Error(`${topic} did not become ${status}`);
      if (i >= WARMUP) updates.push(result);
    }
  }

  /** @type {number[]} */
  const parses = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const result = await call(page, 'parse');
    if (i >= WARMUP) parses.push(result.total);
  }

  console.log(`RoadmapTimeline, 1,000 topics, 5 levels, all expanded (${last.elements} elements)`);
  console.log(
    `Chromium ${browser.version()}, production build, median of ${RUNS} runs after ${WARMUP} warm-up runs`,
  );
  // Figures move with the machine's other work: say how busy it was.
  const load = loadavg().map((value) => value.toFixed(1));
  console.log(`${availableParallelism()} CPUs, load average ${load.join(' / ')} (1 / 5 / 15 min)`);
  console.log('');
  /** @param {string} label @param {number[]} values */
  const row = (label, values) =>
    console.log(
      `${label.padEnd(44)} ${median(values).toFixed(1).padStart(7)} ms   (${spread(values)})`,
    );
  row(
    'first render (parse + render + commit)',
    renders.map((r) => r.commit),
  );
  row(
    'first render incl. style and layout',
    renders.map((r) => r.total),
  );
  row('  of which parseCurriculum', parses);
  row(
    'one topic status change (render + commit)',
    updates.map((r) => r.commit),
  );
  row(
    'one topic status change incl. layout',
    updates.map((r) => r.total),
  );
} finally {
  await browser.close();
  server.close();
}
