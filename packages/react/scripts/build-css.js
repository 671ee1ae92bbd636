// Builds dist/styles.css: the design tokens, then every component's CSS in a fixed order
// (scripts/css-order.js), minified with Lightning CSS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { cssOrder } from './css-order.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const tokens = readFileSync(require.resolve('@trailmark/tokens/tokens.css'), 'utf8');
const parts = cssOrder.map(
  (file) => `/* ${file} */\n${readFileSync(join(root, 'src', file), 'utf8')}`,
);
const source = [tokens, ...parts].join('\n');

// Browsers with container queries: logical properties and :dir() need no fallbacks there.
/** @param {number} major @param {number} [minor] */
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const { code, warnings } = transform({
  filename: 'styles.css',
  code: Buffer.from(source),
  minify: true,
  targets: { chrome: version(120), firefox: version(115), safari: version(16, 4) },
});
for (const warning of warnings) console.warn(`styles.css: ${warning.message}`);

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/styles.css'), code);
console.log(`dist/styles.css: ${code.length} bytes`);
