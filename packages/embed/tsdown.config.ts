import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  format: 'esm',
  platform: 'browser',
  fixedExtension: false,
  deps: { alwaysBundle: [/^@trailmark\//], neverBundle: [/^preact/, /^react/, /^zod/] },
  clean: false,
  logLevel: 'warn',
};

/**
 * Type declarations for TypeScript users; the scripts themselves are built by Vite. The curriculum
 * and component types are inlined so the declarations need no other package installed.
 */
export default defineConfig([
  // `dist/trailmark-embed.d.ts`, for the module build: the element's type, its events and
  // `HTMLElementTagNameMap`.
  { ...shared, entry: { 'trailmark-embed': 'src/entry-module.ts' }, dts: { emitDtsOnly: true } },
  // `@trailmark/embed/react-jsx`: JSX typings for React (types, and an empty module so that a
  // plain `import` of the subpath also resolves).
  { ...shared, entry: { 'react-jsx': 'src/react-jsx.ts' }, dts: true, sourcemap: false },
]);
