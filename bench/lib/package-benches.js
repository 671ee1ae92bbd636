// @ts-check
// Runs the benchmarks other packages already have, through their own npm scripts, and reads
// their printed figures: @trailmark/curriculum's parse bench and the demo's Lighthouse run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Runs a command in the repository quietly and returns what it printed; fails with its output.
 * @param {string} command
 * @param {string} repoRoot
 * @param {string[]} args
 */
async function exec(command, repoRoot, args) {
  try {
    const { stdout } = await promisify(execFile)(command, args, {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (
      error
    );
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

/**
 * `npm run --silent <args>` at the repository root.
 * @param {string} repoRoot
 * @param {string[]} args
 */
const npm = (repoRoot, args) => exec('npm', repoRoot, ['run', '--silent', ...args]);

/**
 * `npx <args>` at the repository root.
 * @param {string} repoRoot
 * @param {string[]} args
 */
export const npx = (repoRoot, args) => exec('npx', repoRoot, args);

/**
 * @typedef {object} ParseRow
 * @property {number} topics
 * @property {number} bytes
 * @property {number} runs
 * @property {number} median ms
 * @property {number} p75 ms
 * @property {number} min ms
 * @property {number} cpu median CPU ms
 */

/**
 * @typedef {object} LayoutRow
 * @property {string} name the curriculum: built-in (with its locale) or generated
 * @property {number} topics
 * @property {number} edges
 * @property {number} runs
 * @property {number} median ms
 * @property {number} p75 ms
 * @property {number} min ms
 * @property {number} cpu median CPU ms
 */

/**
 * The rows `bench/layout.bench.js` prints after the parse bench: a name, then eight figures.
 * @param {string} stdout
 * @returns {LayoutRow[]}
 */
function layoutRows(stdout) {
  const row =
    /^(built-in .+?|generated \d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms\s+[\d.]+ µs\s*$/;
  return stdout.split('\n').flatMap((line) => {
    const match = row.exec(line);
    if (!match) return [];
    const [topics, edges, runs, median, p75, min, cpu] = match.slice(2).map(Number);
    return [
      {
        name: match[1] ?? '',
        topics: topics ?? 0,
        edges: edges ?? 0,
        runs: runs ?? 0,
        median: median ?? 0,
        p75: p75 ?? 0,
        min: min ?? 0,
        cpu: cpu ?? 0,
      },
    ];
  });
}

/**
 * `npm run bench -w @trailmark/curriculum`: parseCurriculum on 100, 1,000 and 10,000 topics, then
 * layoutRoadmap on the built-in roadmap and on 100 to 5,000 generated topics.
 * @param {string} repoRoot
 * @returns {Promise<{ parse: ParseRow[], layout: LayoutRow[] }>}
 */
export async function runParseBench(repoRoot) {
  const stdout = await npm(repoRoot, ['bench', '-w', '@trailmark/curriculum']);
  /** @type {ParseRow[]} */
  const rows = [];
  const row =
    /^\s*(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms\s*$/;
  for (const line of stdout.split('\n')) {
    const match = row.exec(line);
    if (!match) continue;
    const [topics, bytes, runs, median, p75, min, cpu] = match.slice(1).map(Number);
    rows.push({
      topics: topics ?? 0,
      bytes: bytes ?? 0,
      runs: runs ?? 0,
      median: median ?? 0,
      p75: p75 ?? 0,
      min: min ?? 0,
      cpu: cpu ?? 0,
    });
  }
  const sizes = rows.map((entry) => entry.topics).join(', ');
  if (sizes !== '100, 1000, 10000') {
    throw new Error(
      `the curriculum bench printed rows for [${sizes}] topics, expected 100, 1000, 10000:\n${stdout}`,
    );
  }
  const layout = layoutRows(stdout);
  if (layout.length === 0)
    throw new Error(`the curriculum bench printed no layout rows:\n${stdout}`);
  return { parse: rows, layout };
}

/** The four Lighthouse categories, as the demo's script prints them. */
export const LIGHTHOUSE_CATEGORIES = /** @type {const} */ ([
  'performance',
  'accessibility',
  'best-practices',
  'seo',
]);

/**
 * `npm run lighthouse -w @trailmark/demo -- --path / --runs <runs>`: median scores of the roadmap
 * page (mobile emulation), and the audits that cost points.
 * @param {string} repoRoot
 * @param {number} runs
 */
export async function runLighthouse(repoRoot, runs) {
  const stdout = await npm(repoRoot, [
    'lighthouse',
    '-w',
    '@trailmark/demo',
    '--',
    '--path',
    '/',
    '--runs',
    String(runs),
  ]);
  const header = /^Lighthouse (\S+), mobile emulation, (\S+) \(median of (\d+)\):$/m.exec(stdout);
  if (!header) throw new Error(`no Lighthouse summary in the demo script's output:\n${stdout}`);
  /** @type {Record<string, number>} */
  const scores = {};
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const match = new RegExp(`^\\s+${category}\\s+(\\d+)$`, 'm').exec(stdout);
    if (!match) throw new Error(`no ${category} score in the demo script's output:\n${stdout}`);
    scores[category] = Number(match[1]);
  }
  const lost = stdout
    .split('\n')
    .filter((line) => line.startsWith('  - '))
    .map((line) => line.slice(4));
  const main = /^Main thread: total blocking time (\d+) ms, longest task (\d+) ms/m.exec(stdout);
  if (!main) throw new Error(`no main-thread figures in the demo script's output:\n${stdout}`);
  return {
    version: header[1] ?? '',
    runs: Number(header[3]),
    scores,
    lost,
    totalBlockingTime: Number(main[1]),
    longestTask: Number(main[2]),
  };
}
