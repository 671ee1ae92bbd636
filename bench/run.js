// @ts-check
// npm run bench: builds what it measures, runs every benchmark side by side and writes
// BENCHMARKS.md at the repository root. See README.md for what each figure means.
//
//   npm run bench -w @trailmark/bench                      # the full run, writes BENCHMARKS.md
//   npm run bench -w @trailmark/bench -- --rounds 2 --out /tmp/b.md   # a quick look elsewhere
//   npm run bench -w @trailmark/bench -- --only map   # only the map's part: its section of the file
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath, launchChromium } from '../scripts/lib/chromium.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { measureSubjects } from './lib/browser-runs.js';
import { measureEmbedding } from './lib/embed-size.js';
import { describeMachine, gitState, installedVersions, loadAverage } from './lib/machine.js';
import { MAP_SUBJECTS, measureMap, renderMap, withMapSection } from './lib/map.js';
import { npx, runLighthouse, runParseBench } from './lib/package-benches.js';
import { assetSizes, buildMapPages, buildPages, SUBJECTS } from './lib/pages.js';
import { pageBytes, renderReport, table, verdict } from './lib/report.js';
import { measureScale, SCALE_SIZES } from './lib/scale.js';
import { traceSubjects } from './lib/trace.js';

/**
 * Runs one named step, printing its name and how long it took.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} action
 */
async function step(name, action) {
  console.log(`▶ ${name}`);
  const begun = performance.now();
  const result = await action();
  console.log(`✓ ${name} (${((performance.now() - begun) / 1000).toFixed(1)} s)`);
  return result;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const defaultOut = join(repoRoot, 'BENCHMARKS.md');
const MIN_ROUNDS = 5;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    out: { type: 'string', default: defaultOut },
    'lighthouse-runs': { type: 'string', default: '3' },
    'scale-rounds': { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
if (args.only !== undefined && args.only !== 'map') {
  throw new Error(`--only takes "map" (the map's part alone), not ${args.only}`);
}
const scaleRounds = Number(args['scale-rounds']);
if (!Number.isInteger(scaleRounds) || scaleRounds < 1) {
  throw new Error(`--scale-rounds must be ≥ 1, not ${args['scale-rounds']}`);
}
const rounds = Number(args.rounds);
const lighthouseRuns = Number(args['lighthouse-runs']);
const out = resolve(args.out);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be ≥ 1, not ${args.rounds}`);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  throw new Error(`--lighthouse-runs must be ≥ 1, not ${args['lighthouse-runs']}`);
}
// BENCHMARKS.md only ever holds a full run.
if (out === defaultOut && rounds < MIN_ROUNDS) {
  throw new Error(`BENCHMARKS.md needs at least ${MIN_ROUNDS} rounds; write fewer with --out`);
}

chromiumPath(); // fails early, with the install hint, when there is no Chromium
const started = new Date();
const loadAtStart = loadAverage();
const workDir = join(tmpdir(), 'trailmark-bench');
await rm(workDir, { recursive: true, force: true });
await mkdir(workDir, { recursive: true });

await step('Build the packages and the demo (turbo, cached when unchanged)', () =>
  npx(repoRoot, [
    'turbo',
    'run',
    'build',
    '--filter=@trailmark/demo...',
    '--output-logs=errors-only',
  ]),
);
const pagesDir = join(workDir, 'pages');
await step('Build the map pages (Vite, production)', () => buildMapPages(pagesDir, MAP_SUBJECTS));
const MAP_VERSIONS = ['react', 'react-dom', '@xyflow/react', '@dagrejs/dagre'];

/**
 * The map's part in Chromium: its section of BENCHMARKS.md.
 * @param {import('playwright').Browser} browser
 * @param {string} baseUrl
 * @param {string} command
 */
async function mapSection(browser, baseUrl, command) {
  const map = await step(
    `Map: RoadmapMap against React Flow + dagre (1 warm-up + ${rounds} rounds, then ${scaleRounds} of the scale series)`,
    () => measureMap({ browser, baseUrl, rounds, scaleRounds }),
  );
  /** @type {Record<string, Awaited<ReturnType<typeof assetSizes>>>} */
  const mapOwn = {};
  for (const subject of MAP_SUBJECTS) {
    mapOwn[subject.id] = await assetSizes(join(pagesDir, subject.id, 'own'));
  }
  const mapComponents = await assetSizes(join(pagesDir, 'trailmark-map', 'components'));
  return renderMap(map, {
    own: mapOwn,
    components: mapComponents,
    table,
    verdict,
    pageBytes,
    command,
    rounds,
    scaleRounds,
    load: { start: loadAtStart, end: loadAverage() },
    versions: installedVersions(repoRoot, MAP_VERSIONS),
    date: started.toISOString(),
  });
}

if (args.only === 'map') {
  const browser = await launchChromium();
  const server = await serveStatic(pagesDir);
  let section;
  try {
    section = await mapSection(
      browser,
      server.url,
      `npm run bench -w @trailmark/bench -- --only map --rounds ${rounds} --scale-rounds ${scaleRounds}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  const previous = await readFile(out, 'utf8').catch(() => '');
  await writeFile(out, withMapSection(previous, section));
  console.log(`\nWrote the Map section of ${relative(process.cwd(), out) || out}.`);
  process.exit(0);
}

await step('Build the subject pages (Vite, production)', () => buildPages(pagesDir));
/** @type {Record<string, Awaited<ReturnType<typeof assetSizes>>>} */
const own = {};
for (const subject of SUBJECTS)
  own[subject.id] = await assetSizes(join(pagesDir, subject.id, 'own'));
const components = await assetSizes(join(pagesDir, 'trailmark', 'components'));

const browser = await launchChromium();
const server = await serveStatic(pagesDir);
const loadAtBrowserStart = loadAverage();
let browserResults;
try {
  const measured = await step(`Subjects in Chromium (1 warm-up + ${rounds} rounds)`, () =>
    measureSubjects({ browser, baseUrl: server.url, subjects: SUBJECTS, rounds, warmup: 1 }),
  );
  const loadAtBrowserEnd = loadAverage();
  const traces = await step('One traced run per subject (where the time goes)', () =>
    traceSubjects({ browser, baseUrl: server.url, subjects: SUBJECTS }),
  );
  const scale = await step(
    `Scale series: ${SCALE_SIZES.join(' / ')} topics (1 warm-up + ${scaleRounds} rounds)`,
    () => measureScale({ browser, baseUrl: server.url, rounds: scaleRounds }),
  );
  const embedding = await step('Embed script against the iframe page', () =>
    measureEmbedding({ browser, repoRoot, workDir }),
  );
  const map = await mapSection(
    browser,
    server.url,
    out === defaultOut
      ? 'npm run bench -w @trailmark/bench'
      : `npm run bench -w @trailmark/bench -- --rounds ${rounds} --scale-rounds ${scaleRounds}`,
  );
  browserResults = {
    measured,
    loadAtBrowserEnd,
    traces,
    scale,
    embedding,
    map,
    chromium: browser.version(),
  };
} finally {
  await browser.close();
  await server.close();
}

// Node-only work after the browser is gone, Lighthouse last: it loads the machine the most.
const { parse, layout } = await step(
  'parseCurriculum and layoutRoadmap benches (@trailmark/curriculum)',
  () => runParseBench(repoRoot),
);
const lighthouse = await step(`Demo Lighthouse (${lighthouseRuns} runs)`, () =>
  runLighthouse(repoRoot, lighthouseRuns),
);

const { measured, loadAtBrowserEnd, traces, scale, embedding, map, chromium } = browserResults;
const report = renderReport({
  date: started.toISOString(),
  minutes: (Date.now() - started.getTime()) / 60_000,
  command:
    out === defaultOut
      ? 'npm run bench -w @trailmark/bench'
      : `npm run bench -w @trailmark/bench -- --rounds ${rounds} --scale-rounds ${scaleRounds}`,
  options: { rounds, warmup: 1, lighthouseRuns },
  machine: describeMachine(),
  load: {
    start: loadAtStart,
    browserStart: loadAtBrowserStart,
    browserEnd: loadAtBrowserEnd,
    end: loadAverage(),
  },
  versions: installedVersions(repoRoot, [
    'react',
    'react-dom',
    'react-chrono',
    '@mui/lab',
    '@mui/material',
    '@emotion/react',
    '@emotion/styled',
    'antd',
    '@xyflow/react',
    '@dagrejs/dagre',
    'vite',
    'playwright',
    'lighthouse',
  ]),
  chromium,
  chromiumPath: chromiumPath(),
  git: gitState(repoRoot, ['packages', 'apps/demo', 'bench']),
  subjects: SUBJECTS,
  runs: measured.runs,
  loaded: measured.loaded,
  roundLoads: measured.loads,
  traces,
  own,
  components,
  parse,
  layout,
  embedding,
  lighthouse,
  scale,
});
await writeFile(out, withMapSection(report, map));
console.log(`\nWrote ${relative(process.cwd(), out) || out}.`);
