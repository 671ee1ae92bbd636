/**
 * Lighthouse on the built site, the way the issue asks for it: the roadmap page, mobile emulation
 * (Lighthouse's default: a mid-range phone, slow 4G, 4x CPU slowdown), in the local Chromium.
 *
 *   npm run lighthouse -w @trailmark/demo                   # prints the four scores
 *   npm run lighthouse -w @trailmark/demo -- --write        # and records them in README.md
 *   npm run lighthouse -w @trailmark/demo -- --path / --path /zh-CN/ --runs 1 --json /tmp/lhr.json
 *
 * It serves dist/ itself (vite preview on a free port) and reports, per page, the median of `--runs`
 * runs (default 3), with every audit that cost points so they can be fixed.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = path.join(root, 'README.md');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { values: args } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    path: { type: 'string', multiple: true, default: ['/'] },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${args.runs}`);

let chromePath = '';
try {
  chromePath = chromiumPath();
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error('lighthouse: dist/ is missing; run `npm run build -w @trailmark/demo` first.');
  process.exit(1);
}

/**
 * A Markdown table with padded columns, as the repository's formatter writes it.
 * @param {string[][]} rows the header row first
 */
function markdownTable(rows) {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(3, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)];
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const server = await preview({
  root,
  logLevel: 'silent',
  preview: { port: 0, strictPort: false, host: '127.0.0.1' },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('the preview server has no port');
const origin = `http://127.0.0.1:${address.port}`;

const chrome = await launch({
  chromePath,
  chromeFlags: [
    ...CHROMIUM_ARGS,
    // English, so the page is not sent on to /zh-CN by the language preference.
    '--lang=en-US',
  ],
});

/** @type {Array<{ path: string, scores: Record<string, number> }>} */
const results = [];
let lighthouseVersion = '';
try {
  for (const pagePath of args.path) {
    const url = `${origin}${pagePath}`;
    /** @type {Record<string, number[]>} */
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, []]));
    /** @type {Map<string, string>} */
    const lost = new Map();
    /** @type {{ tbt: number[], longest: number[] }} the main thread while the page starts, in ms */
    const blocking = { tbt: [], longest: [] };
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      lighthouseVersion = lhr.lighthouseVersion;
      // The full report of the last run, for digging into what a score is made of.
      if (args.json) await writeFile(args.json, JSON.stringify(lhr, null, 2));
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        scores[id]?.push(Math.round((category?.score ?? 0) * 100));
        for (const ref of category?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            const value = audit.displayValue ? ` (${audit.displayValue})` : '';
            lost.set(ref.id, `${id}: ${audit.title}${value}`);
          }
        }
      }
      blocking.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? 0);
      const tasks = /** @type {{ items?: { duration?: number }[] } | undefined} */ (
        lhr.audits['long-tasks']?.details
      );
      blocking.longest.push(Math.max(0, ...(tasks?.items ?? []).map((task) => task.duration ?? 0)));
      const line = CATEGORIES.map((id) => `${id} ${scores[id]?.at(-1)}`).join(', ');
      console.log(`${pagePath} run ${run}/${runs}: ${line}`);
    }
    const summary = Object.fromEntries(CATEGORIES.map((id) => [id, median(scores[id] ?? [])]));
    results.push({ path: pagePath, scores: summary });
    console.log(`\nLighthouse ${lighthouseVersion}, mobile emulation, ${url} (median of ${runs}):`);
    for (const id of CATEGORIES) console.log(`  ${id.padEnd(15)} ${summary[id]}`);
    console.log(
      `Main thread: total blocking time ${Math.round(median(blocking.tbt))} ms, longest task ${Math.round(median(blocking.longest))} ms (medians)`,
    );
    if (lost.size > 0) {
      console.log('Audits that cost points in at least one run:');
      for (const line of lost.values()) console.log(`  - ${line}`);
    }
    console.log('');
  }
} finally {
  chrome.kill();
  await server.close();
}

if (args.write) {
  const date = new Date().toISOString().slice(0, 10);
  const paths = args.path.map((pagePath) => ` --path ${pagePath}`).join('');
  const command = `npm run lighthouse -w @trailmark/demo -- --write${paths}${runs === 3 ? '' : ` --runs ${runs}`}`;
  const section = [
    START,
    ...markdownTable([
      ['page (mobile)', 'performance', 'accessibility', 'best practices', 'SEO'],
      ...results.map(({ path: pagePath, scores }) => [
        `\`${pagePath}\``,
        ...CATEGORIES.map((id) => String(scores[id])),
      ]),
    ]),
    '',
    `Lighthouse ${lighthouseVersion}, default mobile emulation (slow 4G, 4x CPU slowdown), Chromium at \`${chromePath}\`, median of ${runs} runs per page, measured ${date} with \`${command}\`.`,
    END,
  ].join('\n');
  const text = await readFile(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`README.md has no ${START} … ${END} section to update`);
  }
  await writeFile(readme, `${text.slice(0, start)}${section}${text.slice(end + END.length)}`);
  console.log(`Wrote the scores to ${path.relative(process.cwd(), readme)}.`);
}
