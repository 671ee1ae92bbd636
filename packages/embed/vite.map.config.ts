import { defineConfig } from 'vite';
import { embedConfig } from './build-config.ts';

/** The map's script, `dist/trailmark-embed-map.js`, imported by either build for `view="map"`. */
export default defineConfig(embedConfig('map'));
