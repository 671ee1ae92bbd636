// @ts-check
// The map: Trailmark's RoadmapMap against React Flow (@xyflow/react) with dagre, on the same
// generated roadmap; then RoadmapMap (and React Flow where it finishes) at the timeline's scale
// sizes. `npm run bench -w @trailmark/bench -- --only map` runs this part alone and rewrites only
// the "Map" section of BENCHMARKS.md.
import { loadavg } from 'node:os';
import { runOnce } from './browser-runs.js';
import { summarize } from './stats.js';
import { PHASES, traceSubjects } from './trace.js';

/** @typedef {import('./browser-runs.js').Run} Run */
/** @typedef {import('./browser-runs.js').Loaded} Loaded */

/** The map subjects, in table order; `id` is the folder under pages/. */
export const MAP_SUBJECTS = /** @type {const} */ ([
  { id: 'trailmark-map', name: 'Trailmark RoadmapMap', ours: true },
  { id: 'xyflow', name: 'React Flow 12 + dagre', ours: false },
]);

/** The sizes of the map's scale series: the timeline's. */
export const MAP_SCALE_SIZES = /** @type {const} */ ([100, 1000, 5000, 10000]);

/** The section's markers in BENCHMARKS.md, so a map-only run replaces just this section. */
export const MAP_START = '<!-- bench:map -->';
export const MAP_END = '<!-- /bench:map -->';

/**
 * A run that did not finish (the harness gives up after 30 s, or the page failed).
 * @typedef {{ error: string }} Failed
 */

/**
 * @typedef {object} MapResults
 * @property {Record<string, Run[]>} runs 1,000 topics, per subject
 * @property {Record<string, Loaded>} loaded what each page loaded (first measured round)
 * @property {Record<string, Record<number, (Run | Failed)[]>>} scale per subject and size
 * @property {number[]} loads the 1-minute load average as each round began
 * @property {Record<string, { first: import('./trace.js').Breakdown, update: import('./trace.js').Breakdown }>} traces
 *   one traced run per subject: where the time goes
 */

/**
 * Runs both map subjects `warmup + rounds` times at 1,000 topics (taking turns), then the scale
 * series `scaleRounds` times: RoadmapMap at every size, React Flow at each size until a size fails.
 * @param {object} options
 * @param {import('playwright').Browser} options.browser
 * @param {string} options.baseUrl where pages/<id>/ are served (as `<id>/page/`)
 * @param {number} options.rounds
 * @param {number} options.scaleRounds
 * @returns {Promise<MapResults>}
 */
export async function measureMap({ browser, baseUrl, rounds, scaleRounds }) {
  /** @type {Record<string, Run[]>} */
  const runs = Object.fromEntries(MAP_SUBJECTS.map((subject) => [subject.id, []]));
  /** @type {Record<string, Loaded>} */
  const loaded = {};
  /** @type {number[]} */
  const loads = [];
  const warmup = 1;
  for (let round = 0; round < warmup + rounds; round++) {
    if (round >= warmup) loads.push(loadavg()[0] ?? 0);
    process.stdout.write(`  ${round < warmup ? 'warm-up' : `round ${round}`}:`);
    for (let turn = 0; turn < MAP_SUBJECTS.length; turn++) {
      const subject = MAP_SUBJECTS[(turn + round) % MAP_SUBJECTS.length];
      if (!subject) continue;
      const result = await runOnce(browser, `${baseUrl}/${subject.id}/page/`, round, round === 1, {
        mountTwice: false,
      });
      process.stdout.write(` ${subject.id} ${result.run.firstPaint.toFixed(0)} ms`);
      if (round >= warmup) runs[subject.id]?.push(result.run);
      if (result.loaded) loaded[subject.id] = result.loaded;
    }
    process.stdout.write('\n');
  }

  const traces = await traceSubjects({ browser, baseUrl, subjects: MAP_SUBJECTS });

  /** @type {Record<string, Record<number, (Run | Failed)[]>>} */
  const scale = Object.fromEntries(
    MAP_SUBJECTS.map((subject) => [
      subject.id,
      Object.fromEntries(MAP_SCALE_SIZES.map((size) => [size, []])),
    ]),
  );
  /** @type {Set<string>} subjects that failed at a smaller size: larger ones are not tried */
  const stopped = new Set();
  for (let round = 0; round < scaleRounds; round++) {
    for (const size of MAP_SCALE_SIZES) {
      process.stdout.write(`  scale round ${round + 1}, ${size} topics:`);
      for (const subject of MAP_SUBJECTS) {
        if (stopped.has(subject.id)) continue;
        /** @type {Run | Failed} */
        let outcome;
        try {
          ({ run: outcome } = await runOnce(
            browser,
            `${baseUrl}/${subject.id}/page/`,
            round,
            false,
            {
              topics: size,
              mountTwice: false,
            },
          ));
          process.stdout.write(` ${subject.id} ${outcome.firstPaint.toFixed(0)} ms`);
        } catch (error) {
          outcome = {
            error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
          };
          stopped.add(subject.id);
          process.stdout.write(` ${subject.id} failed`);
        }
        scale[subject.id]?.[size]?.push(outcome);
      }
      process.stdout.write('\n');
    }
  }
  return { runs, loaded, scale, loads, traces };
}

/**
 * @typedef {object} Format
 * @property {(header: string[], rows: string[][], align?: ('l' | 'r')[]) => string} table
 * @property {(value: number, limit: number, unit: (value: number) => string) => string} verdict
 * @property {(loaded: Loaded | undefined) => { js: number, css: number, total: number }} pageBytes
 */

const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const MB = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (/** @type {number} */ ratio) =>
  `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
const size = (/** @type {number} */ topics) => topics.toLocaleString('en-US');

/** The figures of the 1,000-topic table: what each is and how it is read from a run. */
const FIGURES = [
  {
    title: 'First render, to paint (whole map drawn)',
    unit: ms,
    pick: (/** @type {Run} */ run) => [run.firstPaint],
  },
  {
    title: 'First render: first frame',
    unit: ms,
    pick: (/** @type {Run} */ run) => [run.firstScreen],
  },
  {
    title: 'First render: JavaScript until React has committed',
    unit: ms,
    pick: (/** @type {Run} */ run) => [run.firstCommit],
  },
  {
    title: 'One status change, to paint',
    unit: ms,
    pick: (/** @type {Run} */ run) => run.updatePaint,
  },
  {
    title: 'One status change: JavaScript until React has committed',
    unit: ms,
    pick: (/** @type {Run} */ run) => run.updateCommit,
  },
  { title: 'JS heap after render', unit: MB, pick: (/** @type {Run} */ run) => [run.heapAfter] },
  {
    title: 'JS heap added by the render',
    unit: MB,
    pick: (/** @type {Run} */ run) => [run.heapAfter - run.heapBefore],
  },
  {
    title: 'DOM elements',
    unit: (/** @type {number} */ value) => Math.round(value).toLocaleString('en-US'),
    pick: (/** @type {Run} */ run) => [run.elements],
  },
];

/** @typedef {{ js: number, css: number }} Bytes gzip bytes of a build's scripts and stylesheets */

/** @param {Run | Failed} outcome @returns {outcome is Run} */
const finished = (outcome) => !('error' in outcome);

/**
 * The "Map" section of BENCHMARKS.md, between its markers.
 * @param {MapResults} results
 * @param {Format & { own: Record<string, Bytes>, components: Bytes, command: string, rounds: number, scaleRounds: number, load: { start: number[], end: number[] }, versions: Record<string, string>, date: string }} context
 */
export function renderMap(
  results,
  {
    own,
    components,
    table,
    verdict,
    pageBytes,
    command,
    rounds,
    scaleRounds,
    load,
    versions,
    date,
  },
) {
  const [ours, peer] = MAP_SUBJECTS;
  const median = (/** @type {string} */ id, /** @type {(run: Run) => number[]} */ pick) =>
    summarize((results.runs[id] ?? []).flatMap(pick)).median;
  const rows = FIGURES.map(({ title, unit, pick }) => {
    const a = median(ours.id, pick);
    const b = median(peer.id, pick);
    return [title, unit(a), unit(b), times(b / a)];
  });
  const oursBytes = pageBytes(results.loaded[ours.id]);
  const peerBytes = pageBytes(results.loaded[peer.id]);
  rows.push(
    ['Page JS (gzip)', kB(oursBytes.js), kB(peerBytes.js), times(peerBytes.js / oursBytes.js)],
    ['Page CSS (gzip)', kB(oursBytes.css), kB(peerBytes.css), times(peerBytes.css / oursBytes.css)],
    [
      'Page JS+CSS (gzip)',
      kB(oursBytes.total),
      kB(peerBytes.total),
      times(peerBytes.total / oursBytes.total),
    ],
  );

  const ownOurs = own[ours.id] ?? { js: 0, css: 0 };
  const ownPeer = own[peer.id] ?? { js: 0, css: 0 };
  const ownTotal = (/** @type {Bytes} */ bytes) => bytes.js + bytes.css;
  rows.push(
    [
      'Own code JS+CSS (gzip; React, React DOM and the harness left out)',
      kB(ownTotal(ownOurs)),
      kB(ownTotal(ownPeer)),
      times(ownTotal(ownPeer) / ownTotal(ownOurs)),
    ],
    [
      '… ours without `@trailmark/curriculum` (validation with zod, layout with dagre): components and stylesheet',
      kB(ownTotal(components)),
      '',
      times(ownTotal(ownPeer) / ownTotal(components)),
    ],
  );

  const firstOurs = median(ours.id, (run) => [run.firstPaint]);
  const firstPeer = median(peer.id, (run) => [run.firstPaint]);
  const changeOurs = median(ours.id, (run) => run.updatePaint);
  const changeOursJs = median(ours.id, (run) => run.updateCommit);

  const scaleRows = MAP_SCALE_SIZES.map((topics) => {
    const cells = [size(topics)];
    for (const subject of MAP_SUBJECTS) {
      const outcomes = results.scale[subject.id]?.[topics] ?? [];
      const done = outcomes.filter(finished);
      const failed = outcomes.find((outcome) => !finished(outcome));
      if (done.length === 0) {
        const why = failed && !finished(failed) ? `failed: ${failed.error}` : 'not run';
        cells.push(why, '', '', '');
        continue;
      }
      const med = (/** @type {(run: Run) => number[]} */ pick) =>
        summarize(done.flatMap(pick)).median;
      cells.push(
        ms(med((run) => [run.firstPaint])),
        ms(med((run) => run.updateCommit)),
        ms(med((run) => run.updatePaint)),
        MB(med((run) => [run.heapAfter])),
      );
    }
    return cells;
  });

  const phaseRows = MAP_SUBJECTS.flatMap((subject) => {
    const trace = results.traces[subject.id];
    if (!trace) return [];
    return /** @type {const} */ (['first', 'update']).map((kind) => [
      `${subject.name}: ${kind === 'first' ? 'first render' : 'status change (median of 4)'}`,
      ...PHASES.map((phase) => ms(trace[kind][phase])),
    ]);
  });
  const traceOurs = results.traces[ours.id]?.first;
  const tracePeer = results.traces[peer.id]?.first;
  const elementsOurs = median(ours.id, (run) => [run.elements]);
  const elementsPeer = median(peer.id, (run) => [run.elements]);
  /** @type {string[]} */
  const why = [];
  if (firstOurs > firstPeer / 3) {
    why.push(
      `- **First render (${times(firstPeer / firstOurs)} faster, not 3×).** Both pages do the same two things in the timed render: lay the graph out, then create and style the whole drawing in one commit. React Flow's cost is mostly the first (dagre on ${size(1000)} nodes, then React Flow measuring every node before it shows it; traced: ${tracePeer ? ms(tracePeer.script) : '?'} of script, ${tracePeer ? ms(tracePeer.style + tracePeer.layout) : '?'} of style and layout). Ours lays out in tens of milliseconds (the layoutRoadmap table above) and spends its time on the second: ${Math.round(elementsOurs).toLocaleString('en-US')} DOM elements against React Flow's ${Math.round(elementsPeer).toLocaleString('en-US')} (each topic is an SVG group with its box, status mark and wrapped title lines, plus level bands, module clusters and edges), created by React and styled by Chromium in the same frame (traced: ${traceOurs ? ms(traceOurs.script) : '?'} of script, ${traceOurs ? ms(traceOurs.style + traceOurs.layout) : '?'} of style and layout). Those elements are what makes the server-rendered map complete before any script runs, which React Flow does not offer. Filling in the topics outside the view after the first paint, as the timeline does, would bring the first frame earlier but not this figure, which waits for every topic; 3× on it needs a cheaper drawing per topic (fewer elements, less text for Chromium to lay out), not yet done.`,
    );
  }
  if (oursBytes.total > peerBytes.total / 3) {
    const reactBytes = peerBytes.total - ownTotal(ownPeer);
    why.push(
      `- **Bytes (${times(peerBytes.total / oursBytes.total)} fewer on the page, not 3×).** Both pages carry React and React DOM, about ${kB(reactBytes)} of React Flow's ${kB(peerBytes.total)}: a third of React Flow's page (${kB(peerBytes.total / 3)}) is less than React alone, so no React map can meet the target on page bytes. On own code (React left out) ours is ${kB(ownTotal(ownOurs))} against ${kB(ownTotal(ownPeer))} (${times(ownTotal(ownPeer) / ownTotal(ownOurs))}); it carries dagre too (layoutRoadmap places modules with it) and the document's validation (zod), both in \`@trailmark/curriculum\`, without which the components and stylesheet are ${kB(ownTotal(components))} (${times(ownTotal(ownPeer) / ownTotal(components))} fewer than React Flow with dagre); and the progress store, the messages of two languages and the details panel with the timeline's status menu, which the React Flow page does not have.`,
    );
  }
  if (changeOurs > 16) {
    why.push(
      `- **Status change (${ms(changeOurs)} to paint, over 16 ms).** JavaScript takes ${ms(changeOursJs)}; the rest is Chromium's style, layout and paint of the changed topic on a loaded machine.`,
    );
  }

  const loadText = (/** @type {number[]} */ values) => values.map((v) => v.toFixed(2)).join(' / ');
  return [
    MAP_START,
    '## Map: RoadmapMap against React Flow + dagre',
    '',
    `Run ${date}, ${rounds} rounds at 1,000 topics (after 1 warm-up) and ${scaleRounds} of the scale series, with \`${command}\`. Load average (1 / 5 / 15 min) at the start ${loadText(load.start)}, at the end ${loadText(load.end)}; the 1-minute load as each round began: ${results.loads.map((v) => v.toFixed(1)).join(', ')} (2 cores: above 2 means the runs waited for a core, and every figure is inflated).`,
    '',
    `Same roadmap as above (\`data/generate.js\`, 1,000 topics, 5 levels, modules of 10 with a prerequisite chain inside each). \`pages/trailmark-map\`: \`<RoadmapMap>\` with a memory store, laying the roadmap out while it renders (\`layoutRoadmap\`: levels, module clusters, wrapped titles) and drawing it as SVG. \`pages/xyflow\`: \`@xyflow/react\` ${versions['@xyflow/react'] ?? '?'} with \`@dagrejs/dagre\` ${versions['@dagrejs/dagre'] ?? '?'} as React Flow's dagre example does it: a custom node per topic (title and checkbox, two handles), an edge per prerequisite, dagre top to bottom with fixed node sizes and no clusters, \`fitView\`; status in \`useNodesState\`, changed by giving the one node new \`data\`. Both lay out inside the timed render. "Whole map drawn" waits for the first frame showing every topic: React Flow hides each node until it has measured it and draws edges after, so for it that is a later frame than its first. Status changes go through each page's own state (four per run, as for the timeline). Page bytes: the script and stylesheet responses of the page, gzip level 9, React included in both.`,
    '',
    '### 1,000 topics (medians)',
    '',
    table(['', ours.name, peer.name, 'React Flow ÷ ours'], rows, ['l', 'r', 'r', 'r']),
    '',
    '### Targets',
    '',
    `- First render at least 3× faster than React Flow: ${verdict(firstOurs, firstPeer / 3, ms)} (ours ${ms(firstOurs)}, React Flow ${ms(firstPeer)}, ${times(firstPeer / firstOurs)}).`,
    `- One status change under 16 ms (to paint): ${verdict(changeOurs, 16, ms)} (JavaScript alone ${ms(changeOursJs)}).`,
    `- At most a third of React Flow's bytes (page JS+CSS): ${verdict(oursBytes.total, peerBytes.total / 3, kB)} (ours ${kB(oursBytes.total)}, React Flow ${kB(peerBytes.total)}, ${times(peerBytes.total / oursBytes.total)}).`,
    `- The same on own code (React left out): ${verdict(ownTotal(ownOurs), ownTotal(ownPeer) / 3, kB)} (ours ${kB(ownTotal(ownOurs))}, React Flow ${kB(ownTotal(ownPeer))}).`,
    '',
    ...(why.length > 0 ? ['### Why targets are missed', '', ...why, ''] : []),
    '### Where the time goes (one traced run each; self time by phase)',
    '',
    table(['', ...PHASES], phaseRows, ['l', 'r', 'r', 'r', 'r', 'r']),
    '',
    '### At the timeline’s sizes (medians)',
    '',
    'React Flow is not tried at a size after it failed at a smaller one (the harness gives up when a render has not shown within 30 s).',
    '',
    table(
      [
        'topics',
        'ours: first render',
        'ours: change JS',
        'ours: change to paint',
        'ours: heap',
        'React Flow: first render',
        'React Flow: change JS',
        'React Flow: change to paint',
        'React Flow: heap',
      ],
      scaleRows,
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    beyond(results),
    MAP_END,
  ].join('\n');
}

/**
 * What happens past 1,000 topics: the status change (JavaScript and to paint) at each larger size
 * against the 16 ms target, with the reason when it is missed.
 * @param {MapResults} results
 */
function beyond(results) {
  const [ours] = MAP_SUBJECTS;
  const parts = MAP_SCALE_SIZES.filter((topics) => topics > 1000).flatMap((topics) => {
    const done = (results.scale[ours.id]?.[topics] ?? []).filter(finished);
    if (done.length === 0) return [`${size(topics)} topics: did not finish`];
    const js = summarize(done.flatMap((run) => run.updateCommit)).median;
    const paint = summarize(done.flatMap((run) => run.updatePaint)).median;
    const first = summarize(done.map((run) => run.firstPaint)).median;
    return [
      `${size(topics)} topics: first render ${ms(first)}, a status change ${ms(js)} of JavaScript and ${ms(paint)} to paint (${paint <= 16 ? 'under' : 'over'} 16 ms)`,
    ];
  });
  return `Beyond 1,000 topics — ${parts.join('; ')}. The JavaScript of a change stays flat (one topic re-renders, through the progress index); what grows is Chromium's work on the one SVG that holds every topic (its style, layout and paint are not limited to the part in view), and the first render, which draws every topic before the first paint.`;
}

/**
 * `text` with its Map section replaced by `section` (or added at the end when it has none).
 * @param {string} text
 * @param {string} section
 */
export function withMapSection(text, section) {
  const start = text.indexOf(MAP_START);
  const end = text.indexOf(MAP_END);
  if (start >= 0 && end > start) {
    return `${text.slice(0, start)}${section}${text.slice(end + MAP_END.length)}`;
  }
  return `${text.trimEnd()}\n\n${section}\n`;
}
