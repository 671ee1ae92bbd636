import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const MARKDOWN = fileURLToPath(new URL('../src/playground/editor/markdown.ts', import.meta.url));

/** style-mod's test for where to put CodeMirror's styles: constructed sheets only in shadow roots. */
const STYLE_MOD_TEST = 'if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {';

/**
 * Two changes to the playground editor's dependencies, both checked so that an upgrade that
 * moves the code fails the build rather than the page:
 *
 * - codemirror-json-schema's Markdown renderer becomes src/playground/editor/markdown.ts. The
 *   original loads markdown-it and shiki (a WebAssembly engine and two themes) as soon as it is
 *   imported, to render descriptions that here hold nothing but `code` spans.
 * - style-mod (CodeMirror's styles) uses a constructed style sheet in the document too, not only
 *   in shadow roots. Its fallback, a `<style>` element, is refused by the site's
 *   Content-Security-Policy (`style-src 'self'`); constructed sheets are not inline styles.
 */
export function codemirrorModules(): Plugin {
  return {
    name: 'trailmark:codemirror-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        importer?.includes('codemirror-json-schema') &&
        /\/utils\/markdown(\.js)?$/.test(source)
      ) {
        return MARKDOWN;
      }
      return null;
    },
    transform(code, id) {
      if (!/[\\/]style-mod[\\/]src[\\/]style-mod\.js$/.test(id)) return null;
      if (!code.includes(STYLE_MOD_TEST)) {
        throw new Error(`style-mod changed: "${STYLE_MOD_TEST}" not found in ${id}`);
      }
      return code.replace(STYLE_MOD_TEST, 'if (root.adoptedStyleSheets && win.CSSStyleSheet) {');
    },
  };
}
