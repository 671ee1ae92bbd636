/**
 * Shared Vite settings for the two builds of the embed script: the ES module
 * (`vite.config.ts`) and the classic script (`vite.classic.config.ts`). They differ only in the
 * entry (how each finds its own URL) and the output format, so they live in one function.
 */
import { listRoadmaps } from '@trailmark/curriculum/roadmaps';
import type { Alias, UserConfig } from 'vite';
import { issueWordsOnDemand } from './scripts/issue-words-plugin.ts';
import { builtInRoadmapData } from './scripts/roadmap-data-plugin.ts';
import { embedStylesheet } from './scripts/stylesheet-plugin.ts';

/**
 * One build: `es` the module script, `iife` the classic script, `map` the map's script (an ES
 * module that either one imports for `view="map"`), `errors` the errors script (an ES module that
 * either one imports when a document fails: the positioned JSON reader and the words of issues).
 */
export type EmbedFormat = 'es' | 'iife' | 'map' | 'errors';

/**
 * The renderer the bundle carries. Only `scripts/measure.js` sets `TRAILMARK_EMBED_RENDERER=react`,
 * to build the same script with the real React DOM and compare sizes.
 */
const renderer = process.env.TRAILMARK_EMBED_RENDERER === 'react' ? 'react' : 'preact';

/** The components import React; in the embed they run on preact/compat (about 10x smaller). */
const reactToPreact: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

const entries: Record<EmbedFormat, string> = {
  es: 'src/entry-module.ts',
  iife: 'src/entry-classic.ts',
  map: 'src/map/entry.tsx',
  errors: 'src/errors/entry.ts',
};

const fileNames: Record<EmbedFormat, string> = {
  es: 'trailmark-embed.js',
  iife: 'trailmark-embed.iife.js',
  map: 'trailmark-embed-map.js',
  errors: 'trailmark-embed-errors.js',
};

/**
 * The Vite config of one embed build.
 * @param format `es` writes `trailmark-embed.js` and the built-in roadmap data files; `iife` writes
 *   `trailmark-embed.iife.js` beside them, `map` `trailmark-embed-map.js` and `errors`
 *   `trailmark-embed-errors.js`.
 */
export function embedConfig(format: EmbedFormat): UserConfig {
  const roadmapIds = listRoadmaps().map((roadmap) => roadmap.id);
  return {
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: renderer === 'react' ? [] : reactToPreact },
    define: {
      // Library mode leaves `process.env` alone; the script must not reference it in a browser.
      'process.env.NODE_ENV': JSON.stringify('production'),
      __TRAILMARK_ROADMAP_IDS__: JSON.stringify(roadmapIds),
    },
    plugins: [
      // The errors script is where the words of issues are; every other script goes without.
      ...(format === 'errors' ? [] : [issueWordsOnDemand(), embedStylesheet()]),
      ...(format === 'es' ? [builtInRoadmapData()] : []),
    ],
    build: {
      outDir: 'dist',
      // The other builds run after it and must keep the module build's files.
      emptyOutDir: format === 'es',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      rolldownOptions: {
        // Library mode keeps whitespace and annotations in ES output so apps can re-bundle it; this
        // file is loaded as is, so it is minified fully like the classic build.
        output: { minify: true, comments: { annotation: false } },
        onLog(level, log, handler) {
          // @trailmark/react marks its entry 'use client' for React Server Components; meaningless here.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
      lib: {
        entry: entries[format],
        formats: [format === 'iife' ? 'iife' : 'es'],
        name: 'TrailmarkEmbed',
        fileName: () => fileNames[format],
      },
    },
  };
}
