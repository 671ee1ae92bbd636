import { defineConfig } from 'vite';
import { embedConfig } from './build-config.ts';

/** The classic-script build, `dist/trailmark-embed.iife.js`, for `<script>` without `type="module"`. */
export default defineConfig(embedConfig('iife'));
