// Puts the server HTML of hydrate-app.js into the built hydrate.html, as a server would.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { app } from './hydrate-app.js';

const html = renderToString(app());
if (!html.includes('大模型微调与私有化部署')) {
  throw new Error("the server was expected to render the roadmap's default language, zh-CN");
}
const page = readFileSync('dist/hydrate.html', 'utf8');
if (!page.includes('<!--server-html-->')) throw new Error('dist/hydrate.html has no placeholder');
writeFileSync('dist/hydrate.html', page.replace('<!--server-html-->', html));
