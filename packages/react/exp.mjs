import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';

const outDir = '/tmp/trailmark-react-bench';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  try {
    const b = await readFile(join(outDir, p === '/' ? 'index.html' : p));
    res.writeHead(200, { 'content-type': types[extname(p)] ?? 'text/html' });
    res.end(b);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const variants = process.argv.slice(2);
const results = Object.fromEntries(variants.map((v) => [v, []]));
for (let round = 0; round < 4; round++)
  for (const v of variants) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'bench' in window);
    const r = await page.evaluate(async (v) => {
      const sheet = [...document.styleSheets].find((s) => s.cssRules.length > 20);
      const drop = (pred) => {
        for (let i = sheet.cssRules.length - 1; i >= 0; i--)
          if (pred(sheet.cssRules[i].cssText)) sheet.deleteRule(i);
      };
      if (v === 'nostyle') sheet.disabled = true;
      if (v === 'nocontainer') drop((t) => /container/.test(t));
      if (v === 'nouniversal') drop((t) => /\.tm-root \*/.test(t));
      if (v === 'nofont') drop((t) => /font-family/.test(t) && !/--tm/.test(t));
      if (v === 'nopseudo') drop((t) => /::before|::after/.test(t));
      if (v === 'noflex') drop((t) => /^\.tm-topic \{/.test(t));
      const out = [];
      for (let i = 0; i < 5; i++) {
        const res = window.bench.firstRender();
        out.push(res.total - res.commit);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    }, v);
    results[v].push(...r.slice(1));
    await page.close();
  }
for (const v of variants) {
  const s = results[v].sort((a, b) => a - b);
  console.log(
    v.padEnd(12),
    'min',
    s[0].toFixed(1),
    'median',
    s[Math.floor(s.length / 2)].toFixed(1),
  );
}
await browser.close();
server.close();
