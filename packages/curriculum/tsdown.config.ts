import { defineConfig } from 'tsdown';

export default defineConfig({
  // Globs so the built-in roadmap modules are picked up as they are added.
  entry: [
    'src/index.ts',
    // `@trailmark/curriculum/schema`: the zod schemas, patterns and limits.
    'src/schema.ts',
    'src/locale/index.ts',
    'src/source.ts',
    'src/roadmaps/*.ts',
    '!src/**/*.test.ts',
    'src/cli.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  // Only the CLI imports Node built-ins; they stay imports, not bundling attempts.
  deps: { neverBundle: [/^node:/] },
  outputOptions: {
    // The YAML reader in a chunk of its own, the only one that imports `yaml`: a bundle that takes
    // only readJson from `./source` then drops yaml too (yaml declares no sideEffects).
    codeSplitting: {
      groups: [
        { name: 'source-yaml', test: /src[\\/]source-yaml\.ts$/ },
        { name: 'source-json', test: /src[\\/]source-(json|text)\.ts$/, priority: 1 },
      ],
    },
  },
  // `.js`/`.d.ts` (the package is "type": "module"), as the exports map expects.
  fixedExtension: false,
  dts: true,
  clean: true,
});
