// The budgets measure what an app's production build ships: bundlers set NODE_ENV to
// `production` there, which drops the development-only warnings.
/** @param {import('esbuild').BuildOptions} config */
const production = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});

/**
 * Leaves out only the core entries of @trailmark/curriculum (counted in its own budgets, and loaded
 * by the main entry anyway): `@trailmark/curriculum/layout` and its layout library, dagre, stay in.
 * @param {import('esbuild').BuildOptions} config
 */
const withLayout = (config) => ({
  ...production(config),
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'curriculum-core-external',
      setup(build) {
        build.onResolve({ filter: /^@trailmark\/curriculum(\/locale)?$/ }, (args) => ({
          path: args.path,
          external: true,
        }));
      },
    },
  ],
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
    // (+1.85 kB, issue 16), and the status control shared with the map, the nearest-lang rule: 13.69 kB in all.
    limit: '13.75 kB',
  },
  {
    // A page with both entries: the main entry's budget above plus at most 30 kB for the map, its
    // layout and dagre (the code the two share counted once).
    name: '@trailmark/react + @trailmark/react/map JS (layout and dagre included; react and the curriculum core excluded)',
    path: 'size-with-map.js',
    import: '*',
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    modifyEsbuildConfig: withLayout,
    gzip: true,
    limit: '43.75 kB',
  },
  {
    name: '@trailmark/react/map.css (tokens included)',
    path: 'dist/map.css',
    gzip: true,
    limit: '5 kB',
  },
  {
    name: '@trailmark/react styles.css (tokens included)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '5 kB',
  },
];
