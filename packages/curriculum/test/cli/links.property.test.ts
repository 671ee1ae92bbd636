/**
 * The pure parts of `trailmark links`: grouping, classification, the exit code, and the scheduler
 * that keeps the limits in total and per host whatever order the requests finish in.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  classifyFailure,
  classifyStatus,
  createLimiter,
  groupLinks,
  hostOf,
  linksExitCode,
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
