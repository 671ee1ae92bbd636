/// <reference types="vite/client" />

/** Replaced at build time by vite.config.ts from `TRAILMARK_SITE_URL`. */
declare const __TRAILMARK_SITE_URL__: string;
