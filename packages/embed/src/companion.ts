/**
 * The scripts shipped beside the embed script and loaded only when a page needs them: the map's
 * (`view="map"`) and the errors script (a document that fails). Both builds find them the same way:
 * a module import from a URL known only at run time (a classic script can `import()` too), so the
 * module and classic builds load the very same files, and the browser's module map makes every
 * element on the page share one request and one instance.
 */

/** The URL of `file` beside the embed script at `scriptUrl`. */
export function besideScript(file: string, scriptUrl: string): string {
  return new URL(file, scriptUrl).href;
}

/**
 * Imports the script at `url`; rejects when it cannot be loaded.
 * @example const { mountMap } = await importScript<MapModule>(besideScript(MAP_FILE, import.meta.url));
 */
export function importScript<T>(url: string): Promise<T> {
  return import(/* @vite-ignore */ url);
}
