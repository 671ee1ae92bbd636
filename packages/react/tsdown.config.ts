import { defineConfig } from 'tsdown';

export default defineConfig({
  // The map is an entry of its own: the main entry never loads it or its layout library.
  entry: ['src/index.ts', 'src/map.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  fixedExtension: false,
  // Every export uses hooks: mark the bundle as client code for React Server Components hosts.
  banner: { js: "'use client';" },
  deps: { neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, /^@trailmark\//] },
});
