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
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map `mappings` into [generatedColumn, sourceIndex] pairs. */
function decodeLine(line, state) {
  const segments = [];
  for (const segment of line.split(',')) {
    if (segment === '') continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([state.column, values.length > 1 ? state.source : -1]);
  }
  return segments;
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
  const code = await readFile(file, 'utf8');
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const sources = map.sources.map((source) =>
    packageOf(resolve(dirname(file), map.sourceRoot ?? '', source)),
  );
  const texts = new Map();
  const state = { column: 0, source: 0 };
  const lines = code.split('\n');
  map.mappings.split(';').forEach((mapping, index) => {
    state.column = 0;
    const text = lines[index] ?? '';
    const segments = decodeLine(mapping, state);
    segments.forEach(([column, source], i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      let name = source === -1 ? '(unmapped)' : (sources[source] ?? '(unknown)');
      // The stylesheet is one long template literal inside the embed's styles module.
      if (end - column > 2_000 && text[column] === '`') name = 'styles (CSS text)';
      texts.set(name, (texts.get(name) ?? '') + text.slice(column, end));
    });
  });
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
