import { defineConfig } from 'tsdown';

export default defineConfig({
  // Globs so the built-in roadmap modules are picked up as they are added.
  entry: [
    'src/index.ts',
    // `@trailmark/curriculum/schema`: the zod schemas, patterns and limits.
    'src/schema.ts',
    'src/locale/index.ts',
    'src/roadmaps/*.ts',
    '!src/**/*.test.ts',
    'src/cli.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  // Only the CLI imports Node built-ins; they stay imports, not bundling attempts.
  deps: { neverBundle: [/^node:/] },
  // `.js`/`.d.ts` (the package is "type": "module"), as the exports map expects.
  fixedExtension: false,
  dts: true,
  clean: true,
});
