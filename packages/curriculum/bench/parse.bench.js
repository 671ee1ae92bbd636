// Benchmark: parseCurriculum (shape plus whole-document checks) on generated curricula of 100,
// 1,000 and 10,000 topics. Run `npm run bench` after `npm run build`; it reads the built package.
import { performance } from 'node:perf_hooks';
import { parseCurriculum } from '../dist/index.js';
import { generate } from './generate.js';

function measure(doc, iterations) {
  const warmup = Math.max(5, Math.floor(iterations / 5));
  for (let i = 0; i < warmup; i++) parseCurriculum(doc);
  const times = [];
  const cpu = [];
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = parseCurriculum(doc);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (!result.ok) {
      const [issue] = result.issues;
      throw new Error(`generated curriculum is invalid: ${issue.path}: ${issue.message}`);
    }
  }
  const at = (list, q) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
  return { median: at(times, 0.5), p75: at(times, 0.75), min: at(times, 0), cpu: at(cpu, 0.5) };
}

// Wall-clock time is what a user waits; CPU time (this process, GC threads included) shows the
// work itself when other processes compete for the cores. The load average is printed for that.
const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
const [load] = (await import('node:os')).loadavg();
console.log(
  `parseCurriculum, shape + whole-document checks (node ${process.version}, load average ${load.toFixed(1)}, command: npm run bench)`,
);
console.log('topics      bytes    runs      median         p75         min  median CPU');
for (const [topics, iterations] of [
  [100, 500],
  [1_000, 200],
  [10_000, 30],
]) {
  const doc = generate(topics);
  const { median, p75, min, cpu } = measure(doc, iterations);
  const bytes = JSON.stringify(doc).length;
  console.log(
    `${String(topics).padStart(6)} ${String(bytes).padStart(10)} ${String(iterations).padStart(7)} ${ms(median)}  ${ms(p75)}  ${ms(min)}  ${ms(cpu)}`,
  );
}
