/**
 * Makes `vite preview` answer page requests the way a static host serving the prerendered files
 * does: `/levels/l1` from `levels/l1.html`, `/levels/l1/` redirected to `/levels/l1` (a page has
 * one address; a shared link with a slash added must still work), `/zh-CN` redirected to
 * `/zh-CN/` (a folder's index keeps its slash), a missing file answered 404, and an unknown page
 * answered by `404.html` (or `zh-CN/404.html`) with status 404,
 * whose script then renders the right page for the address (the not-found page, or the error page
 * of a bad level id).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** Vite plugin: static-host behaviour for the preview server. */
export function staticHostPreview(): Plugin {
  return {
    name: 'trailmark-demo:static-host-preview',
    configurePreviewServer(server) {
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const [rawPath = '/', query] = (req.url ?? '/').split('?');
        let pathname: string;
        try {
          pathname = decodeURIComponent(rawPath);
        } catch {
          return next();
        }
        // A missing file is a 404, not the home page (Vite's fallback would answer with it).
        if (path.extname(pathname) !== '') {
          const asset = path.join(dist, pathname);
          if (!asset.startsWith(dist) || isFile(asset)) return next();
          res.statusCode = 404;
          return res.end();
        }
        const file = path.join(
          dist,
          pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}.html`,
        );
        if (!file.startsWith(dist)) return next();
        if (isFile(file)) return next();
        const search = query === undefined ? '' : `?${query}`;
        const redirect = (location: string) => {
          res.statusCode = 301;
          res.setHeader('Location', `${location}${search}`);
          res.end();
        };
        if (!pathname.endsWith('/') && isFile(path.join(dist, pathname, 'index.html'))) {
          return redirect(`${rawPath}/`);
        }
        if (rawPath.endsWith('/') && isFile(path.join(dist, `${pathname.slice(0, -1)}.html`))) {
          return redirect(rawPath.slice(0, -1));
        }
        const localized404 = path.join(dist, pathname.split('/')[1] ?? '', '404.html');
        const notFound =
          pathname.startsWith('/zh-CN/') && isFile(localized404)
            ? localized404
            : path.join(dist, '404.html');
        if (!isFile(notFound)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
      });
    },
  };
}
