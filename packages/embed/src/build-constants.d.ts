/** Ids of the built-in roadmaps; the build writes each one's data to `roadmaps/<id>.json`. */
declare const __TRAILMARK_ROADMAP_IDS__: readonly string[];

/** The element's stylesheet, minified, from `scripts/stylesheet-plugin.ts`. */
declare module 'virtual:trailmark-embed-stylesheet' {
  const stylesheet: string;
  export default stylesheet;
}

/** The map's stylesheet, minified, from `scripts/stylesheet-plugin.ts`: loaded with the map only. */
declare module 'virtual:trailmark-embed-map-stylesheet' {
  const stylesheet: string;
  export default stylesheet;
}
