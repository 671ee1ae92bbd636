/**
 * The element's stylesheet as one module, `virtual:trailmark-embed-stylesheet`: the timeline's rules
 * (`@trailmark/react/timeline.css`, tokens included) followed by the element's own (`src/embed.css`),
 * minified, without the `--tm-*` tokens no rule reads. Inside the shadow root nothing else can read
 * them (the page's CSS does not reach in), so they would only be bytes on someone else's page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:trailmark-embed-stylesheet';
const RESOLVED_ID = `\0${MODULE_ID}`;
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

/** A Vite plugin providing `virtual:trailmark-embed-stylesheet` (see the module comment). */
export function embedStylesheet(): Plugin {
  const require = createRequire(import.meta.url);
  const files = [
    require.resolve('@trailmark/react/timeline.css'),
    fileURLToPath(new URL('../src/embed.css', import.meta.url)),
  ];
  return {
    name: 'trailmark-embed-stylesheet',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of files) this.addWatchFile(file);
      // The element's rules come last so its resets win over the components' equal-specificity rules.
      const css = pruneTokens(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
      return `export default ${JSON.stringify(css)};`;
    },
  };
}
