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
    // 10.37 kB measured after issue 18; 10.82 kB after issue 17: the page-language rule (one
    // observer of <html lang>), progress / onProgressChange, and parts used on their own as roots.
    limit: '11 kB',
  },
  {
    name: '@trailmark/react styles.css (tokens included)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '5 kB',
  },
];
