import { defineConfig } from 'tsdown';

/**
 * Type declarations only (`dist/trailmark-embed.d.ts`), for TypeScript users of the module build:
 * the element class, its events and `HTMLElementTagNameMap`. The script itself is built by Vite.
 * The curriculum types are inlined so the declarations need no other package installed.
 */
export default defineConfig({
  entry: { 'trailmark-embed': 'src/entry-module.ts' },
  format: 'esm',
  platform: 'browser',
  fixedExtension: false,
  dts: { emitDtsOnly: true },
  deps: { alwaysBundle: [/^@trailmark\//], neverBundle: [/^preact/, /^react/, /^zod/] },
  clean: false,
  logLevel: 'warn',
});
