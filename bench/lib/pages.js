// @ts-check
// Builds each subject's page with Vite (production mode: React's production build, minified),
// twice: the page as served, and the same entry with React, React DOM and the harness left out,
// which is the subject's own code (library plus the few lines of page code using it).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

/** The subjects, in table order; `id` is the folder under pages/. */
export const SUBJECTS = /** @type {const} */ ([
  { id: 'trailmark', name: 'Trailmark RoadmapTimeline', ours: true, peer: false },
  { id: 'react-chrono', name: 'react-chrono Chrono', ours: false, peer: true },
  { id: 'mui-lab', name: 'MUI Lab Timeline', ours: false, peer: true },
  { id: 'antd', name: 'Ant Design Timeline', ours: false, peer: true },
  { id: 'plain-react', name: 'Plain React (no library, reference)', ours: false, peer: false },
]);

/** @typedef {(typeof SUBJECTS)[number]} Subject */

/**
 * React, React DOM, their scheduler and the shared harness (which holds the data generator).
 * @param {string} id
 */
const isSharedModule = (id) =>
  /^(react|react-dom|scheduler)(\/|$)/.test(id) ||
  /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) ||
  /(^|[\\/])(harness|peer-state)(\.ts)?$/.test(id) ||
  /[\\/]data[\\/]generate\.js$/.test(id);

/**
 * @param {string} id
 * @returns {boolean}
 */
const isSharedOrSdk = (id) =>
  isSharedModule(id) || /^(@trailmark\/curriculum|zod)(\/|$)/.test(id) || /[\\/]zod[\\/]/.test(id);

/**
 * The HTML page of a subject: the same for every one (an empty root and `./main.tsx`, the
 * subject's code) but its title. Not a file: Vite is handed it by {@link pageHtmlPlugin}.
 * @param {string} subject the folder under pages/
 */
export function pageHtml(subject) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Benchmark: ${subject}</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;
}

/**
 * Gives Vite `<root>/index.html`, the build's entry, from {@link pageHtml}.
 * @param {string} root the subject's folder
 * @param {string} subject
 * @returns {import('vite').Plugin}
 */
function pageHtmlPlugin(root, subject) {
  const file = join(root, 'index.html');
  return {
    name: 'trailmark-bench:page-html',
    enforce: 'pre',
    resolveId: (source) => (source === file ? file : null),
    load: (id) => (id === file ? pageHtml(subject) : null),
  };
}

/**
 * @param {string} subject
 * @param {string} outDir
 * @param {((id: string) => boolean) | undefined} external modules left out of the bundle
 */
async function buildPage(subject, outDir, external) {
  const root = join(pagesDir, subject);
  await build({
    configFile: false,
    root,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [pageHtmlPlugin(root, subject)],
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // Warnings about chunk size are expected for the peers and say nothing here.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        ...(external ? { external } : {}),
        // antd's and MUI's "use client" directives mean nothing in a browser bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
}

/**
 * Gzip (level 9) and raw bytes of every .js and .css file under `dir`.
 * @param {string} dir
 */
export async function assetSizes(dir) {
  /** @type {{ js: number, css: number, jsRaw: number, cssRaw: number }} */
  const sizes = { js: 0, css: 0, jsRaw: 0, cssRaw: 0 };
  for (const name of await readdir(dir, { recursive: true })) {
    const file = join(dir, name);
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : undefined;
    if (!kind || !(await stat(file)).isFile()) continue;
    const body = await readFile(file);
    sizes[kind] += gzipSize(body);
    sizes[kind === 'js' ? 'jsRaw' : 'cssRaw'] += body.length;
  }
  return sizes;
}

/**
 * Bytes after gzip at level 9, as a static host compressing ahead of time would serve them.
 * @param {Uint8Array | string} body
 */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/**
 * Builds every subject into `root/<id>/page` (as served) and `root/<id>/own` (own code only), and
 * ours also into `root/<id>/components` (without @trailmark/curriculum and zod, which validate).
 * @param {string} root
 */
export async function buildPages(root) {
  for (const subject of SUBJECTS) {
    await buildPage(subject.id, join(root, subject.id, 'page'), undefined);
    await buildPage(subject.id, join(root, subject.id, 'own'), isSharedModule);
    if (subject.ours) {
      await buildPage(subject.id, join(root, subject.id, 'components'), isSharedOrSdk);
    }
  }
}

/**
 * Builds the map subjects (`./map.js`) as the others: `root/<id>/page` (as served) and
 * `root/<id>/own` (own code only), and ours also `root/<id>/components` (without the SDK's
 * validation).
 * @param {string} root
 * @param {readonly { id: string, ours: boolean }[]} subjects
 */
export async function buildMapPages(root, subjects) {
  for (const subject of subjects) {
    await buildPage(subject.id, join(root, subject.id, 'page'), undefined);
    await buildPage(subject.id, join(root, subject.id, 'own'), isSharedModule);
    if (subject.ours) {
      await buildPage(subject.id, join(root, subject.id, 'components'), isSharedOrSdk);
    }
  }
}
