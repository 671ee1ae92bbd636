// @ts-check
// The scale series: each subject at 100, 1,000, 5,000 and 10,000 topics (`?topics=` on its page),
// a fresh browser context per run, sizes and subjects taken in turn.
import { loadavg } from 'node:os';
import { runOnce } from './browser-runs.js';

/** The roadmap sizes of the series. */
export const SCALE_SIZES = /** @type {const} */ ([100, 1000, 5000, 10000]);

/** The subjects of the series (the peers; Ant Design is measured at 1,000 only). */
export const SCALE_SUBJECTS = /** @type {const} */ ([
  'trailmark',
  'react-chrono',
  'mui-lab',
  'plain-react',
]);

/**
 * Runs every subject at every size `rounds` times (after one warm-up round at 1,000 topics).
 * @param {object} options
 * @param {import('playwright').Browser} options.browser
 * @param {string} options.baseUrl where pages/<id>/ are served (as `<id>/page/`)
 * @param {number} options.rounds
 * @returns {Promise<{ runs: Record<string, Record<number, import('./browser-runs.js').Run[]>>, loads: number[] }>}
 */
export async function measureScale({ browser, baseUrl, rounds }) {
  /** @type {Record<string, Record<number, import('./browser-runs.js').Run[]>>} */
  const runs = Object.fromEntries(
    SCALE_SUBJECTS.map((id) => [id, Object.fromEntries(SCALE_SIZES.map((size) => [size, []]))]),
  );
  /** @type {number[]} */
  const loads = [];
  for (const id of SCALE_SUBJECTS) {
    await runOnce(browser, `${baseUrl}/${id}/page/`, 0, false, { mountTwice: false });
  }
  for (let round = 0; round < rounds; round++) {
    loads.push(loadavg()[0] ?? 0);
    for (const size of SCALE_SIZES) {
      process.stdout.write(`  round ${round + 1}, ${size} topics:`);
      for (let turn = 0; turn < SCALE_SUBJECTS.length; turn++) {
        const id = SCALE_SUBJECTS[(turn + round) % SCALE_SUBJECTS.length] ?? 'trailmark';
        const { run } = await runOnce(browser, `${baseUrl}/${id}/page/`, round, false, {
          topics: size,
          mountTwice: false,
        });
        process.stdout.write(
          ` ${id} ${run.firstScreen.toFixed(0)}/${run.firstPaint.toFixed(0)} ms`,
        );
        runs[id]?.[size]?.push(run);
      }
      process.stdout.write('\n');
    }
  }
  return { runs, loads };
}
