/**
 * A small static server for the browser tests: the test pages, the built `dist/`, fixtures, and a
 * few routes that misbehave on purpose (HTTP errors, a dropped connection, an oversized body, a
 * response held until the test releases it). Two listeners on different ports give the tests a
 * second origin for cross-origin loads. It only listens on 127.0.0.1.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const roots: Record<string, string> = {
  '/pages/': join(packageDir, 'test/pages'),
  '/dist/': join(packageDir, 'dist'),
  '/fixtures/': join(packageDir, 'test/fixtures'),
  // The built scripts without the map's, or without the errors script: how a host that copied
  // only the main script serves them.
  '/nomap/': join(packageDir, 'dist'),
  '/noerrors/': join(packageDir, 'dist'),
};
/** The file each of those folders leaves out. */
const LEFT_OUT: Record<string, string> = {
  '/nomap/': 'trailmark-embed-map.js',
  '/noerrors/': 'trailmark-embed-errors.js',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** The strict policy of the CSP test pages: nothing inline, nothing evaluated, same origin only. */
export const STRICT_CSP = "default-src 'self'";

/** One request as the server saw it, for assertions about what the element sent. */
export interface RequestRecord {
  /** `127.0.0.1:<port>`: which of the two origins was asked. */
  host: string | null;
  path: string;
  origin: string | null;
  cookie: string | null;
  /** The client went away before the response finished (e.g. an aborted fetch). */
  aborted: boolean;
}

/** The running server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`: where the pages are opened. */
  origin: string;
  /** A second origin serving the same files, for cross-origin `src` and script loads. */
  crossOrigin: string;
  close(): Promise<void>;
}

const requests: RequestRecord[] = [];
const held = new Map<string, () => void>();

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
}

async function serveFile(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const prefix = Object.keys(roots).find((candidate) => url.pathname.startsWith(candidate));
  if (!prefix) return notFound(res);
  const root = roots[prefix] as string;
  const file = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!file.startsWith(root)) return notFound(res);
  const leftOut = LEFT_OUT[prefix];
  if (leftOut && file.endsWith(leftOut)) return notFound(res);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return notFound(res);
  const headers: Record<string, string> = {
    'content-type':
      url.searchParams.get('type') ?? contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-length': String(info.size),
    'cache-control': 'no-store',
    // Like a CDN: scripts and data may be read from any origin.
    'access-control-allow-origin': '*',
  };
  if (prefix === '/pages/' && /^csp-/.test(file.slice(root.length + 1))) {
    headers['content-security-policy'] = STRICT_CSP;
  }
  const page = prefix === '/pages/' && extname(file) === '.html';
  if (!page) {
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    return void createReadStream(file).pipe(res);
  }
  // Where a page writes `<!-- a JSON script of fixtures/<name> -->`, it gets that fixture as a
  // `<script type="application/json">` (the inline document several pages share, written once).
  const html = (await readFile(file, 'utf8')).replace(
    /<!-- a JSON script of fixtures\/([\w.-]+) -->/g,
    (_, name: string) =>
      `<script type="application/json">${readFileSync(join(roots['/fixtures/'] as string, name), 'utf8')}</script>`,
  );
  headers['content-length'] = String(Buffer.byteLength(html));
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : html);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const record: RequestRecord = {
    host: req.headers.host ?? null,
    path: url.pathname + url.search,
    origin: req.headers.origin ?? null,
    cookie: req.headers.cookie ?? null,
    aborted: false,
  };
  if (!url.pathname.startsWith('/control/')) requests.push(record);
  res.on('close', () => {
    if (!res.writableFinished) record.aborted = true;
  });

  switch (url.pathname) {
    case '/control/requests':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(requests));
    case '/control/reset-log':
      requests.length = 0;
      return void res.end('ok');
    case '/control/release': {
      const name = url.searchParams.get('name') ?? '';
      held.get(name)?.();
      held.delete(name);
      return void res.end('ok');
    }
    case '/favicon.ico':
      res.writeHead(204);
      return void res.end();
    case '/status/500':
      res.writeHead(500, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      return void res.end('Internal error');
    case '/drop':
      // No response at all: the browser sees a network error.
      return void req.socket.destroy();
    case '/no-cors.json':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{}');
    case '/huge.json': {
      // Six MiB in chunks without Content-Length, so only the streaming cap can stop it.
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 96) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
  }
  if (url.pathname.startsWith('/hold/')) {
    // Answers with the fixture named by ?file= only when the test calls /control/release?name=.
    const name = url.pathname.slice('/hold/'.length);
    const file = url.searchParams.get('file') ?? 'web-basics.json';
    await new Promise<void>((resolve) => held.set(name, resolve));
    if (res.destroyed) return;
    return serveFile(req, res, new URL(`/fixtures/${file}`, url));
  }
  return serveFile(req, res, url);
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

/** Starts the two listeners on free ports. */
export async function startServer(): Promise<TestServer> {
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  };
  const main = createServer(onRequest);
  const cross = createServer(onRequest);
  const [origin, crossOrigin] = await Promise.all([listen(main), listen(cross)]);
  return {
    origin,
    crossOrigin,
    async close() {
      for (const release of held.values()) release();
      held.clear();
      main.closeAllConnections();
      cross.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => main.close(resolve)),
        new Promise((resolve) => cross.close(resolve)),
      ]);
    },
  };
}
