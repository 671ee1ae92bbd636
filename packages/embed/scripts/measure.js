/**
 * Size report for the embed, the numbers behind the README's size table:
 *
 * 1. raw and gzip size of each file in dist/;
 * 2. which packages the module build's bytes come from, read from its source map (minified bytes
 *    attributed to their original file, grouped by package);
 * 3. the same module build with the real React DOM instead of preact/compat, built to a temporary
 *    folder, to show why the embed uses preact/compat.
 *
 * Run after `npm run build`: `node scripts/measure.js` (add `--no-react` to skip step 3).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { textBySource } from './source-map-parts.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(packageDir, 'dist');

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function filesIn(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A package name for a source path: `preact`, `@trailmark/react`, `zod`, or `embed (own code)`. */
function packageOf(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const parts = source.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source);
  }
  const workspace = /packages\/([^/]+)\//.exec(source);
  if (workspace?.[1] === 'embed') return 'embed (own code)';
  return workspace ? `@trailmark/${workspace[1]}` : source;
}

/**
 * Minified bytes per package of a built file, from its source map, and each package's code
 * gzipped on its own (more than its share of the whole file's gzip, but it ranks them).
 */
async function bytesByPackage(file) {
  const texts = new Map();
  for (const [source, text] of await textBySource(file)) {
    // The stylesheet is built into the styles module as one string.
    const name = source.endsWith('/src/styles.ts') ? 'styles (CSS text)' : packageOf(source);
    texts.set(name, (texts.get(name) ?? '') + text);
  }
  return [...texts.entries()]
    .map(([name, part]) => [name, Buffer.byteLength(part), gzipSize(Buffer.from(part))])
    .sort((a, b) => b[1] - a[1]);
}

async function moduleBuildWith(renderer) {
  const outDir = await mkdtemp(join(tmpdir(), `trailmark-embed-${renderer}-`));
  process.env.TRAILMARK_EMBED_RENDERER = renderer;
  try {
    await build({
      root: packageDir,
      configFile: join(packageDir, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const bytes = await readFile(join(outDir, 'trailmark-embed.js'));
    return { raw: bytes.length, gzip: gzipSize(bytes) };
  } finally {
    delete process.env.TRAILMARK_EMBED_RENDERER;
    await rm(outDir, { recursive: true, force: true });
  }
}

console.log('Files in dist/ (gzip level 9):');
for (const file of await filesIn(dist)) {
  const bytes = await readFile(file);
  console.log(
    `  ${relative(dist, file).padEnd(34)} ${kB(bytes.length).padStart(9)} raw ${kB(gzipSize(bytes)).padStart(9)} gzip`,
  );
}

console.log('\ntrailmark-embed.js by package (from the source map; gzip of each part alone):');
const byPackage = await bytesByPackage(join(dist, 'trailmark-embed.js'));
const total = byPackage.reduce((sum, [, bytes]) => sum + bytes, 0);
for (const [name, bytes, gzip] of byPackage) {
  const share = `${((bytes / total) * 100).toFixed(0)} %`;
  console.log(
    `  ${name.padEnd(34)} ${kB(bytes).padStart(9)} min ${share.padStart(5)} ${kB(gzip).padStart(9)} gzip`,
  );
}

if (!process.argv.includes('--no-react')) {
  console.log('\ntrailmark-embed.js with each renderer:');
  for (const renderer of ['preact', 'react']) {
    const size = await moduleBuildWith(renderer);
    const label = renderer === 'preact' ? 'preact/compat' : 'React DOM 19';
    console.log(
      `  ${label.padEnd(34)} ${kB(size.raw).padStart(9)} raw ${kB(size.gzip).padStart(9)} gzip`,
    );
  }
}
