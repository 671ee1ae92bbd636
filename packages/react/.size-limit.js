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
    limit: '10.5 kB',
  },
  {
    name: '@trailmark/react styles.css (tokens included)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '5 kB',
  },
];
