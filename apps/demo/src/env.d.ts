/// <reference types="vite/client" />

/** Replaced at build time by vite.config.ts from `TRAILMARK_SITE_URL`. */
declare const __TRAILMARK_SITE_URL__: string;

/** The check of the playground's starter document, done at build time (vite/playground-starter.ts). */
declare module 'virtual:playground-starter-check' {
  const report: import('./playground/check').CheckReport;
  export default report;
}
