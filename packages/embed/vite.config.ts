import { defineConfig } from 'vite';
import { embedConfig } from './build-config.ts';

/** The ES module build, `dist/trailmark-embed.js`, plus `dist/roadmaps/*.json`. */
export default defineConfig(embedConfig('es'));
