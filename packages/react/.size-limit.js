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
    // 10.37 kB measured after issue 18's first part; then (this release) the polite live region and
    // open levels in the stores (+0.85 kB, issue 18), the page-language rule, progress /
    // onProgressChange and parts as roots (+0.46 kB, issue 17), and the progress index that makes a
    // status change cost the same at any roadmap size with the first-screen-first module fill
    // (+1.85 kB, issue 16).
    limit: 'MEASURE',
  },
  {
    name: '@trailmark/react styles.css (tokens included)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '5 kB',
  },
];
