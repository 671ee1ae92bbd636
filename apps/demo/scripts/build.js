/**
 * Builds the static site into dist/:
 *   1. the client bundle (vite build);
 *   2. a server bundle of src/entry-server.tsx (into .ssr/, deleted at the end);
 *   3. every static route rendered to HTML with react-dom/static and written where a static host
 *      looks for it (`/levels/l1` -> levels/l1.html), with its head (title, description, canonical,
 *      Open Graph, JSON-LD) filled in. The browser then hydrates that HTML.
 *
 *   node scripts/build.js [--development] [--out-dir dist]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    // React's development build, which reports every hydration mismatch (the e2e tests use it).
    development: { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: 'dist' },
  },
});
// Before Vite and React load: both pick their build from it.
process.env.NODE_ENV = args.development ? 'development' : 'production';
const { build } = await import('vite');

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.resolve(root, args['out-dir']);
const ssrDir = path.join(root, args.development ? '.ssr-development' : '.ssr');

/**
 * Where a static host looks for a path's file: `/` -> index.html, `/zh-CN/` -> zh-CN/index.html,
 * `/levels/l1` -> levels/l1.html.
 * @param {string} pathname
 */
function fileFor(pathname) {
  return pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}.html`;
}

/**
 * The chunks a page needs to hydrate, beyond the entry and what the template links already: the
 * chunks of the given source modules and the chunks they import, as Vite's manifest lists them.
 * The page lists them on its root element (`data-tm-chunks`), and `src/entry-client.tsx` starts
 * downloading them all at once after the first paint.
 * @param {Record<string, { file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean }>} manifest
 * @param {string[]} modules
 * @param {string} template the page template, whose own links are not repeated
 */
function chunkFiles(manifest, modules, template) {
  const seen = new Set();
  /** @type {string[]} */
  const files = [];
  const visit = (/** @type {string} */ key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest; is it imported lazily?`);
    // The entry and the chunks it imports statically are linked by the template already.
    if (chunk.isEntry) return;
    if (!template.includes(`/${chunk.file}"`)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return files;
}

/**
 * Moves the stylesheet links Vite appends to the head up to `<!--styles-->`, ahead of the scripts:
 * the stylesheet blocks the first paint, so it should be the first thing the browser asks for
 * rather than share the connection with the (not render-blocking) module scripts.
 * @param {string} html
 */
function stylesheetsFirst(html) {
  const links = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  let moved = html;
  for (const link of links) moved = moved.replace(link, '');
  return moved.replace('<!--styles-->', links.join('').trim());
}

/**
 * @param {string} template the client build's index.html
 * @param {{ html: string, head: string, lang: string, hydrationKey: string }} page
 * @param {string[]} chunks the page's chunks beyond the template's (see {@link chunkFiles})
 */
function fillTemplate(template, page, chunks) {
  const filled = stylesheetsFirst(template)
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace('<!--head-->', page.head)
    .replace(
      '<div id="root"><!--app--></div>',
      () =>
        `<div id="root" data-tm-ssr="${page.hydrationKey}" data-tm-chunks="${chunks.join(' ')}">${page.html}</div>`,
    );
  if (['<!--app-->', '<!--head-->', '<!--styles-->'].some((mark) => filled.includes(mark))) {
    throw new Error(
      'index.html lost a placeholder: <!--styles-->, <!--head--> or <div id="root"><!--app--></div>',
    );
  }
  // The site runs under a Content-Security-Policy without 'unsafe-inline': only data, and scripts
  // whose hash the policy lists, may be inline.
  const policy = (
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(filled)?.[1] ?? ''
  ).replaceAll('&#39;', "'");
  const inline = [
    ...filled.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].filter(
    ([, code]) =>
      !policy.includes(
        `'sha256-${createHash('sha256')
          .update(code ?? '')
          .digest('base64')}'`,
      ),
  );
  if (inline.length > 0) {
    const tags = inline.map(([script]) => script.slice(0, 80)).join(', ');
    throw new Error(`inline script the Content-Security-Policy does not allow: ${tags}`);
  }
  return filled;
}

const started = performance.now();
const mode = args.development ? 'development' : 'production';
await build({ root, mode, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
await build({
  root,
  mode,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, sourcemap: false },
});

try {
  /** @type {import('../src/entry-server').ServerEntry} */
  const server = await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href);
  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  const pages = server.prerenderPaths();
  // The entry imports React DOM, the roadmap and the site lazily, to evaluate each in a task of
  // its own after the first paint (src/entry-client.tsx); every page needs them, so every page
  // lists them, and the entry fetches them all at once.
  const stepped = Object.values(manifest).find((chunk) => chunk.isEntry)?.dynamicImports ?? [];
  for (const { pathname, file, preload = [] } of pages) {
    const page = await server.render(pathname);
    const target = path.join(dist, file ?? fileFor(pathname));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(
      target,
      fillTemplate(template, page, chunkFiles(manifest, [...stepped, ...preload], template)),
    );
  }
  await rm(path.dirname(manifestFile), { recursive: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = path.relative(root, dist);
  console.log(
    `demo: built (${mode}) and prerendered ${pages.length} pages into ${where}/ in ${seconds} s`,
  );
} finally {
  await rm(ssrDir, { recursive: true, force: true });
}
