// The budgets measure what an app's production build ships: bundlers set NODE_ENV to
// `production` there, which drops the development-only warnings.
/** @param {import('esbuild').BuildOptions} config */
const production = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});

export default [
  {
    name: '@trailmark/react JS (react, react-dom, @trailmark/curriculum excluded)',
    path: 'dist/index.js',
    import: '*',
    ignore: ['react', 'react-dom', 'react/jsx-runtime', '@trailmark/curriculum'],
    modifyEsbuildConfig: production,
    gzip: true,
    // 10.37 kB measured after issue 18: the invalid-pace message, the remaining-hours note, the
    // level-page link and the kind label (each in English and Chinese), the ★ rule (isSymbolCode).
    // 12.21 kB after issue 16 (+1.85 kB): the progress index that makes a status change cost the
    // same at any roadmap size (per-topic and per-level subscriptions, counts kept one change at a
    // time, the next topic found by study-order blocks) and the first-screen-first module fill.
    limit: '12.3 kB',
  },
  {
    name: '@trailmark/react styles.css (tokens included)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '5 kB',
  },
];
