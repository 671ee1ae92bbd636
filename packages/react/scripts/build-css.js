// Builds dist/styles.css: the design tokens, then every component's CSS in a fixed order
// (scripts/css-order.js), minified with Lightning CSS; and dist/timeline.css, the same for the
// timeline's components only (for pages and shadow roots showing nothing else, like the embed);
// and dist/map.css, the same for `RoadmapMap`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { cssOrder, mapCssOrder, timelineCssOrder } from './css-order.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const tokens = readFileSync(require.resolve('@trailmark/tokens/tokens.css'), 'utf8');

// Browsers with container queries: logical properties and :dir() need no fallbacks there.
/** @param {number} major @param {number} [minor] */
const version = (major, minor = 0) => (major << 16) | (minor << 8);

mkdirSync(join(root, 'dist'), { recursive: true });

/**
 * Writes dist/<name>: the tokens, then `files` in order, minified.
 * @param {string} name @param {readonly string[]} files
 */
function writeStylesheet(name, files) {
  const parts = files.map(
    (file) => `/* ${file} */\n${readFileSync(join(root, 'src', file), 'utf8')}`,
  );
  const { code, warnings } = transform({
    filename: name,
    code: Buffer.from([tokens, ...parts].join('\n')),
    minify: true,
    targets: { chrome: version(120), firefox: version(115), safari: version(16, 4) },
  });
  for (const warning of warnings) console.warn(`${name}: ${warning.message}`);
  writeFileSync(join(root, 'dist', name), code);
  console.log(`dist/${name}: ${code.length} bytes`);
}

writeStylesheet('styles.css', cssOrder);
writeStylesheet('timeline.css', timelineCssOrder);
writeStylesheet('map.css', mapCssOrder);
