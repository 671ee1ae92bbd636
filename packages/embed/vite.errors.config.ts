import { defineConfig } from 'vite';
import { embedConfig } from './build-config.ts';

/** The errors script, `dist/trailmark-embed-errors.js`, imported by either build when a document fails. */
export default defineConfig(embedConfig('errors'));
