/**
 * Builds the static site into dist/:
 *   1. the client bundle (vite build);
 *   2. a server bundle of src/entry-server.tsx (into .ssr/, deleted at the end);
 *   3. every static route rendered to HTML with react-dom/static and written where a static host
 *      looks for it (`/levels/l1` -> levels/l1.html), with its head (title, description, canonical,
 *      Open Graph, JSON-LD) filled in. The browser then hydrates that HTML.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const ssrDir = path.join(root, '.ssr');

/**
 * Where a static host looks for a path's file: `/` -> index.html, `/zh-CN/` -> zh-CN/index.html,
 * `/levels/l1` -> levels/l1.html.
 * @param {string} pathname
 */
function fileFor(pathname) {
  return pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}.html`;
}

/**
 * @param {string} template the client build's index.html
 * @param {{ html: string, head: string, lang: string, hydrationKey: string }} page
 */
function fillTemplate(template, page) {
  const filled = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace('<!--head-->', page.head)
    .replace(
      '<div id="root"><!--app--></div>',
      () => `<div id="root" data-tm-ssr="${page.hydrationKey}">${page.html}</div>`,
    );
  if (filled.includes('<!--app-->') || filled.includes('<!--head-->')) {
    throw new Error(
      'index.html lost its <!--head--> or <div id="root"><!--app--></div> placeholder',
    );
  }
  return filled;
}

const started = performance.now();
await build({ root, logLevel: 'warn' });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, sourcemap: false },
});

try {
  /** @type {import('../src/entry-server').ServerEntry} */
  const server = await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href);
  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  const pages = server.prerenderPaths();
  for (const { pathname, file } of pages) {
    const page = await server.render(pathname);
    const target = path.join(dist, file ?? fileFor(pathname));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, fillTemplate(template, page));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`demo: built and prerendered ${pages.length} pages into dist/ in ${seconds} s`);
} finally {
  await rm(ssrDir, { recursive: true, force: true });
}
