import { launchChromium } from '/work/wt/perf/scripts/lib/chromium.mjs';
import { serveStatic } from '/work/wt/perf/scripts/lib/static-server.mjs';

const browser = await launchChromium();
const server = await serveStatic(process.argv[3] ?? '/tmp/perf-pages-dev');
const topics = Number(process.argv[2] ?? 10000);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/trailmark/page/?topics=${topics}`);
  await page.waitForFunction(() => window.bench !== undefined);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const t = await page.evaluate(() => window.bench.mount());
  const { profile } = await cdp.send('Profiler.stop');
  console.log(JSON.stringify(t));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  let time = 0;
  let started = false;
  let t0 = 0;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] / 1000;
    const n = byId.get(id);
    if (!started && !['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) {
      started = true;
      t0 = time;
    }
    if (!started || time - t0 > t.commit) return;
    const seen = new Set();
    let cur = id;
    while (cur !== undefined) {
      const node = byId.get(cur);
      const key = node.callFrame.functionName || '(anon)';
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
      }
      cur = parent.get(cur);
    }
  });
  [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 50)
    .forEach(([k, v]) => console.log(v.toFixed(1).padStart(7), k));
} finally {
  await browser.close();
  await server.close();
}
