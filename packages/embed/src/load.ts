/**
 * Turns untrusted input (inline JSON text, a fetched response, a built-in roadmap id) into a
 * validated curriculum or an {@link EmbedError}. Nothing here throws or rejects: every failure is a
 * value the element can show. Text that `JSON.parse` and its checks accept is read here; any other
 * is read again by `readJson` from the errors script, loaded then, to say where it goes wrong.
 */
import { type Curriculum, isSafeHttpUrl, parseCurriculum } from '@trailmark/curriculum';
import { readJsonValue } from '@trailmark/curriculum/source';
import type { EmbedError } from './embed-error';
import type { ErrorsScript } from './errors/loadErrors';

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
 * What an error's message adds when the errors script would not load: the element then lists the
 * problems in English, or names a JSON mistake without its place.
 * @param thrown why `script.load()` failed.
 */
export function explanationMissing(script: ErrorsScript, thrown: unknown): string {
  return `(The script that explains it, ${script.url}, did not load: ${describeError(thrown)}. Serve it beside the embed script.)`;
}

/** Text of nothing but whitespace (and a byte order mark): `readJson`'s `empty`. */
const BLANK = /^\ufeff?[ \t\n\r]*$/;

/** A value read from JSON text, validated with `parseCurriculum`. */
function validate(data: unknown, origin: string): LoadResult {
  const result = parseCurriculum(data);
  if (result.ok) return { ok: true, curriculum: result.value };
  const count = result.issues.length;
  return failure({
    kind: 'invalid',
    message: `${origin} is not a valid curriculum: ${count} ${count === 1 ? 'problem' : 'problems'} found.`,
    issues: result.issues,
  });
}

/**
 * Parses curriculum JSON text and validates it with `parseCurriculum`. Valid JSON is read at once;
 * text that is not is read again by `readJson` of the errors script (loaded then), which gives the
 * line, column and words of the mistake; without that script the message says what `JSON.parse`
 * said, and that the script did not load.
 * @param text the document; a leading byte-order mark is ignored. Repeated keys and nesting past
 *   `MAX_NESTING` are refused, as `readJson` refuses them, and every browser gives the same line
 *   and column.
 * @param origin where the text came from, used in messages (`https://example.com/c.json`).
 * @param errors the errors script beside the embed script.
 * @param contentType the response's Content-Type, to explain an HTML page served instead of JSON.
 * @returns the result right away when the text is JSON, else a promise of it.
 * @example readCurriculumText(script.textContent ?? '', 'the inline <script type="application/json">', errorsScript(scriptUrl))
 */
export function readCurriculumText(
  text: string,
  origin: string,
  errors: ErrorsScript,
  contentType = '',
): LoadResult | Promise<LoadResult> {
  if (BLANK.test(text)) {
    return failure({
      kind: 'not-json',
      message: `${origin} is empty; expected a curriculum JSON document.`,
    });
  }
  const quick = readJsonValue(text);
  if (quick.ok) return validate(quick.value, origin);
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  const hint = /html/i.test(mediaType)
    ? ` The server sent ${mediaType}, probably an error page: check the URL.`
    : '';
  return errors.load().then(
    ({ readJson }) => {
      const read = readJson(text);
      // The two readers agree (tested); should they not, the reader with positions decides.
      if (read.ok) return validate(read.value, origin);
      const [issue] = read.issues;
      return failure({
        kind: 'not-json',
        message: `${origin} is not valid JSON: ${issue.message} at line ${issue.line}, column ${issue.column}.${hint}`,
        syntax: issue,
      });
    },
    (thrown: unknown) =>
      failure({
        kind: 'not-json',
        message: `${origin} is not valid JSON: ${quick.reason}.${hint} ${explanationMissing(errors, thrown)}`,
      }),
  );
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
 * @param errors the errors script, for a body that is not JSON.
 */
export async function readCurriculumResponse(
  response: Response,
  origin: string,
  errors: ErrorsScript,
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
    return await readCurriculumText(
      body.text,
      origin,
      errors,
      response.headers.get('content-type') ?? '',
    );
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
  errors: ErrorsScript,
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
  return readCurriculumResponse(response, origin, errors, options);
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
 * @param errors the errors script, for data that is not JSON.
 */
export function loadBuiltInRoadmap(
  id: string,
  ids: readonly string[],
  scriptUrl: string,
  errors: ErrorsScript,
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
  return fetchCurriculum(url, errors, {
    ...options,
    origin: `the built-in roadmap "${id}" (${url.href}; when self-hosting, keep the roadmaps/ folder beside the script)`,
  });
}
