// @ts-check
// npm run bench: builds what it measures, runs every benchmark side by side and writes
// BENCHMARKS.md at the repository root. See README.md for what each figure means.
//
//   npm run bench -w @trailmark/bench                      # the full run, writes BENCHMARKS.md
//   npm run bench -w @trailmark/bench -- --rounds 2 --out /tmp/b.md   # a quick look elsewhere
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath, launchChromium } from '../scripts/lib/chromium.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { measureSubjects } from './lib/browser-runs.js';
import { measureEmbedding } from './lib/embed-size.js';
import { describeMachine, gitState, installedVersions, loadAverage } from './lib/machine.js';
import { npx, runLighthouse, runParseBench } from './lib/package-benches.js';
import { assetSizes, buildPages, SUBJECTS } from './lib/pages.js';
import { renderReport } from './lib/report.js';
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
  },
});
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
  browserResults = {
    measured,
    loadAtBrowserEnd,
    traces,
    scale,
    embedding,
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

const { measured, loadAtBrowserEnd, traces, scale, embedding, chromium } = browserResults;
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
await writeFile(out, report);
console.log(`\nWrote ${relative(process.cwd(), out) || out}.`);
