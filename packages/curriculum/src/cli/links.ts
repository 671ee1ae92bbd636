/**
 * Checking a curriculum's links: where they are written, one request chain per address (HEAD,
 * GET when a server refuses HEAD, redirects followed by hand), and a scheduler that keeps a limit
 * in total and per host. The pure parts (collecting, classifying, scheduling, the exit code) are
 * exported for the property tests; `checkLink` is the only part that touches the network.
 */
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
export type LinkResult = LinkOutcome & { url: string; hops: Hop[] };

/** How links are requested. */
export interface CheckOptions {
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  userAgent: string;
}

type Answer =
  | { ok: true; status: number; location: string | null }
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
    // Only the status matters; do not download the page.
    await response.body?.cancel().catch(() => {});
    return { ok: true, status: response.status, location };
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

/**
 * Checks one link: HEAD first, GET when the server refuses HEAD (an error status or a reset),
 * following redirects by hand so that every address on the way passes {@link isSafeHttpUrl}.
 * Never rejects: every failure is a `dead` result with its reason.
 */
export async function checkLink(url: string, options: CheckOptions): Promise<LinkResult> {
  const hops: Hop[] = [];
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
  });
  if (!isSafeHttpUrl(url)) return dead('unsafe_url', 'not an absolute http(s) URL; not requested');

  const seen = new Set<string>();
  let current = url;
  // Where the last permanent redirect pointed, once there was one.
  let movedTo: string | undefined;
  for (;;) {
    seen.add(current);
    let method: 'HEAD' | 'GET' = 'HEAD';
    let answer = await request(current, method, options);
    if (
      (answer.ok && shouldRetryWithGet(answer.status)) ||
      (!answer.ok && (answer.kind === 'reset' || answer.kind === 'network'))
    ) {
      method = 'GET';
      answer = await request(current, method, options);
    }
    if (!answer.ok) return dead(answer.kind, FAILURE_WORDS[answer.kind]);
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
        };
      }
      return {
        url,
        hops,
        status: 'ok',
        httpStatus: answer.status,
        ...(current === url ? {} : { finalUrl: current }),
      };
    }
    if (kind === 'dead') return dead('http', `HTTP ${answer.status}`, answer.status);

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
