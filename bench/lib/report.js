// @ts-check
// Writes BENCHMARKS.md from the measured figures. Every number and every verdict is computed
// here from the run's data; the fixed text only explains the method and what each figure means.
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import { LIGHTHOUSE_CATEGORIES } from './package-benches.js';
import { renderScale } from './scale-report.js';
import { summarize } from './stats.js';
import { PHASES } from './trace.js';

/** @typedef {import('./stats.js').Summary} Summary */
/** @typedef {import('./pages.js').Subject} Subject */
/** @typedef {import('./browser-runs.js').Run} Run */
/** @typedef {import('./browser-runs.js').Loaded} Loaded */
/** @typedef {{ js: number, css: number, jsRaw: number, cssRaw: number }} Sizes */

/**
 * @typedef {object} Results
 * @property {string} date ISO timestamp of the start
 * @property {number} minutes how long the whole run took
 * @property {string} command
 * @property {{ rounds: number, warmup: number, lighthouseRuns: number }} options
 * @property {ReturnType<typeof import('./machine.js').describeMachine>} machine
 * @property {{ start: number[], browserStart: number[], browserEnd: number[], end: number[] }} load
 * @property {Record<string, string>} versions
 * @property {string} chromium
 * @property {string} chromiumPath
 * @property {{ commit: string, dirty: string[] }} git
 * @property {readonly Subject[]} subjects
 * @property {Record<string, Run[]>} runs
 * @property {Record<string, Loaded>} loaded
 * @property {number[]} roundLoads the 1-minute load average as each measured round began
 * @property {Record<string, { first: import('./trace.js').Breakdown, update: import('./trace.js').Breakdown }>} traces
 * @property {Record<string, Sizes>} own
 * @property {Sizes} components our own code without the curriculum SDK and zod
 * @property {import('./package-benches.js').ParseRow[]} parse
 * @property {import('./package-benches.js').LayoutRow[]} layout
 * @property {Awaited<ReturnType<typeof import('./embed-size.js').measureEmbedding>>} embedding
 * @property {Awaited<ReturnType<typeof import('./package-benches.js').runLighthouse>>} lighthouse
 * @property {Awaited<ReturnType<typeof import('./scale.js').measureScale>>} scale
 */

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const count = (/** @type {number} */ value) => Math.round(value).toLocaleString('en-US');
const times = (/** @type {number} */ ratio) =>
  `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
const loadText = (/** @type {number[]} */ load) =>
  load.map((value) => value.toFixed(2)).join(' / ');

/**
 * A Markdown table with padded columns, as the repository's formatter writes them.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} [align]
 */
export function table(header, rows, align = []) {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(3, ...all.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells
      .map((cell, column) =>
        align[column] === 'r'
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join(' | ')} |`;
  const rule = widths.map((width, column) =>
    align[column] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * The metrics taken per run, lower is better for all of them.
 * @type {{ key: string, title: string, unit: (value: number) => string, pick: (run: Run) => number[], about: string }[]}
 */
const METRICS = [
  {
    key: 'firstScreen',
    title: 'First render: first screen, to paint (cold page)',
    unit: ms,
    pick: (run) => [run.firstScreen],
    about:
      'From just before `createRoot` + `root.render` (in `flushSync`) to the end of the first frame after it, in a page that has never rendered before (cold JIT, cold caches): what the reader sees first.',
  },
  {
    key: 'firstPaint',
    title: 'First render: whole roadmap built, to paint',
    unit: ms,
    pick: (run) => [run.firstPaint],
    about:
      'The same start to the end of the first frame that shows every topic: the same frame as the first screen for a page that builds everything at once; later for ours, which builds what is off screen after the first paint, in idle steps.',
  },
  {
    key: 'firstCommit',
    title: 'First render: JavaScript until React has committed',
    unit: ms,
    pick: (run) => [run.firstCommit],
    about:
      'The same start, until `flushSync` returns: rendering and committing the DOM, without Chromium’s style, layout and paint.',
  },
  {
    key: 'remountPaint',
    title: 'Second render in the same page, to paint (warm)',
    unit: ms,
    pick: (run) => [run.remountPaint],
    about:
      'After the status changes the roadmap is unmounted and mounted again in the same page: the cost without cold-start work (JIT compilation, first use of `Intl`, style sheet parsing).',
  },
  {
    key: 'updatePaint',
    title: 'One topic’s status change, to paint',
    unit: ms,
    pick: (run) => run.updatePaint,
    about:
      'Four changes per run (two topics set done, then back), each from the state update to the end of the frame that shows it.',
  },
  {
    key: 'updateCommit',
    title: 'Status change: JavaScript until React has committed',
    unit: ms,
    pick: (run) => run.updateCommit,
    about: 'The same changes until `flushSync` returns.',
  },
  {
    key: 'heapAfter',
    title: 'JS heap after render',
    unit: MB,
    pick: (run) => [run.heapAfter],
    about:
      'Live JS heap of the page (CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`), once the DOM has been quiet for 300 ms after the first render: library code, data and what the render keeps.',
  },
  {
    key: 'heapAdded',
    title: 'JS heap added by the render',
    unit: MB,
    pick: (run) => [run.heapAfter - run.heapBefore],
    about: 'The same, minus the heap of the loaded page before rendering (also after a full GC).',
  },
  {
    key: 'elements',
    title: 'DOM elements in the page',
    unit: count,
    pick: (run) => [run.elements],
    about:
      '`document.getElementsByTagName("*").length` after the first render, style elements a library injects included.',
  },
];

/**
 * Median and spread of every metric for every subject.
 * @param {Results} results
 */
function summaries(results) {
  /** @type {Record<string, Record<string, Summary>>} */
  const out = {};
  for (const metric of METRICS) {
    out[metric.key] = Object.fromEntries(
      results.subjects.map((subject) => [
        subject.id,
        summarize((results.runs[subject.id] ?? []).flatMap(metric.pick)),
      ]),
    );
  }
  return out;
}

/**
 * Bytes of JS and CSS (gzip) a page loaded.
 * @param {Loaded | undefined} loaded
 */
export function pageBytes(loaded) {
  const resources = loaded?.resources ?? [];
  const sum = (/** @type {string} */ type) =>
    resources
      .filter((entry) => entry.type === type)
      .reduce((total, entry) => total + entry.gzip, 0);
  const js = sum('script');
  const css = sum('stylesheet');
  return { js, css, total: js + css };
}

/**
 * A verdict line for a target: whether `value` is at most `limit`, and by how much it misses.
 * @param {number} value
 * @param {number} limit
 * @param {(value: number) => string} unit
 */
export function verdict(value, limit, unit) {
  if (value <= limit) return `**met** (${unit(limit - value)} to spare)`;
  const over = value / limit;
  const how =
    over < 2 ? `${((over - 1) * 100).toFixed(0)}% over the limit` : `${times(over)} the limit`;
  return `**missed** by ${unit(value - limit)} (${how})`;
}

/**
 * The whole BENCHMARKS.md text.
 * @param {Results} results
 */
export function renderReport(results) {
  const stats = summaries(results);
  const subjects = results.subjects;
  const ours = subjects.find((subject) => subject.ours);
  if (!ours) throw new Error('no subject is marked as ours');
  const peers = subjects.filter((subject) => subject.peer);
  const byId = (/** @type {string} */ id) => {
    const subject = subjects.find((entry) => entry.id === id);
    if (!subject) throw new Error(`no subject ${id}`);
    return subject;
  };
  const median = (/** @type {string} */ key, /** @type {string} */ id) =>
    stats[key]?.[id]?.median ?? Number.NaN;
  const bytes = Object.fromEntries(
    subjects.map((subject) => [subject.id, pageBytes(results.loaded[subject.id])]),
  );
  const ownTotal = (/** @type {string} */ id) => {
    const sizes = results.own[id];
    return sizes ? sizes.js + sizes.css : Number.NaN;
  };

  // Targets from the issue, each computed from the medians.
  const first = (/** @type {string} */ id) => median('firstScreen', id);
  const update = (/** @type {string} */ id) => median('updatePaint', id);
  const fastestUpdate = peers.reduce(
    (best, peer) => (update(peer.id) < update(best.id) ? peer : best),
    peers[0] ?? ours,
  );
  const targets = [
    ...['mui-lab', 'antd'].map((id) => ({
      metric: 'firstScreen',
      met: first(ours.id) <= first(id) / 5,
      name: `First render at least 5× faster than ${byId(id).name}`,
      ours: ms(first(ours.id)),
      limit: `≤ ${ms(first(id) / 5)} (${ms(first(id))} / 5)`,
      result: `${verdict(first(ours.id), first(id) / 5, ms)}; ours is ${times(first(id) / first(ours.id))} faster`,
    })),
    {
      metric: 'firstScreen',
      met: first(ours.id) <= first('react-chrono'),
      name: 'First render no slower than react-chrono’s plain-text render',
      ours: ms(first(ours.id)),
      limit: `≤ ${ms(first('react-chrono'))}`,
      result: verdict(first(ours.id), first('react-chrono'), ms),
    },
    {
      metric: 'updatePaint',
      met: update(ours.id) <= update(fastestUpdate.id) / 4,
      name: `One-topic status update at most a quarter of the fastest peer’s (${byId(fastestUpdate.id).name})`,
      ours: ms(update(ours.id)),
      limit: `≤ ${ms(update(fastestUpdate.id) / 4)} (${ms(update(fastestUpdate.id))} / 4)`,
      result: verdict(update(ours.id), update(fastestUpdate.id) / 4, ms),
    },
    {
      metric: 'updatePaint',
      met: update(ours.id) < 10,
      name: 'One-topic status update under 10 ms',
      ours: ms(update(ours.id)),
      limit: '< 10.0 ms',
      result: verdict(update(ours.id), 10, ms),
    },
    {
      metric: 'ownBytes',
      met: ownTotal(ours.id) <= ownTotal('react-chrono') / 5,
      name: 'Our library code (React excluded) at most a fifth of react-chrono’s',
      ours: kB(ownTotal(ours.id)),
      limit: `≤ ${kB(ownTotal('react-chrono') / 5)} (${kB(ownTotal('react-chrono'))} / 5)`,
      result: verdict(ownTotal(ours.id), ownTotal('react-chrono') / 5, kB),
    },
  ];

  // How the 5× limits compare with React alone rendering 1,000 checkboxes (the reference page).
  const floorNote = () => {
    const plainPage = subjects.find((subject) => subject.id === 'plain-react');
    if (!plainPage) return [];
    const floor = first(plainPage.id);
    const limits = ['mui-lab', 'antd'].map((id) => first(id) / 5);
    const below = limits.filter((limit) => limit < floor).length;
    return [
      `For scale: the plain React page (no library, native checkboxes, ${count(median('elements', plainPage.id))} elements) takes ${ms(floor)} to its first paint; ${
        below === limits.length
          ? 'both 5× limits are below that: even React alone, with the simplest markup for 1,000 checkboxes, does not meet them here.'
          : below > 0
            ? 'one of the 5× limits is below that.'
            : 'the 5× limits are above that.'
      }`,
      '',
    ];
  };

  // The bench itself keeps about two processes busy (Chromium and Node): the machine counts as
  // busy when others' work was already running at the start, or the load rose well past that.
  const [loadAtStart = 0] = results.load.start;
  const roundLoad = summarize(results.roundLoads);
  const busy =
    loadAtStart > results.machine.cores / 2 || roundLoad.max > results.machine.cores * 1.5;
  /** @type {string[]} */
  const lines = [];
  const push = (/** @type {string[]} */ ...text) => lines.push(...text);

  push(
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (\`bench/run.js\`) on ${results.date.slice(0, 16).replace('T', ' ')} UTC, in ${results.minutes.toFixed(1)} minutes. Do not edit by hand: every figure and verdict below is computed by the script; run it again to update them. How to run it and what each figure means: [bench/README.md](bench/README.md).`,
    '',
    'Subjects, all rendering the same generated roadmap (5 levels, 1,000 topics in modules of 10, titles of 18–58 characters) as one timeline item per level with its topics inside:',
    '',
    `- **${ours.name}** (\`@trailmark/react\`): every level expanded, so every topic's status menu button is rendered (\`defaultExpandedLevels="all"\`, \`orientation="vertical"\`); the roadmap is validated with \`assertCurriculum\` as the page loads, before any clock starts (see Method).`,
    '- **react-chrono** `Chrono` (vertical): topics as plain-text lines of each level’s card, no control.',
    '- **MUI Lab** `Timeline` with `@mui/material`: a labelled `Checkbox` per topic.',
    '- **Ant Design** `Timeline`: a `Checkbox` per topic.',
    '- **Plain React** (reference only, not a target): native checkboxes in nested lists, the floor any React roadmap starts from.',
    '',
    '## Targets',
    '',
    table(
      ['target', 'ours (median)', 'limit', 'verdict'],
      targets.map((target) => [target.name, target.ours, target.limit, target.result]),
    ),
    '',
    ...floorNote(),
    `${targets.filter((target) => target.met).length} of ${targets.length} targets met. Why the others are missed, and every figure where a peer beats us: [Where we lose, and why](#where-we-lose-and-why).`,
    '',
    '## At a glance',
    '',
    'Medians; in brackets each figure as a multiple of ours (above 1× means more than ours).',
    '',
    table(
      [
        'subject',
        'first render',
        'status change',
        'JS heap',
        'DOM elements',
        'page JS+CSS (gzip)',
        'own code (gzip)',
      ],
      subjects.map((subject) => {
        const cell = (
          /** @type {number} */ value,
          /** @type {number} */ base,
          /** @type {(value: number) => string} */ unit,
        ) => (subject.ours ? unit(value) : `${unit(value)} (${times(value / base)})`);
        return [
          subject.name,
          cell(first(subject.id), first(ours.id), ms),
          cell(update(subject.id), update(ours.id), ms),
          cell(median('heapAfter', subject.id), median('heapAfter', ours.id), MB),
          cell(median('elements', subject.id), median('elements', ours.id), count),
          cell(bytes[subject.id]?.total ?? 0, bytes[ours.id]?.total ?? 0, kB),
          cell(ownTotal(subject.id), ownTotal(ours.id), kB),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );

  // Machine and software.
  const versions = results.versions;
  push(
    '## Machine and software',
    '',
    `- CPU: ${results.machine.cpu}, ${results.machine.cores} cores available; memory ${results.machine.memoryGiB.toFixed(1)} GiB; ${results.machine.os}.`,
    `- Load average (1 / 5 / 15 min): ${loadText(results.load.start)} at the start, ${loadText(results.load.browserStart)} when the browser runs began, ${loadText(results.load.browserEnd)} when they ended, ${loadText(results.load.end)} at the end; the 1-minute figure was ${roundLoad.min.toFixed(2)}–${roundLoad.max.toFixed(2)} as the measured rounds began (the bench itself accounts for about 2: Chromium and Node). ${
      busy
        ? '**The machine was busy** with other work (a 1-minute load above half the cores before the bench started, or above 1.5× the cores during it): absolute times are higher and noisier than on an idle machine; the subjects alternate, so the ratios are fairer than the absolute figures.'
        : 'No other significant work was running.'
    }`,
    `- Node ${results.machine.node}; Chromium ${results.chromium} (\`${results.chromiumPath}\`, headless, flags \`${CHROMIUM_ARGS.join(' ')}\`), driven by Playwright ${versions.playwright}; Vite ${versions.vite}.`,
    `- react / react-dom ${versions.react} / ${versions['react-dom']}; react-chrono ${versions['react-chrono']}; @mui/lab ${versions['@mui/lab']} with @mui/material ${versions['@mui/material']}, @emotion/react ${versions['@emotion/react']}, @emotion/styled ${versions['@emotion/styled']}; antd ${versions.antd}; Lighthouse ${versions.lighthouse}.`,
    `- Trailmark at commit \`${results.git.commit}\`: @trailmark/react, @trailmark/curriculum, @trailmark/embed and the demo as built by \`turbo run build\` in this run${
      results.git.dirty.length > 0
        ? `, with uncommitted changes to ${results.git.dirty.length} files (work in progress on the shared checkout, built and measured as it was: ${results.git.dirty
            .slice(0, 8)
            .map((file) => `\`${file}\``)
            .join(', ')}${results.git.dirty.length > 8 ? ', …' : ''})`
        : ''
    }.`,
    '',
  );

  // Method.
  push(
    '## Method',
    '',
    `- **Pages.** Each subject is its own page (\`bench/pages/<subject>/\`), built by Vite in production mode (React’s production build, minified). All pages share \`bench/pages/harness.ts\`, which owns the React root and the clock, and \`bench/data/generate.js\`, a seeded generator, so every page renders the same roadmap, generated before any clock starts.`,
    '- **Validation.** Our page validates the generated roadmap with `assertCurriculum` as it loads, before any clock starts, as an app does with a built-in roadmap (which is validated when its module loads) or with data it validates once when it arrives; `RoadmapTimeline` recognises a parsed curriculum and does not validate it again. So our render figures do not include validation. Its cost is reported on its own, in *parseCurriculum + whole-document checks* below: measured there in Node after warm-up, while a cold browser page pays several times as much. An app that passes unvalidated data to the component pays it in its first render. The peers validate nothing.',
    `- **Runs.** ${results.options.warmup} warm-up round, then ${results.options.rounds} measured rounds. A round loads each subject once, in turn, starting one subject later each round; every load is a new browser context (a new renderer process: cold JIT and caches). Viewport 1280 × 800.`,
    '- **Timing.** In the page, inside a `requestAnimationFrame` callback: `performance.now()`, then the work (`createRoot` + `root.render` inside `flushSync`, or a status change inside `flushSync`), then `performance.now()` again (“JavaScript until commit”). A `setTimeout(0)` posted from that callback runs after the same frame’s style, layout and paint, and ends the “to paint” figure; starting at the top of a frame means no wait for the next vsync is counted. If the page does not yet show the result (all 1,000 topics, or the changed topic), the check repeats after each following frame, so a library that finishes its work in effects or timers is timed to the frame that shows it.',
    '- **Status change.** Ours: `store.set(setStatus(…))` on the memory `ProgressStore`, which is what its status menu does. The peer pages keep the done topics in one `useState` at the top of the roadmap, as a typical app does, and the harness calls the same function the checkboxes call; the whole roadmap re-renders, nothing is memoized. react-chrono shows a change only when an item’s title or card title changes (3.3.3 compares only id, date, title and card title), so its card title carries the level’s progress (“3/200 done”).',
    '- **Memory and DOM.** After the first render the harness waits until the DOM has been quiet for 300 ms, then the heap is read after a forced GC, and the elements are counted.',
    '- **Bytes.** “Page JS+CSS” is what the page loaded from its server (script and stylesheet responses, from the first measured round), each gzipped at level 9 as a static host would serve it. “Own code” is a second build of the same page with `react`, `react-dom`, `scheduler` and the harness left out: the library plus the few lines of page code using it (MUI’s and antd’s CSS is generated by their JavaScript at run time, so their CSS column is empty).',
    '',
  );

  // Per-metric tables.
  push('## Results (1,000 topics, 5 levels)', '');
  for (const metric of METRICS) {
    const perSubject = stats[metric.key] ?? {};
    const base = perSubject[ours.id]?.median ?? Number.NaN;
    push(
      `### ${metric.title}`,
      '',
      metric.about,
      '',
      table(
        ['subject', 'median', 'p25–p75', 'min–max', 'runs', '× ours'],
        subjects.map((subject) => {
          const summary = perSubject[subject.id];
          if (!summary) return [subject.name, '–', '–', '–', '–', '–'];
          return [
            subject.name,
            metric.unit(summary.median),
            `${metric.unit(summary.p25)} – ${metric.unit(summary.p75)}`,
            `${metric.unit(summary.min)} – ${metric.unit(summary.max)}`,
            String(summary.n),
            subject.ours ? '1×' : times(summary.median / base),
          ];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
  }

  const late = subjects
    .map((subject) => ({
      subject,
      change: summarize((results.runs[subject.id] ?? []).map((run) => run.lastChange)),
    }))
    .filter(({ change }) => change.median > 0);
  if (late.length > 0) {
    push(
      '### Work after the first paint',
      '',
      'The last DOM change after the first commit, in ms after the render began (a library finishing in effects or timers); subjects not listed changed nothing after their first commit.',
      '',
      table(
        ['subject', 'median', 'min–max'],
        late.map(({ subject, change }) => [
          subject.name,
          ms(change.median),
          `${ms(change.min)} – ${ms(change.max)}`,
        ]),
        ['l', 'r', 'r'],
      ),
      '',
    );
  }

  // Where the time goes.
  const phaseNames = ['JavaScript', 'style', 'layout', 'pre-paint', 'paint'];
  const phaseRows = (/** @type {'first' | 'update'} */ which) =>
    subjects.map((subject) => {
      const parts = results.traces[subject.id]?.[which];
      if (!parts) return [subject.name, ...PHASES.map(() => '–'), '–'];
      const total = PHASES.reduce((sum, phase) => sum + parts[phase], 0);
      return [subject.name, ...PHASES.map((phase) => ms(parts[phase])), ms(total)];
    });
  /** The traced phases of one measurement as a table: subject, then right-aligned figures. */
  const phaseTable = (/** @type {'first' | 'update'} */ which) =>
    table(['subject', ...phaseNames, 'sum'], phaseRows(which), [
      'l',
      ...PHASES.map(() => /** @type {const} */ ('r')),
      'r',
    ]);
  push(
    '### Where the time goes',
    '',
    'One more run per subject, traced (Chromium’s `devtools.timeline` trace of the page’s main thread; the self time of each event, by phase: JavaScript with GC, style recalculation, layout, pre-paint, paint and layerize). Tracing slows the page a little, so these are proportions rather than figures to compare with the tables above; the status change is the median of four traced changes.',
    '',
    '**First render**',
    '',
    phaseTable('first'),
    '',
    '**One topic’s status change**',
    '',
    phaseTable('update'),
    '',
  );

  // Bytes.
  const plain = subjects.find((subject) => subject.id === 'plain-react');
  const shared = plain
    ? (bytes[plain.id]?.total ?? 0) - (results.own[plain.id]?.js ?? 0)
    : Number.NaN;
  push(
    '### Bytes (gzip, level 9)',
    '',
    table(
      [
        'subject',
        'page JS',
        'page CSS',
        'page total',
        '× ours',
        'own JS',
        'own CSS',
        'own total',
        '× ours',
        'other hosts requested',
      ],
      subjects.map((subject) => {
        const page = bytes[subject.id] ?? { js: 0, css: 0, total: 0 };
        const own = results.own[subject.id] ?? { js: 0, css: 0, jsRaw: 0, cssRaw: 0 };
        const hosts = results.loaded[subject.id]?.otherHosts ?? [];
        return [
          subject.name,
          kB(page.js),
          kB(page.css),
          kB(page.total),
          subject.ours ? '1×' : times(page.total / (bytes[ours.id]?.total ?? 1)),
          kB(own.js),
          kB(own.css),
          kB(own.js + own.css),
          subject.ours ? '1×' : times((own.js + own.css) / ownTotal(ours.id)),
          hosts.length > 0 ? hosts.join(', ') : 'none',
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    `React, React DOM and the harness, the same in every page: ${kB(shared)} (the plain React page minus its own code). Our own code is ${kB(ownTotal(ours.id))}: the components and their stylesheet ${kB(results.components.js + results.components.css)}, and ${kB(ownTotal(ours.id) - results.components.js - results.components.css)} of validation and curriculum functions (\`@trailmark/curriculum\` with \`zod/mini\`), which no peer has. Requests to other hosts fail on this closed network; on the open web they would add to the page’s bytes.`,
    '',
  );

  // Where we lose.
  const traced = (/** @type {string} */ id, /** @type {'first' | 'update'} */ which) => {
    const parts = results.traces[id]?.[which];
    if (!parts) return 'not traced';
    return PHASES.map((phase, index) => `${phaseNames[index]} ${ms(parts[phase])}`).join(', ');
  };
  push(
    ...renderScale({
      runs: results.scale.runs,
      loads: results.scale.loads,
      names: Object.fromEntries(subjects.map((subject) => [subject.id, subject.name])),
      table,
      verdict,
      lighthouse: results.lighthouse,
    }),
  );

  push('## Where we lose, and why', '');
  /** @type {Record<string, string>} */
  const why = {
    firstScreen: `Our first screen is the timeline's five level headers and the first 40 topics; its cost is mostly fixed work before anything paints: it creates its \`Intl\` number formatters (the first \`Intl\` object in a page initialises ICU), works out each level's progress and the learner's current level, and renders heavier rows than react-chrono's lines (once built, ${count(median('elements', ours.id))} elements against react-chrono’s ${count(median('elements', 'react-chrono'))}) — per topic a title button (a disclosure for its details), the hours, a status menu button named for screen readers and, on locked topics, a “Waiting for …” line that describes it — with the attributes that make each control operable and announced. Modules far off screen skip style, layout and paint (\`content-visibility: auto\`), so most of Chromium's work is for what is on screen. Of our median first render, ${ms(median('firstCommit', ours.id))} (${((median('firstCommit', ours.id) / first(ours.id)) * 100).toFixed(0)}%) is JavaScript until commit and the rest is Chromium’s style, layout and paint of that DOM. Traced: ours ${traced(ours.id, 'first')}; react-chrono ${traced('react-chrono', 'first')}.${
      (results.traces[ours.id]?.first.style ?? 0) <
      (results.traces[ours.id]?.first.layout ?? 0) / 20
        ? ' Ours shows almost no separate style time: the timeline is a CSS size container (for its container query), so Chromium computes the styles inside it during layout, and our layout figure includes them.'
        : ''
    }`,
    firstPaint:
      'Ours paints its first screen, then builds the modules below it in steps of about 12 ms while the page is idle (the first screen keeps the browser free for input meanwhile): the whole roadmap is in the page later than a page that builds it all in one long task. Server rendering, hydration and printing still get the whole roadmap at once.',
    firstCommit:
      'See the first screen: the first `Intl` formatters and more elements and attributes per topic, all before commit.',
    remountPaint:
      'Warm, rendering is cheaper (compiled code, `Intl` ready) but the same DOM is built again.',
    updatePaint: `Of our ${ms(update(ours.id))}, ${ms(median('updateCommit', ours.id))} (${((median('updateCommit', ours.id) / update(ours.id)) * 100).toFixed(0)}%) is JavaScript until commit; the rest is Chromium’s. A status change alters the row’s geometry (the status button’s label changes width, and the next topic’s “Waiting for …” line appears or goes), so Chromium lays out again; modules off screen are skipped (\`content-visibility: auto\`), so that work stays near the change. A checkbox toggle changes no geometry. Traced: ours ${traced(ours.id, 'update')}; plain React ${traced('plain-react', 'update')}.`,
    updateCommit:
      'Each row follows its own topic through the progress index (one subscription per row, told only of its own changes), and each level its own counts: a change re-renders the changed row, the rows it unlocks or locks, and its level’s meter and marker.',
    heapAfter:
      'Ours holds the validated copy of the curriculum next to the input, an index of topics, the progress index (a slot and a listener per topic), and the fibers of more elements per topic.',
    heapAdded: 'See the heap after render: what the render keeps.',
    elements: `Ours renders ${count(median('elements', ours.id))} elements for 1,000 topics (per topic a title button, the hours as text, a status button, and a lock line where locked): the controls and text that make each topic operable and explained, where react-chrono renders one text line per topic.`,
    pageBytes: `Our page carries the curriculum validation (zod/mini) and the SDK functions as well as the components; see Bytes.`,
    ownBytes: `${kB(ownTotal(ours.id) - results.components.js - results.components.css)} of our own code is validation and curriculum functions no peer has; the components and their stylesheet alone are ${kB(results.components.js + results.components.css)}.`,
  };
  /** @type {{ key: string, title: string, value: (id: string) => number, unit: (value: number) => string }[]} */
  const compared = [
    ...METRICS.map((metric) => ({
      key: metric.key,
      title: metric.title,
      value: (/** @type {string} */ id) => median(metric.key, id),
      unit: metric.unit,
    })),
    {
      key: 'pageBytes',
      title: 'Page JS+CSS (gzip)',
      value: (id) => bytes[id]?.total ?? Number.NaN,
      unit: kB,
    },
    { key: 'ownBytes', title: 'Own code (gzip)', value: ownTotal, unit: kB },
  ];
  const missed = targets.filter((target) => !target.met);
  let losses = 0;
  for (const metric of compared) {
    const winners = peers.filter((peer) => metric.value(peer.id) < metric.value(ours.id));
    const missedHere = missed.filter((target) => target.metric === metric.key);
    if (winners.length === 0 && missedHere.length === 0) continue;
    losses++;
    const against =
      winners.length > 0
        ? `lower: ${winners
            .map(
              (peer) =>
                `${peer.name} ${metric.unit(metric.value(peer.id))} (ours is ${times(metric.value(ours.id) / metric.value(peer.id))} theirs)`,
            )
            .join('; ')}`
        : 'no peer is lower';
    const targetText =
      missedHere.length > 0
        ? ` Missed target${missedHere.length > 1 ? 's' : ''}: ${missedHere.map((target) => `${target.name} (limit ${target.limit})`).join('; ')}.`
        : '';
    push(
      `- **${metric.title}**: ours ${metric.unit(metric.value(ours.id))}; ${against}.${targetText} ${why[metric.key] ?? ''}`,
    );
  }
  if (losses === 0) {
    push('- Nowhere: every target is met and ours has the lowest median of every figure.');
  }
  push('');

  // parseCurriculum.
  const [small, middle, large] = results.parse;
  push(
    '## parseCurriculum + whole-document checks',
    '',
    '`npm run bench -w @trailmark/curriculum` (Node, `packages/curriculum/bench/parse.bench.js`, its own seeded generator with prerequisites, skills and resources), run in this bench run:',
    '',
    table(
      ['topics', 'JSON size', 'runs', 'median', 'p75', 'min', 'median CPU', 'per topic'],
      results.parse.map((row) => [
        count(row.topics),
        kB(row.bytes),
        String(row.runs),
        `${row.median.toFixed(2)} ms`,
        `${row.p75.toFixed(2)} ms`,
        `${row.min.toFixed(2)} ms`,
        `${row.cpu.toFixed(2)} ms`,
        `${((row.median / row.topics) * 1000).toFixed(1)} µs`,
      ]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    small && middle && large
      ? `Growth: 10× the topics cost ${times(middle.median / small.median)} the time from 100 to 1,000 and ${times(large.median / middle.median)} from 1,000 to 10,000 (10× would be linear; a figure well above 10× would mean super-linear checks).`
      : '',
    '',
  );

  // layoutRoadmap.
  const perTopic = (/** @type {number} */ topics) =>
    results.layout.find((row) => row.name === `generated ${topics}`);
  const [thousand, fiveThousand] = [perTopic(1000), perTopic(5000)];
  push(
    '## layoutRoadmap (the roadmap as a map)',
    '',
    '`npm run bench -w @trailmark/curriculum` (Node, `packages/curriculum/bench/layout.bench.js`, after the parse bench; generated curricula from `packages/curriculum/bench/generate.js`: 5 levels, modules of 10 topics, up to three prerequisites each among the 50 topics before), run in this bench run. Budgets: the built-in roadmap under 10 ms warm, 1,000 topics under 100 ms, close to linear up to 5,000. Wall-clock medians grow when other processes share the cores; the CPU time of the call and the fastest run are shown too:',
    '',
    table(
      [
        'curriculum',
        'topics',
        'lines',
        'runs',
        'median',
        'p75',
        'min',
        'median CPU',
        'CPU per topic',
      ],
      results.layout.map((row) => [
        row.name.replace(/^generated \d+$/, 'generated'),
        count(row.topics),
        count(row.edges),
        String(row.runs),
        `${row.median.toFixed(2)} ms`,
        `${row.p75.toFixed(2)} ms`,
        `${row.min.toFixed(2)} ms`,
        `${row.cpu.toFixed(2)} ms`,
        `${((row.cpu / row.topics) * 1000).toFixed(1)} µs`,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    thousand && fiveThousand
      ? `Growth in CPU time: 5× the topics from 1,000 to 5,000 cost ${times(fiveThousand.cpu / thousand.cpu)} (5× would be linear).`
      : '',
    '',
  );

  // Embedding.
  const sumGzip = (/** @type {{ gzip: number }[]} */ list) =>
    list.reduce((total, entry) => total + entry.gzip, 0);
  const sumRaw = (/** @type {{ raw: number }[]} */ list) =>
    list.reduce((total, entry) => total + entry.raw, 0);
  const { embedding } = results;
  push(
    '## Embed script against an iframe',
    '',
    `What a host page downloads to show the LLM engineer roadmap: \`@trailmark/embed\` (\`trailmark-embed.js\` and \`roadmaps/llm-engineer.json\` from \`packages/embed/dist\`: ${kB(embedding.files.script)} + ${kB(embedding.files.data)} gzip as files), or an iframe of the demo’s \`${embedding.frameUrl}\` page (served by \`vite preview\` of \`apps/demo/dist\`). Both were loaded in Chromium from a host page on another origin; every response from the roadmap’s origin is listed, gzipped at level 9.`,
    '',
    table(
      ['way', 'request', 'type', 'raw', 'gzip'],
      [
        ...embedding.script.map((entry) => [
          'script',
          `\`${entry.url}\``,
          entry.type,
          kB(entry.raw),
          kB(entry.gzip),
        ]),
        ...embedding.frame.map((entry) => [
          'iframe',
          `\`${entry.url.length > 60 ? `${entry.url.slice(0, 57)}…` : entry.url}\``,
          entry.type,
          kB(entry.raw),
          kB(entry.gzip),
        ]),
      ],
      ['l', 'l', 'l', 'r', 'r'],
    ),
    '',
    `Total: the script way ${kB(sumGzip(embedding.script))} gzip (${kB(sumRaw(embedding.script))} raw) in ${embedding.script.length} requests; the iframe ${kB(sumGzip(embedding.frame))} gzip (${kB(sumRaw(embedding.frame))} raw) in ${embedding.frame.length} requests: the iframe transfers ${times(sumGzip(embedding.frame) / sumGzip(embedding.script))} the script way’s bytes. The iframe loads a whole page (React DOM instead of preact/compat, the site’s router and styles); the script brings only the element, its runtime and the data.`,
    '',
  );

  // Lighthouse.
  const { lighthouse } = results;
  push(
    '## Demo Lighthouse scores',
    '',
    `\`npm run lighthouse -w @trailmark/demo -- --path / --runs ${lighthouse.runs}\`, run in this bench run: Lighthouse ${lighthouse.version}, its default mobile emulation (slow 4G, 4× CPU slowdown), the roadmap page \`/\`, median of ${lighthouse.runs} runs.`,
    '',
    table(
      ['page', ...LIGHTHOUSE_CATEGORIES],
      [['`/`', ...LIGHTHOUSE_CATEGORIES.map((category) => String(lighthouse.scores[category]))]],
      ['l', 'r', 'r', 'r', 'r'],
    ),
    '',
    lighthouse.lost.length > 0
      ? `Audits that cost points in at least one run: ${lighthouse.lost.join('; ')}.`
      : 'No audit cost points in any run.',
    '',
  );
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
