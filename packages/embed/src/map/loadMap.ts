/**
 * Loading the map script (`trailmark-embed-map.js`) from beside the embed script, only when an
 * element asks for `view="map"`: a page that never does loads nothing more.
 */
import type { EmbedError } from '../embed-error';
import { describeError } from '../load';
import { MAP_FILE, type MapModule } from './contract';

/** Where the map script is: the embed script's own URL with the map's file name. */
export function mapScriptUrl(scriptUrl: string): string {
  return new URL(MAP_FILE, scriptUrl).href;
}

/**
 * The map script at `url`. The browser's module map makes every element on the page share one
 * request and one instance. A module import from a URL known only at run time, in both builds: a
 * classic script can `import()` too, so both load the same file.
 * @example const { mountMap } = await loadMap(mapScriptUrl(import.meta.url));
 */
export function loadMap(url: string): Promise<MapModule> {
  return import(/* @vite-ignore */ url);
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
