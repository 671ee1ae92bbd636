import { build } from 'vite';

await build({
  configFile: false,
  root: '/work/wt/perf/bench/pages/trailmark',
  base: './',
  mode: 'production',
  logLevel: 'warn',
  build: {
    outDir: '/tmp/perf-pages-dev/trailmark/page',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
  },
});
