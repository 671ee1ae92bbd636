/**
 * What the map costs a page that never shows it: the main scripts carry the map's loader and
 * nothing it draws with. Read from the built scripts' source maps, so a change that pulls the map
 * component, the layout or dagre into the main script fails here, whatever its size.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { textBySource } from '../scripts/source-map-parts.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const MAIN_SCRIPTS = ['trailmark-embed.js', 'trailmark-embed.iife.js'];

/** Sources only the map draws with: the component, the layout, dagre and the map script's entry. */
const drawsTheMap = [
  /\/react\/dist\/map\.js$/,
  /\/curriculum\/dist\/layout-[^/]+\.js$/,
  /\/@dagrejs\/dagre\//,
  /\/embed\/src\/map\/entry\.tsx$/,
];
const isMapLoader = (source: string) => /\/embed\/src\/map\//.test(source);
/** A rule of map.css in a built script's stylesheet. */
const MAP_RULE = /\.tm-map[\s{.:,[]/;

describe('the map in the main scripts', () => {
  it('the map script is built from the sources and rules these checks name', async () => {
    // Without this, a renamed file would make the checks below pass by matching nothing.
    const parts = await textBySource(`${dist}trailmark-embed-map.js`);
    const sources = [...parts.keys()];
    expect([...parts.values()].join('')).toMatch(MAP_RULE);
    for (const pattern of drawsTheMap) {
      expect(
        sources.filter((source) => pattern.test(source)),
        String(pattern),
      ).not.toEqual([]);
    }
  });

  it.each(MAIN_SCRIPTS)('%s carries nothing the map draws with', async (script) => {
    const parts = await textBySource(`${dist}${script}`);
    const sources = [...parts.keys()];
    expect(sources.filter((source) => drawsTheMap.some((pattern) => pattern.test(source)))).toEqual(
      [],
    );
    // map.css's rules are adopted by the map script; the main stylesheet has none of them.
    expect([...parts.values()].join('')).not.toMatch(MAP_RULE);
  });

  it.each(MAIN_SCRIPTS)('%s spends under 0.5 kB gzip on loading the map', async (script) => {
    const parts = await textBySource(`${dist}${script}`);
    const loader = [...parts].filter(([source]) => isMapLoader(source)).map(([, text]) => text);
    // The loader is there (the element can show a map) and small: the host and its loading code.
    expect(loader.join('').length).toBeGreaterThan(0);
    expect(gzipSync(loader.join('')).length).toBeLessThan(500);
  });
});
