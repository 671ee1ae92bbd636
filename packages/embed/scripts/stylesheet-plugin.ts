/**
 * The element's stylesheet as one module, `virtual:trailmark-embed-stylesheet`: the timeline's rules
 * (`@trailmark/react/timeline.css`, tokens included) followed by the element's own (`src/embed.css`),
 * minified, without the `--tm-*` tokens no rule reads; and the map's, likewise, as
 * `virtual:trailmark-embed-map-stylesheet`. Inside the shadow root nothing else can read
 * them (the page's CSS does not reach in), so they would only be bytes on someone else's page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const TOKEN = /^--tm-/;

function minify(css: string, visitor?: Parameters<typeof transform>[0]['visitor']): string {
  return transform({ filename: 'embed.css', code: Buffer.from(css), minify: true, visitor })
    .code.toString()
    .trim();
}

/** The custom properties `css` reads with `var()`. */
function readProperties(css: string): Set<string> {
  const read = new Set<string>();
  minify(css, {
    Variable(variable) {
      read.add(variable.name.ident);
    },
  });
  return read;
}

/**
 * `css` minified, without declarations of `--tm-*` custom properties that nothing reads, directly or
 * through another token (`--tm-a: var(--tm-b)` reads `--tm-b` only while `--tm-a` is kept).
 * Other custom properties are kept: a page may set them for the element on purpose.
 * @example pruneTokens(':host{--tm-a:1px;--tm-b:2px}p{margin:var(--tm-a)}') // ':host{--tm-a:1px}p{margin:var(--tm-a)}'
 */
export function pruneTokens(css: string): string {
  let current = minify(css);
  for (;;) {
    const read = readProperties(current);
    let dropped = 0;
    const next = minify(current, {
      Declaration: {
        custom(property) {
          if (!TOKEN.test(property.name) || read.has(property.name)) return undefined;
          dropped += 1;
          return [];
        },
      },
    });
    if (dropped === 0) return next;
    current = next;
  }
}

/** The stylesheets a build can import, by virtual module id: the files each is made of, in order. */
const STYLESHEETS: Record<string, { files: string[] }> = {
  // The element's rules come last so its resets win over the components' equal-specificity rules.
  'virtual:trailmark-embed-stylesheet': {
    files: ['@trailmark/react/timeline.css', '../src/embed.css'],
  },
  // The map's (tokens included), adopted beside the element's only when the map loads.
  'virtual:trailmark-embed-map-stylesheet': { files: ['@trailmark/react/map.css'] },
};

/**
 * A Vite plugin providing `virtual:trailmark-embed-stylesheet` and
 * `virtual:trailmark-embed-map-stylesheet` (see the module comment).
 */
export function embedStylesheet(): Plugin {
  const require = createRequire(import.meta.url);
  const resolve = (file: string) =>
    file.startsWith('.') ? fileURLToPath(new URL(file, import.meta.url)) : require.resolve(file);
  return {
    name: 'trailmark-embed-stylesheet',
    resolveId(id) {
      return id in STYLESHEETS ? `\0${id}` : undefined;
    },
    load(id) {
      const sheet = id.startsWith('\0') ? STYLESHEETS[id.slice(1)] : undefined;
      if (!sheet) return undefined;
      const files = sheet.files.map(resolve);
      for (const file of files) this.addWatchFile(file);
      const css = pruneTokens(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
      return `export default ${JSON.stringify(css)};`;
    },
  };
}
