/**
 * Serves @trailmark/embed's built files from this site under `/embed/`, so the embed page's live
 * preview and the snippets it hands out load the real script from the same origin: copied into the
 * build output, and served from the package's `dist` by the dev server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The URL directory the embed files are served from. */
export const EMBED_BASE = '/embed/';

/** The directory holding `trailmark-embed.js` and the roadmap data files beside it. */
function embedDistDir(): string {
  const require = createRequire(import.meta.url);
  try {
    return path.dirname(require.resolve('@trailmark/embed/trailmark-embed.js'));
  } catch {
    throw new Error(
      '@trailmark/embed is not built: packages/embed/dist/trailmark-embed.js is missing. ' +
        'Build it first (npx turbo run build --filter=@trailmark/demo... builds every package the demo needs).',
    );
  }
}

/** Files to publish: scripts and data, not source maps or type declarations. */
function embedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:js|json)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.endsWith('.d.ts'))
    .sort();
}

/** Vite plugin: emits the embed files into the client build and serves them in dev. */
export function embedAssets(): Plugin {
  return {
    name: 'trailmark-demo:embed-assets',
    generateBundle() {
      if (this.environment.name !== 'client') return;
      const dir = embedDistDir();
      const files = embedFiles(dir);
      if (!files.includes('trailmark-embed.js')) {
        this.error(`${dir} has no trailmark-embed.js; rebuild @trailmark/embed.`);
      }
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: `${EMBED_BASE.slice(1)}${file.split(path.sep).join('/')}`,
          source: readFileSync(path.join(dir, file)),
        });
      }
    },
    configureServer(server) {
      server.middlewares.use(EMBED_BASE, (req, res, next) => {
        const dir = embedDistDir();
        const file = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!embedFiles(dir).includes(file)) return next();
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8',
        );
        res.end(readFileSync(path.join(dir, file)));
      });
    },
  };
}
