import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'tsdown';
import { toCss } from './src/emit/css.js';
import { toDtcg } from './src/emit/dtcg.js';

export default defineConfig({
  entry: ['src/index.ts', 'src/contrast.ts'],
  format: 'esm',
  platform: 'neutral',
  // `.js`/`.d.ts` (the package is "type": "module"), as the exports map expects.
  fixedExtension: false,
  dts: true,
  clean: true,
  hooks: {
    // tokens.css and tokens.json come from the same TypeScript source as the JS, in the same build.
    'build:done': async ({ options }) => {
      await mkdir(options.outDir, { recursive: true });
      await writeFile(join(options.outDir, 'tokens.css'), toCss());
      await writeFile(
        join(options.outDir, 'tokens.json'),
        `${JSON.stringify(toDtcg(), null, 2)}\n`,
      );
    },
  },
});
