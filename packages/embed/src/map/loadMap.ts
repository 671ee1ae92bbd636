/**
 * Loading the map script (`trailmark-embed-map.js`) from beside the embed script, only when an
 * element asks for `view="map"`: a page that never does loads nothing more.
 */
import { besideScript } from '../companion';
import type { EmbedError } from '../embed-error';
import { describeError } from '../load';
import { MAP_FILE } from './contract';

/** Where the map script is: beside the embed script. */
export function mapScriptUrl(scriptUrl: string): string {
  return besideScript(MAP_FILE, scriptUrl);
}

/**
 * The error of a map script that would not load: what failed, where, and what would work. The
 * element shows the timeline instead, so the reader still gets the roadmap.
 */
export function mapLoadError(url: string, thrown: unknown): EmbedError {
  return {
    kind: 'map',
    message: `Showing the timeline: the map script ${url} did not load (${describeError(thrown)}). Serve it beside the embed script.`,
  };
}
