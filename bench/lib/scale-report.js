// @ts-check
// The scale series' part of BENCHMARKS.md: each figure at 100 / 1,000 / 5,000 / 10,000 topics, the
// growth between sizes, and the targets with verdicts computed from the medians.
import { SCALE_SIZES, SCALE_SUBJECTS } from './scale.js';
import { summarize } from './stats.js';

/** @typedef {import('./browser-runs.js').Run} Run */

const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const MB = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const per = (/** @type {number} */ value) => value.toFixed(2);
const times = (/** @type {number} */ ratio) =>
  Number.isFinite(ratio) ? `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×` : '–';
const size = (/** @type {number} */ topics) => topics.toLocaleString('en-US');

/**
 * @typedef {object} ScaleFigure
 * @property {string} title
 * @property {string} about
 * @property {(run: Run, topics: number) => number[]} pick
 * @property {(value: number) => string} unit
 */

/** @type {ScaleFigure[]} */
const FIGURES = [
  {
    title: 'First screen, to paint',
    about:
      'From just before `createRoot` + `render` to the end of the first frame after it: what a reader sees first. For a page that builds everything in one go, the same as the next figure.',
    pick: (run) => [run.firstScreen],
    unit: ms,
  },
  {
    title: 'Whole roadmap built, to paint',
    about:
      'The same start to the first frame that shows every topic’s control (or line): the first screen plus whatever is built after it.',
    pick: (run) => [run.firstPaint],
    unit: ms,
  },
  {
    title: 'Longest task while the rest is built',
    about:
      'The longest main-thread task (Long Tasks API: 50 ms or more; 0 when none) that began after the first screen was painted and before the whole roadmap was: how long input could wait while the page fills in. Only a page that builds in steps has any.',
    pick: (run) => [run.fillLongest],
    unit: ms,
  },
  {
    title: 'One status change: JavaScript until React has committed',
    about: 'Four changes per run (two topics done, then back), each timed on its own.',
    pick: (run) => run.updateCommit,
    unit: ms,
  },
  {
    title: 'One status change, to paint',
    about: 'The same changes, to the end of the first frame that shows them.',
    pick: (run) => run.updatePaint,
    unit: ms,
  },
  {
    title: 'JS heap after render',
    about: 'Live heap after a full garbage collection, once the page is quiet.',
    pick: (run) => [run.heapAfter],
    unit: MB,
  },
  {
    title: 'DOM elements per topic',
    about:
      'Every element in the page once it is built, divided by the number of topics. Ours: per topic its row, a title button (the disclosure of its details), the hours as the row’s own text, a status menu button and, on a locked topic, the “Waiting for …” line that describes that button; per module a heading, a summary and the list, with no wrapper (the rule above a module is its heading’s border). Each of these is operable, announced or read; the chevron and the menu’s check mark are pseudo-elements.',
    pick: (run, topics) => [run.elements / topics],
    unit: per,
  },
];

/**
 * The scale series as Markdown lines, with its targets.
 * @param {object} options
 * @param {Record<string, Record<number, Run[]>>} options.runs
 * @param {number[]} options.loads the 1-minute load average as each round began
 * @param {Record<string, string>} options.names subject names by id
 * @param {(header: string[], rows: string[][], align?: ('l' | 'r')[]) => string} options.table
 * @param {(value: number, limit: number, unit: (value: number) => string) => string} options.verdict
 * @param {{ totalBlockingTime: number, longestTask: number, runs: number }} options.lighthouse
 */
export function renderScale({ runs, loads, names, table, verdict, lighthouse }) {
  /** @param {string} id @param {number} topics @param {ScaleFigure} figure */
  const stats = (id, topics, figure) =>
    summarize((runs[id]?.[topics] ?? []).flatMap((run) => figure.pick(run, topics)));
  const rounds = runs.trailmark?.[SCALE_SIZES[0]]?.length ?? 0;
  /** @type {string[]} */
  const lines = [
    '## Scale: 100 to 10,000 topics',
    '',
    `The same generated roadmap at four sizes (\`?topics=\` on each subject's page; 5 levels, modules of 10, every level open), ${rounds} runs per subject and size after one warm-up run, each in a new browser context, the 1,000-topic Ant Design page left out to keep the run short. Load average as the rounds began: ${loads.map((load) => load.toFixed(2)).join(' / ')}. Medians; the last two columns are the growth from 1,000 to 10,000 topics and from 100 to 10,000 (10× and 100× the topics).`,
    '',
  ];
  for (const figure of FIGURES) {
    lines.push(`### ${figure.title}`, '', figure.about, '');
    const rows = SCALE_SUBJECTS.map((id) => {
      const medians = SCALE_SIZES.map((topics) => stats(id, topics, figure).median);
      const [small = 0, thousand = 0, , large = 0] = medians;
      return [
        names[id] ?? id,
        ...medians.map(figure.unit),
        times(large / thousand),
        times(large / small),
      ];
    });
    lines.push(
      table(['subject', ...SCALE_SIZES.map(size), '1k → 10k', '100 → 10k'], rows, [
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
        'r',
      ]),
      '',
    );
  }

  const [update] = FIGURES.filter((figure) => figure.title.startsWith('One status change: J'));
  const [screen] = FIGURES.filter((figure) => figure.title === 'First screen, to paint');
  const [longest] = FIGURES.filter((figure) => figure.title.startsWith('Longest task'));
  if (!update || !screen || !longest) throw new Error('scale figures are missing');
  const change1k = stats('trailmark', 1000, update).median;
  const change10k = stats('trailmark', 10000, update).median;
  const noise = Math.max(0.5, change1k * 0.25);
  const screen100 = stats('trailmark', 100, screen).median;
  const screen10k = stats('trailmark', 10000, screen).median;
  const fill10k = stats('trailmark', 10000, longest).max;
  const targets = [
    [
      'One status change under 5 ms of JavaScript at 1,000 topics',
      ms(change1k),
      '< 5.0 ms',
      verdict(change1k, 5, ms),
    ],
    [
      'One status change under 5 ms of JavaScript at 10,000 topics',
      ms(change10k),
      '< 5.0 ms',
      verdict(change10k, 5, ms),
    ],
    [
      'The same cost at 10,000 as at 1,000, within noise (¼ of the 1,000 figure, at least 0.5 ms)',
      `${ms(change10k)} vs ${ms(change1k)}`,
      `≤ ${ms(change1k + noise)}`,
      verdict(change10k, change1k + noise, ms),
    ],
    [
      'First screen of 10,000 topics painted in at most 2× the time of 100 topics',
      `${ms(screen10k)} vs ${ms(screen100)}`,
      `≤ ${ms(screen100 * 2)}`,
      verdict(screen10k, screen100 * 2, ms),
    ],
    [
      'No task over 50 ms while 10,000 topics fill in (longest in any run)',
      ms(fill10k),
      '≤ 50.0 ms',
      verdict(fill10k, 50, ms),
    ],
    [
      `Demo home page on a 4× slowed CPU: total blocking time under 200 ms (Lighthouse mobile, median of ${lighthouse.runs})`,
      ms(lighthouse.totalBlockingTime),
      '< 200.0 ms',
      verdict(lighthouse.totalBlockingTime, 200, ms),
    ],
    [
      'Demo home page on a 4× slowed CPU: no task over 100 ms (Lighthouse’s longest, median)',
      ms(lighthouse.longestTask),
      '≤ 100.0 ms',
      verdict(lighthouse.longestTask, 100, ms),
    ],
  ];
  lines.push(
    '### Targets at scale',
    '',
    table(['target', 'ours (median)', 'limit', 'verdict'], targets),
    '',
    '### How the first screen comes first, and why this way',
    '',
    'Measured before choosing: most of a long roadmap’s first render was JavaScript (React building rows), not Chromium’s style, layout and paint, which `content-visibility: auto` on each module’s topic list already kept to what is on screen. Windowing with `hidden="until-found"` keeps every row in the DOM, so it still pays that JavaScript before the first paint; only not building the rows yet makes the first paint independent of the roadmap’s size. So in the browser `RoadmapTimeline` renders about 40 topics (whole modules, shared by the open levels in order) in its first render, then builds the remaining modules in steps while the page is idle (`requestIdleCallback`), each step sized from the measured cost per topic to take about 12 ms of React work. The server renders every topic, hydration keeps them all, in one pass (a Suspense boundary per module, to hydrate in short tasks, was tried and removed: on React 18 an update from the provider reaching a boundary still hydrating made React render it again, error #421), `beforeprint` builds the rest at once, and find-in-page and the Tab order reach every topic once it is built. Functional tests (never timed) cover each path: the first render’s 40 topics then all in order (`LevelCard/moduleFill.test.tsx`), print, server markup and hydration of a 600-topic roadmap (`hydration.test.tsx`), Tab, find-in-page and print media after filling in (`LevelCard/offscreen.browser.test.tsx`).',
    '',
  );
  /** @type {string[]} */
  const why = [];
  if (change1k >= 5 || change10k >= 5 || change10k > change1k + noise) {
    why.push(
      `- **Status change**: ${ms(change1k)} at 1,000 and ${ms(change10k)} at 10,000 topics. What a change runs is the same at both sizes (the index compares the progress entries that differ, recomputes the changed topic's row, the rows it unlocks or locks and its level's counts, and React re-renders those); what remains is React's fixed cost per commit and noise from the machine's load.`,
    );
  }
  if (screen10k > screen100 * 2) {
    why.push(
      `- **First screen**: ${ms(screen10k)} at 10,000 against ${ms(screen100)} at 100 topics. The rows rendered are the same 40; what still grows with the roadmap is work done once per curriculum before the first paint: the provider's topic index (\`indexTopics\`), the study order (\`topologicalOrder\`, which builds the prerequisite graph) and each level's totals, and a larger heap to collect.`,
    );
  }
  if (fill10k > 50) {
    why.push(
      `- **Filling in**: a task of ${ms(fill10k)} in at least one 10,000-topic run. Steps aim at 12 ms of React work, but a step's task can also hold a garbage collection of the larger heap, and on a machine this loaded a task's wall time stretches while other processes hold the CPU.`,
    );
  }
  if (lighthouse.totalBlockingTime >= 200 || lighthouse.longestTask > 100) {
    why.push(
      `- **Demo**: total blocking time ${ms(lighthouse.totalBlockingTime)}, longest task ${ms(lighthouse.longestTask)}. What remains over 100 ms is the first style and layout of the prerendered page (not JavaScript) and evaluating React DOM: the site evaluates its modules in separate tasks, its page parts read the progress each in its own hydration boundary, and the built-in roadmap is no longer validated in the browser (\`@trailmark/curriculum\` checks it when the package is built and ships it parsed, as JSON text that \`parseCurriculum\` and \`CurriculumProvider\` take as is).`,
    );
  }
  if (why.length > 0) lines.push('### Why targets are missed', '', ...why, '');
  return lines;
}
