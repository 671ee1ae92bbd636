/**
 * The pure parts of `trailmark links`: grouping, classification, the exit code, the pauses between
 * tries (backoff and Retry-After), and the scheduler that keeps the limits in total and per host
 * whatever order the requests finish in.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  backoffDelay,
  classifyFailure,
  classifyStatus,
  createLimiter,
  groupLinks,
  hostOf,
  isTransient,
  linksExitCode,
  parseRetryAfter,
  shouldRetryWithGet,
  tally,
} from '../../src/cli/links.js';

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createLimiter', () => {
  test.prop(
    [
      fc.array(fc.constantFrom('a.example', 'b.example', 'c.example', 'd.example'), {
        maxLength: 30,
      }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 3 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    ],
    { numRuns: 150 },
  )(
    'never passes a limit, never idles with work it may start, and runs every task',
    async (hosts, total, perHost, picks) => {
      const limiter = createLimiter(total, perHost);
      const running: { index: number; finish: () => void }[] = [];
      const started = new Set<number>();
      const finished = new Set<number>();
      const results = hosts.map((host, index) =>
        limiter.run(host, () => {
          started.add(index);
          return new Promise<number>((resolve) => {
            running.push({ index, finish: () => resolve(index) });
          });
        }),
      );
      for (let step = 0; ; step++) {
        await flush();
        const busy = new Map<string, number>();
        for (const { index } of running) {
          busy.set(hosts[index] as string, (busy.get(hosts[index] as string) ?? 0) + 1);
        }
        expect(running.length).toBeLessThanOrEqual(total);
        for (const count of busy.values()) expect(count).toBeLessThanOrEqual(perHost);
        // Work-conserving: a waiting task may wait only on a limit.
        const waiting = hosts.filter((_, index) => !started.has(index));
        for (const host of waiting) {
          expect(running.length === total || (busy.get(host) ?? 0) === perHost).toBe(true);
        }
        if (running.length === 0) break;
        const [done] = running.splice((picks[step % picks.length] as number) % running.length, 1);
        finished.add(done?.index as number);
        done?.finish();
      }
      expect(await Promise.all(results)).toEqual(hosts.map((_, index) => index));
      expect(finished.size).toBe(hosts.length);
    },
  );

  test.prop([fc.integer({ min: 1, max: 4 })])(
    'frees the slot of a task that throws',
    async (concurrency) => {
      const limiter = createLimiter(concurrency, 1);
      const failures = Array.from({ length: 5 }, () =>
        limiter.run('a.example', () => {
          throw new Error('boom');
        }),
      );
      for (const failure of failures) await expect(failure).rejects.toThrow('boom');
      expect(await limiter.run('a.example', async () => 'after')).toBe('after');
    },
  );
});

describe('groupLinks', () => {
  const written = fc.array(
    fc.record({
      url: fc.constantFrom('https://a.example/', 'https://b.example/x', 'http://c.example/'),
      file: fc.constantFrom('one.yaml', 'two.json'),
      path: fc.string({ maxLength: 10 }),
    }),
    { maxLength: 30 },
  );

  test.prop([written])(
    'keeps every place once, under its address, in first-seen order',
    (links) => {
      const groups = groupLinks(links);
      expect(groups.map((group) => group.url)).toEqual([...new Set(links.map((link) => link.url))]);
      for (const group of groups) {
        expect(group.places).toEqual(
          links.filter((link) => link.url === group.url).map(({ file, path }) => ({ file, path })),
        );
      }
    },
  );
});

describe('hostOf', () => {
  test.prop([fc.webUrl()])('is the lower-case host of a URL, port included', (url) => {
    expect(hostOf(url)).toBe(new URL(url).host.toLowerCase());
    expect(hostOf(url.replace(/^https?:\/\/[^/]*/, (origin) => origin.toUpperCase()))).toBe(
      hostOf(url),
    );
  });

  test.prop([fc.string()])('is empty for what is not a URL, and never throws', (text) => {
    expect(hostOf(text)).toBe(URL.canParse(text) ? new URL(text).host.toLowerCase() : '');
  });
});

describe('classifyStatus and shouldRetryWithGet', () => {
  test.prop([fc.integer({ min: 100, max: 599 })])('sort every status into one class', (status) => {
    const kind = classifyStatus(status);
    expect(kind === 'ok').toBe(status >= 200 && status < 300);
    expect(kind === 'permanent-redirect').toBe(status === 301 || status === 308);
    expect(kind === 'temporary-redirect').toBe([302, 303, 307].includes(status));
    // Whatever HEAD answered with an error is asked again with GET; nothing else is.
    expect(shouldRetryWithGet(status)).toBe(status >= 400);
    if (shouldRetryWithGet(status)) expect(kind).toBe('dead');
  });
});

describe('classifyFailure', () => {
  const KINDS = ['timeout', 'dns', 'reset', 'refused', 'tls', 'network'];

  test.prop([fc.anything()])('answers for anything thrown, without throwing', (error) => {
    expect(KINDS).toContain(classifyFailure(error));
  });

  test.prop([
    fc.constantFrom(
      ['ENOTFOUND', 'dns'],
      ['EAI_AGAIN', 'dns'],
      ['ECONNRESET', 'reset'],
      ['UND_ERR_SOCKET', 'reset'],
      ['ECONNREFUSED', 'refused'],
      ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
      ['CERT_HAS_EXPIRED', 'tls'],
      ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ),
    fc.integer({ min: 0, max: 3 }),
  ])('finds the system error in the cause chain fetch wraps it in', ([code, kind], depth) => {
    let error: unknown = Object.assign(new Error('inner'), { code });
    for (let i = 0; i < depth; i++) error = new TypeError('fetch failed', { cause: error });
    expect(classifyFailure(error)).toBe(kind);
  });

  test.prop([fc.string()])('calls an abort by the timeout signal a timeout', (message) => {
    expect(classifyFailure(new DOMException(message, 'TimeoutError'))).toBe('timeout');
  });
});

describe('tally and linksExitCode', () => {
  test.prop([
    fc.array(fc.constantFrom('ok', 'moved', 'dead') as fc.Arbitrary<'ok' | 'moved' | 'dead'>),
    fc.boolean(),
  ])('fail on a dead link, and on a moved one only when strict', (statuses, strict) => {
    const counts = tally(statuses.map((status) => ({ status })));
    expect(counts.ok + counts.moved + counts.dead).toBe(counts.links);
    expect(counts.links).toBe(statuses.length);
    const fails = statuses.includes('dead') || (strict && statuses.includes('moved'));
    expect(linksExitCode(counts, strict)).toBe(fails ? 1 : 0);
  });
});

describe('isTransient', () => {
  test.prop([fc.integer({ min: 100, max: 599 })])(
    'asks again on 429, 502, 503 and 504 only of the statuses',
    (status) => {
      expect(isTransient({ status })).toBe([429, 502, 503, 504].includes(status));
    },
  );

  test.prop([fc.constantFrom('timeout', 'dns', 'reset', 'refused', 'tls', 'network' as const)])(
    'asks again after a timeout, reset or network failure, not after DNS, refused or TLS',
    (kind) => {
      expect(isTransient({ kind })).toBe(['timeout', 'reset', 'network'].includes(kind));
    },
  );
});

describe('backoffDelay', () => {
  test.prop([
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 60_000 }),
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  ])(
    'doubles from the base per retry, adds up to half of it again, and stays under the limit',
    (retry, base, max, random) => {
      const delay = backoffDelay(retry, base, max, () => random);
      const exponential = base * 2 ** (retry - 1);
      expect(delay).toBeGreaterThanOrEqual(Math.min(max, exponential));
      expect(delay).toBeLessThanOrEqual(Math.min(max, exponential * 1.5));
      expect(backoffDelay(retry, base, max, () => 0)).toBe(Math.min(max, exponential));
    },
  );
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 9, 21, 7, 27, 30);

  test.each([
    ['120', 120_000],
    ['0', 0],
    [' 5 ', 5000],
    ['007', 7000],
    ['Wed, 21 Oct 2026 07:28:00 GMT', 30_000],
    ['Wednesday, 21-Oct-26 07:28:00 GMT', 30_000],
    ['Wed Oct 21 07:28:00 2026', 30_000],
    ['Thu Oct  1 00:00:00 2026', 0],
    // Dates in the past ask for no pause.
    ['Sun, 06 Nov 1994 08:49:37 GMT', 0],
    ['Sunday, 06-Nov-94 08:49:37 GMT', 0],
    // A two-digit year up to 50 years ahead is ahead; beyond, it is the last century.
    ['Thursday, 01-Jan-76 00:00:00 GMT', Date.UTC(2076, 0, 1) - now],
    ['Saturday, 01-Jan-77 00:00:00 GMT', 0],
    ['9'.repeat(400), Number.MAX_SAFE_INTEGER],
  ])('reads %j as %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([
    '',
    ' ',
    '-5',
    '1.5',
    '1e3',
    '0x10',
    'soon',
    '120 seconds',
    '2026-10-21T07:28:00Z',
    'Wed, 31 Feb 2026 07:28:00 GMT',
    'Wed, 21 Oct 2026 24:00:00 GMT',
    'Wed, 21 Oct 2026 07:60:00 GMT',
    'Wed, 21 Oct 2026 07:28:00 UTC',
    'wed, 21 oct 2026 07:28:00 gmt',
    'Wed, 21 Okt 2026 07:28:00 GMT',
  ])('reads %j as no pause it understands', (value) => {
    expect(parseRetryAfter(value, now)).toBe(undefined);
  });

  const headerLike = fc.oneof(
    fc.string(),
    fc.stringMatching(/^\s*-?\d{0,400}(\.\d*)?\s*$/),
    fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
    fc
      .tuple(fc.date({ noInvalidDate: true }), fc.string({ maxLength: 3 }))
      .map(([date, noise]) => date.toUTCString().replace(/\d/, noise)),
  );

  test.prop([headerLike, fc.integer({ min: -8.64e15, max: 8.64e15 })])(
    'never throws, and gives no pause or one that is finite and not negative',
    (value, at) => {
      const ms = parseRetryAfter(value, at);
      if (ms !== undefined) {
        expect(Number.isFinite(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
      }
    },
  );

  test.prop([fc.nat({ max: 2 ** 40 })])('reads delta-seconds as that many seconds', (seconds) => {
    expect(parseRetryAfter(String(seconds), now)).toBe(seconds * 1000);
  });

  test.prop([
    fc.date({
      min: new Date(Date.UTC(1970, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    }),
    fc.integer({ min: 0, max: 2 ** 42 }),
  ])('reads the dates Date#toUTCString writes as the time until them', (date, at) => {
    const whole = Math.floor(date.getTime() / 1000) * 1000;
    expect(parseRetryAfter(date.toUTCString(), at)).toBe(Math.max(0, whole - at));
  });
});
