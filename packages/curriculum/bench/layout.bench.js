// Benchmark: layoutRoadmap (and toSvg) on the built-in roadmap and on generated curricula of 100 to
// 5,000 topics. Run `npm run bench` after `npm run build`; it reads the built package.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseCurriculum } from '../dist/index.js';
import { layoutRoadmap } from '../dist/layout/index.js';
import { llmEngineer } from '../dist/roadmaps/llm-engineer.js';
import { toSvg } from '../dist/svg/index.js';
import { generate } from './generate.js';

/** Wall-clock and CPU milliseconds of `run`, after a warm-up: median, p75, min, median CPU. */
function measure(run, iterations) {
  for (let i = 0; i < Math.max(5, Math.floor(iterations / 5)); i++) run();
  const times = [];
  const cpu = [];
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (list, q) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
  return { median: at(times, 0.5), p75: at(times, 0.75), min: at(times, 0), cpu: at(cpu, 0.5) };
}

const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
const cases = [
  ['built-in llm-engineer, en', llmEngineer, { locale: 'en' }, 300],
  ['built-in llm-engineer, zh-CN', llmEngineer, { locale: 'zh-CN' }, 300],
  ...[
    [100, 200],
    [1_000, 60],
    [2_000, 30],
    [5_000, 15],
  ].map(([topics, runs]) => {
    const result = parseCurriculum(generate(topics));
    if (!result.ok) throw new Error(`generated curriculum is invalid: ${result.issues[0].message}`);
    return [`generated ${topics}`, result.value, { locale: 'en' }, runs];
  }),
];

console.log(
  `\nlayoutRoadmap (node ${process.version}, load average ${loadavg()[0].toFixed(1)}, ${new Date().toISOString().slice(0, 10)}, command: npm run bench -w @trailmark/curriculum)`,
);
// Eight columns (per-topic time last), so the root bench harness, which reads the parse bench's
// seven-column rows from the same output, does not take these rows for its own.
console.log(
  'curriculum                      topics  edges  runs      median         p75         min  median CPU  CPU/topic',
);
for (const [name, curriculum, options, runs] of cases) {
  const layout = layoutRoadmap(curriculum, options);
  const { median, p75, min, cpu } = measure(() => layoutRoadmap(curriculum, options), runs);
  const topics = layout.nodes.length;
  console.log(
    `${name.padEnd(30)} ${String(topics).padStart(7)} ${String(layout.edges.length).padStart(6)} ${String(runs).padStart(5)} ${ms(median)}  ${ms(p75)}  ${ms(min)}  ${ms(cpu)}  ${`${((cpu / topics) * 1000).toFixed(1)} µs`.padStart(9)}`,
  );
}
const svg = measure(() => toSvg(llmEngineer, { locale: 'en' }), 200);
console.log(
  `\ntoSvg of the built-in roadmap (en): median ${svg.median.toFixed(2)} ms, median CPU ${svg.cpu.toFixed(2)} ms, ${(toSvg(llmEngineer).length / 1024).toFixed(1)} kB of SVG`,
);
