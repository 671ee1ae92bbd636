/**
 * `trailmark links` against a local HTTP server on 127.0.0.1 that plays every case a link can
 * meet: fine, moved (301/308 chains), temporarily redirected, looping, dead (404, 500), HEAD
 * refused, slow, reset, refused, and redirected to a non-http address. Nothing leaves the machine.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinksReport } from '../../src/cli/commands/links.js';
import { checkLink } from '../../src/cli/links.js';
import { run } from '../../src/cli/run.js';
import { CLI, memoryContext, STACK_TRACE, tempDir } from './helpers.js';

let server: Server;
let base: string;
/** The headers of every request the server saw. */
const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
/** The most requests the server held at once, for the per-host limit. */
let inFlight = 0;
let maxInFlight = 0;

function redirect(status: number, location: string) {
  return { status, headers: { location } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    seen.push({ method: req.method ?? '', url, headers: req.headers });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : 'body');
    };
    const hold = /^\/hold\/\d+$/.test(url);
    if (hold) {
      // Answers a little later, so that requests overlap when nothing limits them.
      setTimeout(() => send(200), 20);
      return;
    }
    const routes: Record<string, { status: number; headers?: Record<string, string> }> = {
      '/ok': { status: 200 },
      '/author': { status: 204 },
      '/old': redirect(301, '/older'),
      '/older': redirect(308, `${base}/ok`),
      '/temporary': redirect(302, '/ok'),
      '/see-other': redirect(303, '/also-temporary'),
      '/also-temporary': redirect(307, '/ok'),
      '/moved-then-temporary': redirect(301, '/temporary'),
      '/moved-to-dead': redirect(301, '/gone'),
      '/loop-a': redirect(301, '/loop-b'),
      '/loop-b': redirect(308, '/loop-a'),
      '/gone': { status: 404 },
      '/broken': { status: 500 },
      '/to-ftp': redirect(301, 'ftp://127.0.0.1/file'),
      '/to-javascript': redirect(302, 'javascript:alert(1)'),
      '/no-location': { status: 301 },
      '/set-cookie': { status: 302, headers: { location: '/echo', 'set-cookie': 'session=1' } },
      '/echo': { status: 200 },
    };
    if (url === '/no-head' && req.method === 'HEAD') return send(405);
    if (url === '/no-head-404' && req.method === 'HEAD') return send(404);
    if (url === '/no-head' || url === '/no-head-404') return send(200);
    if (url === '/slow') return; // never answers: the client's timeout ends it
    if (url === '/reset') {
      req.socket.destroy();
      return;
    }
    const many = /^\/many\/(\d+)$/.exec(url);
    if (many) return send(302, { location: `/many/${Number(many[1]) + 1}` });
    const route = routes[url];
    if (!route) return send(404);
    send(route.status, route.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A valid curriculum whose first topic links to each path (or absolute URL) given. */
function curriculum(links: readonly string[], authorUrl?: string) {
  return {
    schemaVersion: 1,
    id: 'links',
    version: '0.1.0',
    title: 'Links',
    summary: 'Every case of a link.',
    defaultLocale: 'en',
    locales: ['en'],
    ...(authorUrl ? { authors: [{ name: 'Author', url: `${base}${authorUrl}` }] } : {}),
    levels: [
      {
        id: 'l1',
        code: 'L1',
        title: 'Level',
        summary: 'One level.',
        modules: [
          {
            id: 'm1',
            title: 'Module',
            summary: 'One module.',
            topics: [
              {
                id: 't1',
                title: 'Topic',
                summary: 'One topic.',
                kind: 'concept',
                estimatedHours: 1,
                resources: links.map((link, i) => ({
                  title: `Link ${i}`,
                  url: /^https?:/.test(link) ? link : `${base}${link}`,
                  kind: 'docs',
                })),
              },
            ],
          },
        ],
      },
    ],
  };
}

function writeCurriculum(links: readonly string[], authorUrl?: string): string {
  const dir = tempDir();
  const file = join(dir, 'roadmap.json');
  writeFileSync(file, JSON.stringify(curriculum(links, authorUrl)));
  return file;
}

async function links(args: readonly string[], options: { tty?: boolean } = {}) {
  const memory = memoryContext(process.cwd());
  const context = {
    ...memory.context,
    stderr: { ...memory.context.stderr, tty: options.tty ?? false },
  };
  const code = await run(['links', ...args], context);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}

/**
 * The JSON report for links to `paths`. The timeout is generous (10 s) so that a busy machine never
 * turns a working link dead; only the test of a server that never answers passes a short one.
 */
async function jsonReport(paths: readonly string[], extra: readonly string[] = [], timeout = '10') {
  const file = writeCurriculum(paths);
  const result = await links([file, '--format', 'json', '--timeout', timeout, ...extra]);
  return { ...result, report: JSON.parse(result.stdout) as LinksReport };
}

function byPath(report: LinksReport, path: string) {
  const link = report.links.find((entry) => entry.url === `${base}${path}`);
  if (!link) throw new Error(`no result for ${path}`);
  return link;
}

describe('trailmark links', () => {
  it('passes working links and temporary redirects with exit code 0', async () => {
    const { code, report } = await jsonReport(['/ok', '/temporary', '/see-other', '/set-cookie']);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ links: 4, ok: 4, moved: 0, dead: 0 });
    expect(byPath(report, '/ok')).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(byPath(report, '/ok')).not.toHaveProperty('finalUrl');
    expect(byPath(report, '/temporary')).toMatchObject({ status: 'ok', finalUrl: `${base}/ok` });
    expect(byPath(report, '/see-other').hops.map((hop) => hop.status)).toEqual([303, 307, 200]);
  });

  it('reports a permanent move with its final address, through a 301 then 308 chain', async () => {
    const { code, report } = await jsonReport(['/old', '/moved-then-temporary']);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ moved: 2, dead: 0 });
    expect(byPath(report, '/old')).toMatchObject({
      status: 'moved',
      httpStatus: 200,
      newUrl: `${base}/ok`,
      finalUrl: `${base}/ok`,
    });
    expect(byPath(report, '/old').hops).toEqual([
      { url: `${base}/old`, method: 'HEAD', status: 301 },
      { url: `${base}/older`, method: 'HEAD', status: 308 },
      { url: `${base}/ok`, method: 'HEAD', status: 200 },
    ]);
    // The address to write is where the permanent move points, not where a temporary one ends.
    expect(byPath(report, '/moved-then-temporary')).toMatchObject({
      status: 'moved',
      newUrl: `${base}/temporary`,
      finalUrl: `${base}/ok`,
    });
  });

  it('fails on moved links only with --strict', async () => {
    expect((await jsonReport(['/ok', '/old'], ['--strict'])).code).toBe(1);
    expect((await jsonReport(['/ok', '/temporary'], ['--strict'])).code).toBe(0);
  });

  it('reports 404, 500, a move to a dead page, loops and endless redirects as dead (exit 1)', async () => {
    const { code, report } = await jsonReport([
      '/gone',
      '/broken',
      '/moved-to-dead',
      '/loop-a',
      '/many/0',
      '/no-location',
      '/ok',
    ]);
    expect(code).toBe(1);
    expect(report.summary).toEqual({ links: 7, ok: 1, moved: 0, dead: 6 });
    expect(byPath(report, '/gone')).toMatchObject({
      status: 'dead',
      reason: 'http',
      httpStatus: 404,
    });
    expect(byPath(report, '/broken')).toMatchObject({ reason: 'http', httpStatus: 500 });
    // A HEAD error is asked again with GET before the link is called dead.
    expect(byPath(report, '/gone').hops).toEqual([
      { url: `${base}/gone`, method: 'GET', status: 404 },
    ]);
    expect(byPath(report, '/moved-to-dead')).toMatchObject({ reason: 'http', httpStatus: 404 });
    expect(byPath(report, '/loop-a')).toMatchObject({
      reason: 'redirect_loop',
      message: `redirect loop back to ${base}/loop-a`,
    });
    expect(byPath(report, '/many/0')).toMatchObject({
      reason: 'too_many_redirects',
      message: 'more than 10 redirects',
    });
    expect(byPath(report, '/many/0').hops).toHaveLength(11);
    expect(byPath(report, '/no-location')).toMatchObject({
      reason: 'bad_redirect',
      httpStatus: 301,
    });
  });

  it('asks with GET when a server refuses HEAD (405, or another error status)', async () => {
    const { code, report } = await jsonReport(['/no-head', '/no-head-404']);
    expect(code).toBe(0);
    for (const path of ['/no-head', '/no-head-404']) {
      expect(byPath(report, path)).toMatchObject({
        status: 'ok',
        hops: [{ url: `${base}${path}`, method: 'GET', status: 200 }],
      });
    }
  });

  it('reports timeouts, resets and refused connections as dead', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const { code, report } = await jsonReport(
      ['/slow', '/reset', `http://127.0.0.1:${port}/`],
      [],
      '0.3',
    );
    expect(code).toBe(1);
    expect(byPath(report, '/slow')).toMatchObject({ reason: 'timeout', message: 'timed out' });
    expect(byPath(report, '/reset')).toMatchObject({
      reason: 'reset',
      message: 'connection reset',
    });
    const refused = report.links.find((link) => link.url.includes(`:${port}`));
    expect(refused).toMatchObject({ status: 'dead', reason: 'refused' });
  });

  it('says the machine may be offline when no link answered at all', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = [`http://127.0.0.1:${port}/a`, `http://127.0.0.1:${port}/b`];
    const hint = 'trailmark: no link answered at all; is this machine offline?\n';
    expect((await links([writeCurriculum(offline)])).stderr).toContain(hint);
    expect((await links([writeCurriculum([...offline, '/gone'])])).stderr).not.toContain(hint);
  });

  it('never follows a redirect to an address that is not http(s)', async () => {
    const { code, report } = await jsonReport(['/to-ftp', '/to-javascript']);
    expect(code).toBe(1);
    expect(byPath(report, '/to-ftp')).toMatchObject({
      reason: 'unsafe_redirect',
      message: 'redirects to "ftp://127.0.0.1/file", not an http(s) URL',
    });
    expect(byPath(report, '/to-javascript')).toMatchObject({ reason: 'unsafe_redirect' });
    expect(seen.some(({ url }) => url.includes('alert'))).toBe(false);
  });

  it('refuses a URL that is not http(s) without a request', async () => {
    const before = seen.length;
    const result = await checkLink('ftp://127.0.0.1/file', {
      timeoutMs: 300,
      maxRedirects: 10,
      userAgent: 'test',
    });
    expect(result).toEqual({
      url: 'ftp://127.0.0.1/file',
      hops: [],
      status: 'dead',
      reason: 'unsafe_url',
      message: 'not an absolute http(s) URL; not requested',
    });
    expect(seen.length).toBe(before);
  });

  it('sends no cookie or credentials, even after a Set-Cookie, and names itself', async () => {
    seen.length = 0;
    await jsonReport(['/set-cookie']);
    const echo = seen.find(({ url }) => url === '/echo');
    expect(echo?.headers.cookie).toBe(undefined);
    for (const request of seen) {
      expect(request.headers.authorization).toBe(undefined);
      expect(request.headers.cookie).toBe(undefined);
      expect(request.headers['user-agent']).toMatch(/^trailmark-links\/1 /);
    }
  });

  it('requests each address once and lists every place it is written, authors too', async () => {
    const file = writeCurriculum(['/gone', '/ok', '/gone'], '/author');
    const { code, stdout } = await links([file, file, '--timeout', '10']);
    expect(code).toBe(1);
    const at = (path: string) => `      at ${file}: ${path}`;
    const resource = (i: number) => `levels[0].modules[0].topics[0].resources[${i}].url`;
    expect(stdout).toBe(
      [
        `dead  ${base}/gone: HTTP 404`,
        at(resource(0)),
        at(resource(2)),
        at(resource(0)),
        at(resource(2)),
        '3 links checked in 2 files: 2 fine, 1 dead',
        '',
      ].join('\n'),
    );
  });

  it('writes moved links as warnings in text, with their new address', async () => {
    const file = writeCurriculum(['/old', '/ok']);
    const { code, stdout } = await links([file]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `moved ${base}/old -> ${base}/ok (permanent redirect)`,
        `      at ${file}: levels[0].modules[0].topics[0].resources[0].url`,
        '2 links checked in 1 file: 1 fine, 1 moved',
        '',
      ].join('\n'),
    );
  });

  it('shows plain progress lines on a non-terminal and a redrawn bar on a terminal', async () => {
    const file = writeCurriculum(['/ok', '/gone']);
    const plain = await links([file, '--concurrency', '1']);
    expect(plain.stderr).toBe(`[1/2] ok ${base}/ok\n[2/2] dead ${base}/gone\n`);
    const tty = await links([file, '--concurrency', '1'], { tty: true });
    expect(tty.stderr).toBe(
      `\r\u001b[2K[${'#'.repeat(12)}${'.'.repeat(12)}] 1/2 links` +
        `\r\u001b[2K[${'#'.repeat(24)}] 2/2 links\r\u001b[2K`,
    );
    expect(tty.stdout).toBe(plain.stdout);
  });

  it('keeps at most --per-host requests at once to one host', async () => {
    const paths = Array.from({ length: 8 }, (_, i) => `/hold/${i}`);
    maxInFlight = 0;
    expect((await jsonReport(paths, ['--per-host', '1', '--concurrency', '8'])).code).toBe(0);
    expect(maxInFlight).toBe(1);
    maxInFlight = 0;
    expect((await jsonReport(paths, ['--per-host', '3', '--concurrency', '2'])).code).toBe(0);
    expect(maxInFlight).toBeLessThanOrEqual(2);
  });

  it.each([
    [['--timeout', '0'], 'option "--timeout" must be a number above 0, got "0"'],
    [['--timeout', 'soon'], 'option "--timeout" must be a number above 0, got "soon"'],
    [['--concurrency', '1.5'], 'option "--concurrency" must be a whole number above 0, got "1.5"'],
    [['--per-host', '-1'], 'option "--per-host <n>" needs a value'],
    [['--format', 'xml'], 'option "--format" must be "text" or "json", got "xml"'],
  ])('refuses %j with exit code 2 and one line', async (args, message) => {
    const file = writeCurriculum(['/ok']);
    const { code, stderr, stdout } = await links([file, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`trailmark: ${message} (see "trailmark links --help")\n`);
  });

  it('needs a file, and reads standard input only once', async () => {
    expect(await links([])).toMatchObject({
      code: 2,
      stderr:
        'trailmark: missing argument: trailmark links <file...> (see "trailmark links --help")\n',
    });
    expect((await links(['-', '-'])).code).toBe(2);
  });

  it('reports an invalid curriculum like the other commands (exit 1) before any request', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...curriculum(['/ok']), id: 'Not An Id' }));
    const before = seen.length;
    const { code, stderr } = await links([file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a valid curriculum/);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(seen.length).toBe(before);
  });

  it('has help that lists its options and exit codes', async () => {
    const { code, stdout } = await links(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: trailmark links <file\.\.\.> \[options\]\n/);
    for (const option of ['--format', '--strict', '--timeout', '--concurrency', '--per-host']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('Exit code 0 when no link is dead');
  });

  it('runs as the built bin, with the exit code of a dead link', async () => {
    const file = writeCurriculum(['/ok', '/broken']);
    const error = await promisify(execFile)(process.execPath, [CLI, 'links', file]).then(
      () => undefined,
      (failure: { code: number; stdout: string }) => failure,
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toContain(`dead  ${base}/broken: HTTP 500`);
  });
});
