/**
 * Turns untrusted input (inline JSON text, a fetched response, a built-in roadmap id) into a
 * validated curriculum or an {@link EmbedError}. Nothing here throws or rejects: every failure is a
 * value the element can show.
 */
import { type Curriculum, isSafeHttpUrl, parseCurriculum } from '@trailmark/curriculum';
import { readJson } from '@trailmark/curriculum/source';
import type { EmbedError } from './embed-error';

/** The outcome of loading one curriculum. */
export type LoadResult = { ok: true; curriculum: Curriculum } | { ok: false; error: EmbedError };

/** The largest curriculum document the element reads: 5 MiB, far above any real roadmap. */
export const MAX_CURRICULUM_BYTES = 5 * 1024 * 1024;

/** Options shared by the network loaders. */
export interface FetchOptions {
  /** Cancels the request, e.g. when `src` changes while it is in flight. */
  signal?: AbortSignal;
  /** @default MAX_CURRICULUM_BYTES */
  maxBytes?: number;
}

const failure = (error: EmbedError): LoadResult => ({ ok: false, error });

/** The message of a thrown value, whatever it is. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parses curriculum JSON text and validates it with `parseCurriculum`.
 * @param text the document; a leading byte-order mark is ignored. Read by `readJson`: repeated
 *   keys and nesting past its limit are refused, and every browser gives the same line and column.
 * @param origin where the text came from, used in messages (`https://example.com/c.json`).
 * @param contentType the response's Content-Type, to explain an HTML page served instead of JSON.
 * @example readCurriculumText(script.textContent ?? '', 'the inline <script type="application/json">')
 */
export function readCurriculumText(text: string, origin: string, contentType = ''): LoadResult {
  const read = readJson(text);
  if (!read.ok) {
    const [issue] = read.issues;
    if (issue.code === 'empty') {
      return failure({
        kind: 'not-json',
        message: `${origin} is empty; expected a curriculum JSON document.`,
      });
    }
    const mediaType = contentType.split(';')[0]?.trim() ?? '';
    const hint = /html/i.test(mediaType)
      ? ` The server sent ${mediaType}, probably an error page: check the URL.`
      : '';
    return failure({
      kind: 'not-json',
      message: `${origin} is not valid JSON: ${issue.message} at line ${issue.line}, column ${issue.column}.${hint}`,
      syntax: issue,
    });
  }
  const data = read.value;
  const result = parseCurriculum(data);
  if (result.ok) return { ok: true, curriculum: result.value };
  const count = result.issues.length;
  return failure({
    kind: 'invalid',
    message: `${origin} is not a valid curriculum: ${count} ${count === 1 ? 'problem' : 'problems'} found.`,
    issues: result.issues,
  });
}

/** Reads the body as UTF-8, stopping as soon as it passes `maxBytes`. */
async function readBody(
  response: Response,
  maxBytes: number,
): Promise<{ text: string } | { tooLarge: true }> {
  if (!response.body) return { text: '' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode() };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Checks the status, reads the body under the size cap and validates it. Content-Type is not
 * required to be JSON (static hosts label `.json` files many ways); it only improves messages.
 * @param origin where the response came from, used in messages.
 */
export async function readCurriculumResponse(
  response: Response,
  origin: string,
  options: FetchOptions = {},
): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? MAX_CURRICULUM_BYTES;
  const tooLarge = (): LoadResult =>
    failure({
      kind: 'too-large',
      message: `${origin} is larger than ${megabytes(maxBytes)}, the most this element reads; split the curriculum or trim it.`,
    });
  try {
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failure({
        kind: 'http',
        message: `${origin} answered HTTP ${status}; expected 200 with a curriculum JSON document.`,
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge();
    }
    const body = await readBody(response, maxBytes);
    if ('tooLarge' in body) return tooLarge();
    return readCurriculumText(body.text, origin, response.headers.get('content-type') ?? '');
  } catch (error) {
    return failure({
      kind: 'network',
      message: `Reading ${origin} failed: ${describeError(error)}.`,
    });
  }
}

/**
 * Fetches a curriculum with CORS and without cookies, then reads it like
 * {@link readCurriculumResponse}. Never rejects; an aborted request resolves to a `network` error
 * the caller is expected to ignore.
 * @param origin how messages name the document; defaults to the URL.
 */
export async function fetchCurriculum(
  url: URL,
  options: FetchOptions & { origin?: string } = {},
): Promise<LoadResult> {
  const origin = options.origin ?? url.href;
  let response: Response;
  try {
    response = await fetch(url, {
      mode: 'cors',
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    return failure({
      kind: 'network',
      message: `Could not fetch ${origin}: ${describeError(error)}. The server may be unreachable, or it does not allow cross-origin requests (it must send Access-Control-Allow-Origin), or the page's Content-Security-Policy (connect-src) blocks it.`,
    });
  }
  return readCurriculumResponse(response, origin, options);
}

/**
 * A path to resolve against the page: no scheme, not `//host`, and nothing the URL parser would
 * quietly rewrite (whitespace, control characters, and backslashes, which it reads as `/`).
 */
const PAGE_PATH = /^(?![A-Za-z][A-Za-z\d+.-]*:)(?!\/\/)[^\s\p{Cc}\\]*$/u;

/**
 * Resolves the `src` attribute against the page. A path (`data/c.json`, `/c.json`) is resolved
 * against `baseUrl`; anything else must be an address links may have, by the one rule of
 * `isSafeHttpUrl` (absolute http(s), no user info, spaces or backslashes), and so must the
 * resolved address.
 * @returns the URL, or an `invalid-src` error.
 */
export function resolveSrc(src: string, baseUrl: string): URL | EmbedError {
  let href: string | undefined = src;
  if (PAGE_PATH.test(src)) {
    try {
      href = new URL(src, baseUrl).href;
    } catch {
      href = undefined;
    }
  }
  if (!isSafeHttpUrl(href)) {
    return {
      kind: 'invalid-src',
      message: `src=${JSON.stringify(src)} cannot be fetched: only http: and https: URLs are fetched, written in full (https://…, without user info, spaces or backslashes), or a path on this site like "data/curriculum.json".`,
    };
  }
  return new URL(href);
}

/**
 * Loads a built-in roadmap from `roadmaps/<id>.json` beside the embed script.
 * @param id the `roadmap` attribute.
 * @param ids the built-in ids known to this build.
 * @param scriptUrl the URL the embed script was loaded from.
 */
export function loadBuiltInRoadmap(
  id: string,
  ids: readonly string[],
  scriptUrl: string,
  options: FetchOptions = {},
): Promise<LoadResult> {
  if (!ids.includes(id)) {
    return Promise.resolve(
      failure({
        kind: 'unknown-roadmap',
        message: `There is no built-in roadmap "${id}". Built-in roadmaps: ${ids.map((known) => `"${known}"`).join(', ')}; or give your own with src="…".`,
      }),
    );
  }
  const url = new URL(`roadmaps/${id}.json`, scriptUrl);
  return fetchCurriculum(url, {
    ...options,
    origin: `the built-in roadmap "${id}" (${url.href}; when self-hosting, keep the roadmaps/ folder beside the script)`,
  });
}
