#!/usr/bin/env node
// What an app pays for Trailmark: builds small Vite + React apps from the built packages, each one
// step further than the last, and prints the gzip size of each app's JavaScript and what each step
// added. These are the figures the READMEs' headlines quote. Run after `npm run build`:
// `node scripts/measure-app-cost.mjs` (add `--json` for machine-readable output).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository, so the apps resolve the workspace's packages (their dist/) and React.
const work = join(root, 'node_modules/.cache/trailmark-app-cost');

const render = (element) => `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(${element});`;
// A curriculum of one's own, small: one level, one module, one topic.
const ownCurriculum = `const curriculum = {
  schemaVersion: 1, id: 'mine', version: '1.0.0', defaultLocale: 'en', locales: ['en'],
  title: { en: 'Mine' }, skills: [], roles: [],
  levels: [{ id: 'l1', code: 'L1', title: { en: 'One' }, summary: { en: 'The first level.' },
    outcomes: [], modules: [{ id: 'm1', title: { en: 'Module' }, topics: [
      { id: 't1', title: { en: 'Topic' }, kind: 'concept', hours: 2 }] }] }],
};`;

const builtIn = (await import('@trailmark/curriculum/roadmaps/llm-engineer')).default;
const topicCount = builtIn.levels
  .flatMap((level) => level.modules)
  .reduce((sum, module) => sum + module.topics.length, 0);

/** Each app adds one thing to the one before; the last line is the README's quick start. */
const apps = [
  {
    name: 'react',
    what: 'React and react-dom/client rendering a paragraph (the baseline)',
    code: render('<p>Hello</p>'),
  },
  {
    name: 'sdk',
    what: '+ parseCurriculum of your own curriculum (@trailmark/curriculum core, zod/mini)',
    code: `import { parseCurriculum } from '@trailmark/curriculum';
${ownCurriculum}
const result = parseCurriculum(curriculum);
${render("<p>{result.ok ? 'valid' : 'invalid'}</p>")}`,
  },
  {
    name: 'timeline',
    what: '+ <RoadmapTimeline curriculum={yours} /> (@trailmark/react and what it uses of the SDK)',
    code: `import { RoadmapTimeline } from '@trailmark/react';
${ownCurriculum}
${render('<RoadmapTimeline curriculum={curriculum} />')}`,
  },
  {
    name: 'quick-start',
    what: `+ the built-in LLM engineer roadmap instead (its data: ${topicCount} topics in ${builtIn.locales.join(' and ')})`,
    code: `import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { RoadmapTimeline } from '@trailmark/react';
${render('<RoadmapTimeline curriculum={llmEngineer} />')}`,
  },
];

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Builds one app for production and returns its JavaScript and CSS, gzipped, in bytes. */
async function measure(app) {
  const dir = join(work, app.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.jsx'), `${app.code}\n`);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="./main.jsx"></script>\n',
  );
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    build: { write: false, modulePreload: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const js = chunks.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code);
  return { js: gzip(js.join('\n')), files: js.length };
}

rmSync(work, { recursive: true, force: true });
const results = [];
for (const app of apps) results.push({ ...app, ...(await measure(app)) });
rmSync(work, { recursive: true, force: true });

const styles = gzip(readFileSync(join(root, 'packages/react/dist/styles.css')));

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ apps: results.map(({ code, ...rest }) => rest), styles }, null, 2));
} else {
  console.log('What an app pays (Vite 8 production build, JavaScript, gzip level 9):\n');
  let previous = 0;
  for (const { what, js } of results) {
    const added = previous === 0 ? '' : `  (${js >= previous ? '+' : ''}${kB(js - previous)})`;
    console.log(`${kB(js).padStart(9)}${added.padEnd(14)} ${what}`);
    previous = js;
  }
  const [base, , timeline, quick] = results;
  console.log(
    `\nTrailmark in an app: ${kB(timeline.js - base.js)} with your own curriculum, ` +
      `${kB(quick.js - base.js)} for the quick start; styles.css ${kB(styles)} (tokens included).`,
  );
}
