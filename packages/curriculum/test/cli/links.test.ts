/**
 * `trailmark links` against a local HTTP server on 127.0.0.1 that plays every case a link can
 * meet: fine, moved (301/308 chains), temporarily redirected, looping, dead (404, 500), HEAD
 * refused, slow, reset, refused, redirected to a non-http address, and busy for a while (429, 503,
 * a reset or a timeout before it answers). Nothing leaves the machine, and no test waits for a
 * pause between tries: those go to a sleep that records them and returns at once.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LinksReport, linksCommand } from '../../src/cli/commands/links.js';
import { type CheckOptions, checkLink } from '../../src/cli/links.js';
import { run } from '../../src/cli/run.js';
import { CLI, memoryContext, STACK_TRACE, tempDir } from './helpers.js';

let server: Server;
let base: string;
/** The headers of every request the server saw. */
const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
/** The most requests the server held at once, for the per-host limit. */
let inFlight = 0;
let maxInFlight = 0;
/** How many requests each address of the busy routes has had. */
const asked = new Map<string, number>();

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
      '/to-busy': redirect(301, '/busy/hop/1/503'),
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
    // /busy/<id>/<n>/<what>: the first n requests get <what> (a status, `reset` or `slow`), later
    // ones 200; n is `always` for no end. ?retry-after=<value> sends that header with a status.
    const busy = /^\/busy\/[\w-]+\/(\d+|always)\/(\d{3}|reset|slow)(?:\?retry-after=(.*))?$/.exec(
      url,
    );
    if (busy) {
      const path = url.replace(/\?.*/, '');
      const count = (asked.get(path) ?? 0) + 1;
      asked.set(path, count);
      const [, times, what, retryAfter] = busy as unknown as string[];
      if (times !== 'always' && count > Number(times)) return send(200);
      if (what === 'slow') return;
      if (what === 'reset') {
        req.socket.destroy();
        return;
      }
      return send(
        Number(what),
        retryAfter === undefined ? {} : { 'retry-after': decodeURIComponent(retryAfter) },
      );
    }
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

/** The options of a check, with a sleep that records each pause and returns at once. */
function checkOptions(extra: Partial<CheckOptions> = {}) {
  const pauses: number[] = [];
  return Object.assign(
    {
      timeoutMs: 10_000,
      maxRedirects: 10,
      userAgent: 'test',
      retries: 2,
      retryDelayMs: 1000,
      maxWaitMs: 30_000,
      sleep: async (ms: number) => void pauses.push(ms),
      ...extra,
    },
    { pauses },
  );
}

/** The methods of the requests the server saw for `path`, in order. */
function methodsFor(path: string) {
  return seen.filter(({ url }) => url.replace(/\?.*/, '') === path).map(({ method }) => method);
}

function byPath(report: LinksReport, path: string) {
  const link = report.links.find((entry) => entry.url === `${base}${path}`);
  if (!link) throw new Error(`no result for ${path}`);
  return link;
}

const RETRIES_RULE = 'option "--retries" must be a whole number, 0 or more and at most 10';

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

  it('reports timeouts, resets and refused connections as dead (with --retries 0)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    // One try each: asking again is tested with the transient answers below.
    const { code, report } = await jsonReport(
      ['/slow', '/reset', `http://127.0.0.1:${port}/`],
      ['--retries', '0'],
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
    const result = await checkLink('ftp://127.0.0.1/file', checkOptions());
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
    [['--retries=-1'], `${RETRIES_RULE}, got "-1"`],
    [['--retries', '-1'], 'option "--retries <n>" needs a value'],
    [['--retries', '1.5'], `${RETRIES_RULE}, got "1.5"`],
    [['--retries', 'abc'], `${RETRIES_RULE}, got "abc"`],
    [['--retries', '11'], `${RETRIES_RULE}, got "11"`],
    // Number(' ') is 0, but a blank is no number.
    [['--retries', ' '], `${RETRIES_RULE}, got " "`],
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
    const options = [
      '--format',
      '--strict',
      '--timeout',
      '--concurrency',
      '--per-host',
      '--retries',
    ];
    for (const option of options) {
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

describe('trailmark links: transient answers are asked again', () => {
  it('takes a 429 then a 200 as fine, in 2 tries, the second with GET after a backoff pause', async () => {
    const options = checkOptions();
    const result = await checkLink(`${base}/busy/once-429/1/429`, options);
    expect(result).toEqual({
      url: `${base}/busy/once-429/1/429`,
      hops: [{ url: `${base}/busy/once-429/1/429`, method: 'GET', status: 200 }],
      status: 'ok',
      httpStatus: 200,
      tries: 2,
    });
    // The 429 to HEAD is not taken as "HEAD refused": the GET waits for the pause.
    expect(methodsFor('/busy/once-429/1/429')).toEqual(['HEAD', 'GET']);
    expect(options.pauses).toHaveLength(1);
    expect(options.pauses[0]).toBeGreaterThanOrEqual(1000);
    expect(options.pauses[0]).toBeLessThan(1500);
  });

  it('calls a link dead after 3 tries of 503, with pauses that double', async () => {
    const options = checkOptions();
    const result = await checkLink(`${base}/busy/three-503/always/503`, options);
    expect(result).toMatchObject({
      status: 'dead',
      reason: 'http',
      httpStatus: 503,
      message: 'HTTP 503 after 3 tries',
      tries: 3,
    });
    expect(methodsFor('/busy/three-503/always/503')).toEqual(['HEAD', 'GET', 'GET']);
    const [first, second] = options.pauses as [number, number];
    expect(options.pauses).toHaveLength(2);
    expect(first).toBeGreaterThanOrEqual(1000);
    expect(first).toBeLessThan(1500);
    expect(second).toBeGreaterThanOrEqual(2000);
    expect(second).toBeLessThan(3000);
  });

  it.each([502, 504])('asks a %i again', async (status) => {
    const options = checkOptions();
    const result = await checkLink(`${base}/busy/once-${status}/1/${status}`, options);
    expect(result).toMatchObject({ status: 'ok', tries: 2 });
  });

  it('waits as long as Retry-After asks, in seconds or as an HTTP date', async () => {
    const seconds = checkOptions();
    const path = '/busy/after-seconds/1/503?retry-after=7';
    expect(await checkLink(`${base}${path}`, seconds)).toMatchObject({ status: 'ok', tries: 2 });
    expect(seconds.pauses).toEqual([7000]);

    const date = checkOptions();
    const at = new Date(Date.now() + 20_000).toUTCString();
    const datePath = `/busy/after-date/1/429?retry-after=${encodeURIComponent(at)}`;
    expect(await checkLink(`${base}${datePath}`, date)).toMatchObject({ status: 'ok', tries: 2 });
    // Whole seconds in the header, and the clock moving on while the test runs.
    expect(date.pauses[0]).toBeGreaterThan(10_000);
    expect(date.pauses[0]).toBeLessThanOrEqual(20_000);
  });

  it('does not wait when Retry-After asks for more than the limit, and says what it asked', async () => {
    const options = checkOptions();
    const path = '/busy/after-long/always/429?retry-after=120';
    expect(await checkLink(`${base}${path}`, options)).toEqual({
      url: `${base}${path}`,
      hops: [{ url: `${base}${path}`, method: 'HEAD', status: 429 }],
      status: 'dead',
      reason: 'http',
      httpStatus: 429,
      message:
        'HTTP 429; the server asked to wait 120 s before trying again, more than the 30 s this check waits',
    });
    expect(options.pauses).toEqual([]);
    expect(methodsFor('/busy/after-long/always/429')).toEqual(['HEAD']);
  });

  it('asks again after a reset, and after a timeout', async () => {
    const reset = checkOptions();
    // HEAD reset, GET at once (a server may drop HEAD alone) reset too, a pause, then GET 200.
    expect(await checkLink(`${base}/busy/resets/2/reset`, reset)).toMatchObject({
      status: 'ok',
      tries: 2,
    });
    expect(methodsFor('/busy/resets/2/reset')).toEqual(['HEAD', 'GET', 'GET']);
    expect(reset.pauses).toHaveLength(1);

    const slow = checkOptions({ timeoutMs: 300 });
    expect(await checkLink(`${base}/busy/slow-once/1/slow`, slow)).toMatchObject({
      status: 'ok',
      tries: 2,
    });
    expect(methodsFor('/busy/slow-once/1/slow')).toEqual(['HEAD', 'GET']);

    const slowAlways = checkOptions({ timeoutMs: 300, retries: 1 });
    expect(await checkLink(`${base}/busy/slow-always/always/slow`, slowAlways)).toMatchObject({
      status: 'dead',
      reason: 'timeout',
      message: 'timed out after 2 tries',
      tries: 2,
    });
  });

  it('does not ask a 404 or a refused connection again', async () => {
    const options = checkOptions();
    expect(await checkLink(`${base}/not-here/retried`, options)).toEqual({
      url: `${base}/not-here/retried`,
      hops: [{ url: `${base}/not-here/retried`, method: 'GET', status: 404 }],
      status: 'dead',
      reason: 'http',
      httpStatus: 404,
      message: 'HTTP 404',
    });
    expect(methodsFor('/not-here/retried')).toEqual(['HEAD', 'GET']);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkLink(`http://127.0.0.1:${port}/`, options)).toMatchObject({
      status: 'dead',
      reason: 'refused',
      message: 'connection refused',
    });
    expect(options.pauses).toEqual([]);
  });

  it('retries each hop of a redirect chain on its own', async () => {
    const options = checkOptions();
    // /busy/… answers 503 once and then 200; the move to it is found first.
    const result = await checkLink(`${base}/to-busy`, options);
    expect(result).toMatchObject({ status: 'moved', newUrl: `${base}/busy/hop/1/503`, tries: 2 });
    expect(result.hops.map((hop) => hop.status)).toEqual([301, 200]);
  });

  it('--retries 0 keeps one try: HEAD and GET, and "HTTP 503"', async () => {
    const { code, report } = await jsonReport(['/busy/no-retries/always/503'], ['--retries', '0']);
    expect(code).toBe(1);
    expect(report.links[0]).toEqual({
      url: `${base}/busy/no-retries/always/503`,
      hops: [{ url: `${base}/busy/no-retries/always/503`, method: 'GET', status: 503 }],
      status: 'dead',
      reason: 'http',
      httpStatus: 503,
      message: 'HTTP 503',
      places: [
        { file: expect.any(String), path: 'levels[0].modules[0].topics[0].resources[0].url' },
      ],
    });
    expect(methodsFor('/busy/no-retries/always/503')).toEqual(['HEAD', 'GET']);
  });

  it('reports the tries in JSON and "after 3 tries" in text, twice by default', async () => {
    const pauses: number[] = [];
    const command = linksCommand(async (ms) => void pauses.push(ms));
    const file = writeCurriculum(['/busy/cli-once/1/429', '/busy/cli-always/always/503', '/ok']);
    const json = memoryContext(process.cwd());
    expect(await command.run([file, '--format', 'json'], json.context)).toBe(1);
    const report = JSON.parse(json.stdout()) as LinksReport;
    expect(report.summary).toEqual({ links: 3, ok: 2, moved: 0, dead: 1 });
    expect(byPath(report, '/busy/cli-once/1/429')).toMatchObject({ status: 'ok', tries: 2 });
    expect(byPath(report, '/busy/cli-always/always/503')).toMatchObject({
      message: 'HTTP 503 after 3 tries',
      tries: 3,
    });
    expect(byPath(report, '/ok')).not.toHaveProperty('tries');
    expect(pauses).toHaveLength(3);

    const text = memoryContext(process.cwd());
    expect(await command.run([file, '--retries', '1'], text.context)).toBe(1);
    expect(text.stdout()).toContain(
      `dead  ${base}/busy/cli-always/always/503: HTTP 503 after 2 tries\n`,
    );
  });

  it('pauses in its place in the per-host limit: no other request to the host meanwhile', async () => {
    const during: number[] = [];
    // A short real pause, long enough for a waiting link to start if the slot were free.
    const command = linksCommand(async () => {
      const before = seen.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
      during.push(seen.length - before);
    });
    const file = writeCurriculum(['/busy/slot-a/1/503', '/busy/slot-b/0/503']);
    const memory = memoryContext(process.cwd());
    const from = seen.length;
    expect(await command.run([file, '--per-host', '1'], memory.context)).toBe(0);
    expect(during).toEqual([0]);
    // The second link waits for the first one's retry, not only for its first answer.
    expect(seen.slice(from).map(({ method, url }) => `${method} ${url}`)).toEqual([
      'HEAD /busy/slot-a/1/503',
      'GET /busy/slot-a/1/503',
      'HEAD /busy/slot-b/0/503',
    ]);
  });
});
