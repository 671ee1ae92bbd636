/**
 * Typing in the playground on a 1,000-topic document (bench/data's roadmap, as YAML): how long each
 * keystroke takes from the key press to the next paint (the browser's Event Timing, as INP counts
 * it), and how long one check of the whole text takes (it runs once typing pauses, not per key).
 *
 *   node scripts/typing-latency.js              # after `npm run build -w @trailmark/demo`
 *   node scripts/typing-latency.js --cpu 4      # with Lighthouse's mobile CPU slowdown
 *
 * It serves dist/ itself (vite preview on a free port) and prints the figures; nothing asserts
 * them, since they measure the machine as much as the page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCurriculum } from '@trailmark/curriculum';
import { readSource, writeSource } from '@trailmark/curriculum/source';
import { preview } from 'vite';
import { generateRoadmap } from '../../../bench/data/generate.js';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error('typing-latency: dist/ is missing; run `npm run build -w @trailmark/demo` first.');
  process.exit(1);
}
const { values: args } = parseArgs({
  options: { cpu: { type: 'string', default: '1' }, keys: { type: 'string', default: '60' } },
});

const text = writeSource(generateRoadmap({ topics: 1000 }), 'yaml');
const lines = text.split('\n').length;

/** Milliseconds of one whole check, as the playground runs it after a pause: read, then parse. */
function timeCheck() {
  const start = performance.now();
  const read = readSource(text);
  if (read.ok) parseCurriculum(read.value);
  return performance.now() - start;
}
for (let warm = 0; warm < 3; warm++) timeCheck();
const checks = Array.from({ length: 5 }, timeCheck).sort((a, b) => a - b);

const server = await preview({
  root,
  logLevel: 'silent',
  preview: { port: 0, strictPort: false, host: '127.0.0.1' },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('the preview server has no port');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.cpu) });
  await page.goto(`http://127.0.0.1:${address.port}/playground`);
  const editor = page.getByRole('textbox', { name: 'Curriculum document (JSON or YAML)' });
  await editor.focus();
  // The page starts with a plain text area; CodeMirror takes its place, focused, on first focus.
  await page.locator('.cm-content:focus').waitFor();
  await page.keyboard.press('Control+A');
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
  await page.getByText(`${lines.toLocaleString('en')} lines`).waitFor({ timeout: 120_000 });
  // Into the middle of the document: a topic's title.
  await editor.evaluate(() => {
    /** @type {any} */
    const element = document.querySelector('.cm-content');
    const view = element.cmTile.root.view;
    const at = view.state.doc.toString().indexOf('topic-500\n') + 'topic-500'.length;
    view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
  });
  await page.evaluate(() => {
    /** @type {any} */ (window).keyTimes = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown') /** @type {any} */ (window).keyTimes.push(entry.duration);
      }
    }).observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16 }));
  });
  const keys = Number(args.keys);
  for (let index = 0; index < keys; index++) {
    await page.keyboard.type(index % 10 === 9 ? ' ' : 'x', { delay: 80 });
  }
  // Let the last check run, and the observer report.
  await page.waitForTimeout(1_000);
  /** @type {number[]} */
  const slow = await page.evaluate(() => /** @type {any} */ (window).keyTimes);
  const sorted = [...slow].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(
    `document: 1,000 topics, ${lines.toLocaleString('en')} lines of YAML, ${(text.length / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `one check (readSource + parseCurriculum, Node): median ${(checks[2] ?? 0).toFixed(0)} ms`,
  );
  console.log(
    `${keys} keystrokes at CPU x${args.cpu}: ${slow.length} took 16 ms or more from key press to paint` +
      (slow.length ? ` (median of those ${at(0.5)} ms, slowest ${at(1)} ms)` : ''),
  );
} finally {
  await browser.close();
  await server.close();
}
