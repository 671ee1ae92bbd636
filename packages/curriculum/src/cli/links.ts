/**
 * Checking a curriculum's links: where they are written, one request chain per address (HEAD,
 * GET when a server refuses HEAD, redirects followed by hand, a transient answer asked again after
 * a pause), and a scheduler that keeps a limit in total and per host. The pure parts (collecting,
 * classifying, scheduling, the pauses, the exit code) are exported for the property tests;
 * `checkLink` is the only part that touches the network.
 */
import { setTimeout as wait } from 'node:timers/promises';
import type { Curriculum } from '../schema.js';
import { isSafeHttpUrl } from '../schema.js';

/** Where a link is written: the file as given on the command line and the path inside it. */
export interface LinkPlace {
  file: string;
  /** `levels[0].modules[1].topics[2].resources[0].url`, or `authors[0].url`. */
  path: string;
}

/** One address to check and every place it is written. */
export interface LinkTarget {
  url: string;
  places: LinkPlace[];
}

/**
 * Every resource and author URL of `curriculum`, in the order of the file, as `[url, path]`.
 * @example linksOf(c)[0] // ['https://arxiv.org/abs/1706.03762', 'levels[0].modules[0].topics[0].resources[0].url']
 */
export function linksOf(curriculum: Curriculum): [url: string, path: string][] {
  const links: [string, string][] = [];
  curriculum.authors?.forEach((author, a) => {
    if (author.url !== undefined) links.push([author.url, `authors[${a}].url`]);
  });
  curriculum.levels.forEach((level, l) => {
    level.modules.forEach((module, m) => {
      module.topics.forEach((topic, t) => {
        topic.resources.forEach((resource, r) => {
          links.push([resource.url, `levels[${l}].modules[${m}].topics[${t}].resources[${r}].url`]);
        });
      });
    });
  });
  return links;
}

/**
 * Groups links by address so each is requested once, keeping the order in which each address is
 * first seen and every place it is written.
 */
export function groupLinks(
  links: readonly { url: string; file: string; path: string }[],
): LinkTarget[] {
  const byUrl = new Map<string, LinkTarget>();
  for (const { url, file, path } of links) {
    let target = byUrl.get(url);
    if (!target) {
      target = { url, places: [] };
      byUrl.set(url, target);
    }
    target.places.push({ file, path });
  }
  return [...byUrl.values()];
}

/**
 * The host a link is scheduled under: the URL's host (with port) in lower case, or `''` for an
 * address that is not a URL (such a link is refused before any request).
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Runs tasks with at most `concurrency` at once in total and `perHost` at once per host. */
export interface Limiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

/**
 * A first-come, first-served scheduler: a task waits while its host or the whole run is at its
 * limit, and tasks for other hosts may pass it meanwhile (so one slow host does not hold up the
 * rest). Both limits are at least 1.
 */
export function createLimiter(concurrency: number, perHost: number): Limiter {
  const total = Math.max(1, Math.floor(concurrency));
  const hostLimit = Math.max(1, Math.floor(perHost));
  const queue: { host: string; start: () => void }[] = [];
  const busy = new Map<string, number>();
  let active = 0;

  const pump = () => {
    for (let i = 0; i < queue.length && active < total; ) {
      const entry = queue[i] as (typeof queue)[number];
      if ((busy.get(entry.host) ?? 0) >= hostLimit) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      active++;
      busy.set(entry.host, (busy.get(entry.host) ?? 0) + 1);
      entry.start();
    }
  };

  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({
          host,
          start: () => {
            const done = () => {
              active--;
              const left = (busy.get(host) ?? 1) - 1;
              if (left === 0) busy.delete(host);
              else busy.set(host, left);
              pump();
            };
            // A task that throws synchronously still frees its slot.
            Promise.resolve().then(task).then(resolve, reject).finally(done);
          },
        });
        pump();
      });
    },
  };
}

/** What a single response status means for a link. */
export type StatusClass = 'ok' | 'permanent-redirect' | 'temporary-redirect' | 'dead';

/**
 * Classifies an HTTP status: 2xx fine, 301 and 308 permanent moves, 302, 303 and 307 temporary
 * redirects; everything else (4xx, 5xx, and the 1xx and other 3xx that a link should not answer
 * with) dead.
 */
export function classifyStatus(status: number): StatusClass {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 301 || status === 308) return 'permanent-redirect';
  if (status === 302 || status === 303 || status === 307) return 'temporary-redirect';
  return 'dead';
}

/**
 * Whether a HEAD answer is worth asking again with GET: 405 and 501 say the method is refused,
 * and many servers answer HEAD with another 4xx or 5xx (403, 404, 400) although the page works.
 * A GET that fails too confirms the link is dead.
 */
export function shouldRetryWithGet(status: number): boolean {
  return status >= 400;
}

/** Why a request failed without an HTTP answer. */
export type FailureKind = 'timeout' | 'dns' | 'reset' | 'refused' | 'tls' | 'network';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ENODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Classifies what `fetch` threw: an abort by the timeout signal, or the system error in its
 * `cause` chain (`ENOTFOUND`, `ECONNRESET`, a certificate code, …). Anything else is `network`.
 * Accepts any value: it never throws.
 */
export function classifyFailure(error: unknown): FailureKind {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const name = property(current, 'name');
    if (name === 'TimeoutError') return 'timeout';
    const code = property(current, 'code');
    if (typeof code === 'string') {
      if (DNS_CODES.has(code)) return 'dns';
      if (RESET_CODES.has(code)) return 'reset';
      if (code === 'ECONNREFUSED') return 'refused';
      if (TIMEOUT_CODES.has(code)) return 'timeout';
      if (/CERT|SSL|TLS/.test(code)) return 'tls';
    }
    current = property(current, 'cause');
  }
  return 'network';
}

const FAILURE_WORDS: Record<FailureKind, string> = {
  timeout: 'timed out',
  dns: 'host not found (DNS)',
  reset: 'connection reset',
  refused: 'connection refused',
  tls: 'TLS certificate error',
  network: 'network error',
};

/** One request of a link's chain. */
export interface Hop {
  url: string;
  method: 'HEAD' | 'GET';
  status: number;
}

/** The verdict on one link. */
export type LinkOutcome =
  | {
      /** The last answer was 2xx, with no permanent redirect on the way. */
      status: 'ok';
      httpStatus: number;
      /** Where temporary redirects ended, when they did. */
      finalUrl?: string;
    }
  | {
      /** A 301 or 308 on the way, and the final address answers 2xx. */
      status: 'moved';
      httpStatus: number;
      /**
       * The address to write instead: where the last permanent redirect points. Temporary
       * redirects after it (a login, a version picker) are not the link's new home.
       */
      newUrl: string;
      /** Where all redirects ended. */
      finalUrl: string;
    }
  | {
      status: 'dead';
      /**
       * `http` (an error status, in `httpStatus`), a {@link FailureKind}, `redirect_loop`,
       * `too_many_redirects`, `unsafe_redirect` (a redirect to an address that is not
       * http(s)), `bad_redirect` (a 3xx without a usable Location) or `unsafe_url`.
       */
      reason:
        | FailureKind
        | 'http'
        | 'redirect_loop'
        | 'too_many_redirects'
        | 'unsafe_redirect'
        | 'bad_redirect'
        | 'unsafe_url';
      message: string;
      httpStatus?: number;
    };

/** A link's verdict with the chain of requests that led to it. */
export type LinkResult = LinkOutcome & {
  url: string;
  hops: Hop[];
  /**
   * Present when a transient answer was asked again: the most tries one request of the chain
   * took (`2` when a 429 was followed by a 200). A dead link's `message` says it too
   * (`HTTP 503 after 3 tries`).
   */
  tries?: number;
};

/** How links are requested. */
export interface CheckOptions {
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  userAgent: string;
  /** How often a transient answer ({@link isTransient}) is asked again; 0 never. */
  retries: number;
  /** The pause before the first retry, in milliseconds; doubled for each next one. */
  retryDelayMs: number;
  /**
   * The longest pause between two tries, in milliseconds. A server whose `Retry-After` asks for
   * more is not asked again: the link is dead, with what the server asked in its message.
   */
  maxWaitMs: number;
  /** Waits between tries; tests pass one that records the pause and returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Whether an answer may be different when asked again a little later: 429 (too many requests),
 * 502, 503 and 504 (a proxy or the server is overloaded or restarting), and a timeout, reset or
 * other network failure (a dropped packet, a server closing a kept-alive connection). A DNS
 * failure, a refused connection and a TLS error say the host is gone or misconfigured and another
 * try in a second would answer the same; so do every other 4xx and 5xx.
 */
export function isTransient(answer: { status: number } | { kind: FailureKind }): boolean {
  if ('status' in answer) return TRANSIENT_STATUSES.has(answer.status);
  return answer.kind === 'timeout' || answer.kind === 'reset' || answer.kind === 'network';
}

const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/**
 * The pause before retry number `retry` (1 for the first): `baseMs` doubled for each retry
 * before it, plus up to half again at random so that links waiting on the same host do not all
 * come back at once; never more than `maxMs`.
 * @example backoffDelay(2, 1000, 30_000) // between 2000 and 3000
 */
export function backoffDelay(
  retry: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  return Math.min(maxMs, baseMs * 2 ** (retry - 1) * (1 + random() / 2));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three forms of an HTTP-date (RFC 9110, 5.6.7): IMF-fixdate, and the obsolete RFC 850 and
// asctime forms, which recipients must still accept.
const IMF_FIXDATE = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`,
);
const RFC_850 = new RegExp(
  `^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`,
);
const ASCTIME = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`,
);

/** Milliseconds since 1970 of a calendar date and time in UTC, if there is such a moment. */
function utc(
  year: number,
  month: string,
  day: number,
  time: readonly string[],
): number | undefined {
  const [hours, minutes, seconds] = time.map(Number) as [number, number, number];
  const index = MONTHS.indexOf(month);
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const ms = Date.UTC(year, index, day, hours, minutes, seconds);
  // Date.UTC rolls 31 Feb over into March: such a date is not one.
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/**
 * The pause a `Retry-After` header asks for, in milliseconds from `now`: its delta-seconds
 * (`120`), or the time until its HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`; 0 once past).
 * `undefined` for anything else (a negative or fractional number, another date format, text).
 * Accepts any string: it never throws, and never returns a negative or non-finite number.
 * @example parseRetryAfter('120', Date.now()) // 120000
 */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  let at: number | undefined;
  const fix = IMF_FIXDATE.exec(text);
  const rfc850 = RFC_850.exec(text);
  const asctime = ASCTIME.exec(text);
  if (fix) {
    const [, day, month, year, ...time] = fix as unknown as string[];
    at = utc(Number(year), month as string, Number(day), time);
  } else if (rfc850) {
    const [, day, month, yy, ...time] = rfc850 as unknown as string[];
    // A two-digit year more than 50 years ahead is the last such year in the past (RFC 9110).
    const thisYear = new Date(now).getUTCFullYear();
    let year = thisYear - (thisYear % 100) + Number(yy);
    if (year > thisYear + 50) year -= 100;
    at = utc(year, month as string, Number(day), time);
  } else if (asctime) {
    const [, month, day, hours, minutes, seconds, year] = asctime as unknown as string[];
    at = utc(Number(year), month as string, Number(day), [hours, minutes, seconds] as string[]);
  }
  if (at === undefined || !Number.isFinite(now)) return undefined;
  return Math.max(0, at - now);
}

type Answer =
  | { ok: true; status: number; location: string | null; retryAfter: string | null }
  | { ok: false; kind: FailureKind };

async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: CheckOptions,
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      // No cookies, no credentials, no referrer: a link check is anonymous.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'user-agent': options.userAgent, accept: '*/*' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const location = response.headers.get('location');
    const retryAfter = response.headers.get('retry-after');
    // Only the status matters; do not download the page.
    await response.body?.cancel().catch(() => {});
    return { ok: true, status: response.status, location, retryAfter };
  } catch (error) {
    return { ok: false, kind: classifyFailure(error) };
  }
}

/** A Location header resolved against the address that sent it, if it is a URL at all. */
function resolveLocation(location: string | null, base: string): string | undefined {
  if (location === null || location.trim() === '') return undefined;
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}

/** A server refusing HEAD: an error status, or a connection dropped on it. */
function refusesHead(answer: Answer): boolean {
  return answer.ok
    ? shouldRetryWithGet(answer.status)
    : answer.kind === 'reset' || answer.kind === 'network';
}

/** The answer to one address after its tries, and what a `Retry-After` asked beyond the limit. */
interface Asked {
  answer: Answer;
  method: 'HEAD' | 'GET';
  tries: number;
  /** The pause the server asked for, when longer than `maxWaitMs`: not waited for. */
  refusedWaitMs?: number;
}

/**
 * Asks one address until its answer is not transient or the retries are spent. A try is HEAD,
 * then GET at once when the server refuses HEAD, as without retries. A transient status to HEAD
 * is not taken as a refusal while a retry is left: the server asked to come back later, so the
 * GET waits for the next try. Retries ask with GET: a server that stumbled on HEAD may be one
 * that handles it badly, and GET costs it one request all the same.
 */
async function ask(url: string, options: CheckOptions): Promise<Asked> {
  const sleep = options.sleep ?? wait;
  let method: 'HEAD' | 'GET' = 'HEAD';
  for (let tries = 1; ; tries++) {
    const retryLeft = tries <= options.retries;
    let answer = await request(url, method, options);
    if (
      method === 'HEAD' &&
      refusesHead(answer) &&
      !(retryLeft && answer.ok && isTransient(answer))
    ) {
      method = 'GET';
      answer = await request(url, method, options);
    }
    if (!retryLeft || !isTransient(answer)) return { answer, method, tries };
    const asked =
      answer.ok && (answer.status === 429 || answer.status === 503) && answer.retryAfter !== null
        ? parseRetryAfter(answer.retryAfter, Date.now())
        : undefined;
    if (asked !== undefined && asked > options.maxWaitMs) {
      return { answer, method, tries, refusedWaitMs: asked };
    }
    await sleep(Math.max(asked ?? 0, backoffDelay(tries, options.retryDelayMs, options.maxWaitMs)));
    method = 'GET';
  }
}

/** `" after 3 tries"` when there was more than one. */
function after(tries: number): string {
  return tries > 1 ? ` after ${tries} tries` : '';
}

/**
 * Checks one link: HEAD first, GET when the server refuses HEAD (an error status or a reset),
 * following redirects by hand so that every address on the way passes {@link isSafeHttpUrl}; a
 * transient answer ({@link isTransient}) is asked again up to `retries` times, after a pause that
 * grows ({@link backoffDelay}) and is never shorter than the server's `Retry-After`.
 * Never rejects: every failure is a `dead` result with its reason.
 */
export async function checkLink(url: string, options: CheckOptions): Promise<LinkResult> {
  const hops: Hop[] = [];
  // The most tries one address took.
  let mostTries = 1;
  const retried = () => (mostTries > 1 ? { tries: mostTries } : {});
  const dead = (
    reason: Extract<LinkOutcome, { status: 'dead' }>['reason'],
    message: string,
    httpStatus?: number,
  ): LinkResult => ({
    url,
    hops,
    status: 'dead',
    reason,
    message,
    ...(httpStatus === undefined ? {} : { httpStatus }),
    ...retried(),
  });
  if (!isSafeHttpUrl(url)) return dead('unsafe_url', 'not an absolute http(s) URL; not requested');

  const seen = new Set<string>();
  let current = url;
  // Where the last permanent redirect pointed, once there was one.
  let movedTo: string | undefined;
  for (;;) {
    seen.add(current);
    const { answer, method, tries, refusedWaitMs } = await ask(current, options);
    mostTries = Math.max(mostTries, tries);
    if (!answer.ok) return dead(answer.kind, `${FAILURE_WORDS[answer.kind]}${after(tries)}`);
    hops.push({ url: current, method, status: answer.status });
    const kind = classifyStatus(answer.status);
    if (kind === 'ok') {
      if (movedTo !== undefined) {
        return {
          url,
          hops,
          status: 'moved',
          httpStatus: answer.status,
          newUrl: movedTo,
          finalUrl: current,
          ...retried(),
        };
      }
      return {
        url,
        hops,
        status: 'ok',
        httpStatus: answer.status,
        ...(current === url ? {} : { finalUrl: current }),
        ...retried(),
      };
    }
    if (refusedWaitMs !== undefined) {
      const seconds = Math.ceil(refusedWaitMs / 1000);
      const limit = Math.round(options.maxWaitMs / 1000);
      return dead(
        'http',
        `HTTP ${answer.status}${after(tries)}; the server asked to wait ${seconds} s before trying again, more than the ${limit} s this check waits`,
        answer.status,
      );
    }
    if (kind === 'dead') return dead('http', `HTTP ${answer.status}${after(tries)}`, answer.status);

    const next = resolveLocation(answer.location, current);
    if (next === undefined) {
      return dead('bad_redirect', `HTTP ${answer.status} without a usable Location`, answer.status);
    }
    if (!isSafeHttpUrl(next)) {
      return dead('unsafe_redirect', `redirects to ${JSON.stringify(next)}, not an http(s) URL`);
    }
    if (seen.has(next)) return dead('redirect_loop', `redirect loop back to ${next}`);
    if (hops.length > options.maxRedirects) {
      return dead('too_many_redirects', `more than ${options.maxRedirects} redirects`);
    }
    if (kind === 'permanent-redirect') movedTo = next;
    current = next;
  }
}

/** The counts of a run. */
export interface LinkTally {
  links: number;
  ok: number;
  moved: number;
  dead: number;
}

/** Counts results by status. */
export function tally(results: readonly Pick<LinkResult, 'status'>[]): LinkTally {
  const counts: LinkTally = { links: results.length, ok: 0, moved: 0, dead: 0 };
  for (const { status } of results) counts[status]++;
  return counts;
}

/**
 * The exit code of a run: 1 when a link is dead, or moved under `strict`; else 0.
 */
export function linksExitCode(counts: LinkTally, strict: boolean): 0 | 1 {
  return counts.dead > 0 || (strict && counts.moved > 0) ? 1 : 0;
}
