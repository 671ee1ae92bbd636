/**
 * The loader in Node: whatever text or response arrives, it resolves to a curriculum or to an
 * error value with a message; it never throws or rejects. The errors script is its source module
 * here; `missingErrors` stands for one that does not load.
 */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ErrorsScript } from '../src/errors/loadErrors';
import {
  type LoadResult,
  readCurriculumResponse,
  readCurriculumText as readText,
  resolveSrc,
} from '../src/load';

const errors: ErrorsScript = { url: 'errors.js', load: () => import('../src/errors/entry') };
const missingErrors: ErrorsScript = {
  url: 'https://cdn.example/trailmark-embed-errors.js',
  load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
};

/** Reads text with the errors script at hand (or, with `script`, another). */
const readCurriculumText = async (
  text: string,
  origin: string,
  contentType = '',
  script = errors,
): Promise<LoadResult> => readText(text, origin, script, contentType);

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const KINDS = ['not-json', 'invalid', 'http', 'too-large', 'network'];

function expectWellFormed(result: LoadResult): void {
  if (result.ok) {
    expect(typeof result.curriculum.id).toBe('string');
    return;
  }
  expect(KINDS).toContain(result.error.kind);
  expect(result.error.message.length).toBeGreaterThan(0);
  if (result.error.kind === 'invalid') {
    expect(result.error.issues?.length).toBeGreaterThan(0);
  }
}

describe('readCurriculumText', () => {
  it('accepts a valid curriculum, with or without a byte-order mark', async () => {
    for (const text of [fixture('web-basics.json'), `\uFEFF${fixture('web-basics.json')}`]) {
      const result = await readCurriculumText(text, 'test');
      expect(result.ok && result.curriculum.id).toBe('web-basics');
    }
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const result = await readCurriculumText(fixture('broken-json.txt'), 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('not-json');
    // The missing comma is at the start of line 5, after `"title": "Oops"` on line 4. The words
    // and the position are the reader's, the same in every browser, not the engine's.
    expect(result.error.message).toBe(
      `broken.json is not valid JSON: expected , or } after a property value, found '"' at line 5, column 3.`,
    );
    // The issue itself, for the element to word in its locale.
    expect(result.error.syntax).toMatchObject({
      code: 'json_expected_comma_or_brace',
      params: { found: '"' },
      line: 5,
      column: 3,
    });
  });

  it('refuses a repeated key, which JSON.parse would let the last one win', async () => {
    const text = fixture('web-basics.json').replace('{', '{\n  "id": "first",');
    const result = await readCurriculumText(text, 'twice.json');
    expect(!result.ok && result.error).toEqual({
      kind: 'not-json',
      message: expect.stringMatching(/^twice\.json is not valid JSON: the key "id" is repeated/),
      syntax: expect.objectContaining({ code: 'duplicate_key', params: { key: 'id' } }),
    });
  });

  it('says an HTML page arrived when the content type is HTML', async () => {
    const result = await readCurriculumText(
      '<!doctype html><h1>Hi</h1>',
      'x.json',
      'text/html; charset=utf-8',
    );
    expect(!result.ok && result.error.message).toMatch(/text\/html, probably an error page/);
  });

  it('calls empty input empty rather than a syntax error', async () => {
    const result = await readCurriculumText('  \n', 'x.json');
    expect(!result.ok && result.error).toEqual({
      kind: 'not-json',
      message: expect.stringMatching(/is empty/),
    });
  });

  it('lists schema problems with their paths', async () => {
    const result = await readCurriculumText(fixture('schema-invalid.json'), 'bad.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    const paths = result.error.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['id', 'version', 'levels[0].modules[0].topics[0].resources[0].url']),
    );
  });

  it('reads a valid document at once, without the errors script', () => {
    const untouched: ErrorsScript = {
      url: 'errors.js',
      load: () => {
        throw new Error('a valid document must not load the errors script');
      },
    };
    const result = readText(fixture('web-basics.json'), 'test', untouched);
    expect(!(result instanceof Promise) && result.ok && result.curriculum.id).toBe('web-basics');
  });

  it('still names a JSON mistake when the errors script does not load, and says so', async () => {
    const result = await readCurriculumText(
      fixture('broken-json.txt'),
      'broken.json',
      '',
      missingErrors,
    );
    expect(!result.ok && result.error).toEqual({
      kind: 'not-json',
      message: expect.stringMatching(
        /^broken\.json is not valid JSON: .+\. \(The script that explains it, https:\/\/cdn\.example\/trailmark-embed-errors\.js, did not load: Failed to fetch dynamically imported module\. Serve it beside the embed script\.\)$/,
      ),
    });
  });

  it('refuses a repeated key even when the errors script does not load', async () => {
    const text = fixture('web-basics.json').replace('{', '{\n  "id": "first",');
    const result = await readCurriculumText(text, 'twice.json', '', missingErrors);
    expect(!result.ok && result.error.message).toMatch(
      /^twice\.json is not valid JSON: a key is repeated in an object\. \(The script/,
    );
  });

  test.prop([fc.string({ unit: 'grapheme' })])('never throws on arbitrary text', async (text) => {
    expectWellFormed(await readCurriculumText(text, 'arbitrary'));
  });

  test.prop([fc.json()])('never throws on arbitrary JSON', async (text) => {
    expectWellFormed(await readCurriculumText(text, 'arbitrary'));
  });

  test.prop([
    fc.jsonValue().map((value) => {
      const valid = JSON.parse(fixture('web-basics.json')) as Record<string, unknown>;
      return JSON.stringify({ ...valid, levels: value });
    }),
  ])('never throws when a valid document has arbitrary levels', async (text) => {
    expectWellFormed(await readCurriculumText(text, 'arbitrary'));
  });
});

describe('readCurriculumResponse', () => {
  it('reads a valid response whatever its content type', async () => {
    const response = new Response(fixture('web-basics.json'), {
      headers: { 'content-type': 'text/plain' },
    });
    const result = await readCurriculumResponse(response, 'plain.json', errors);
    expect(result.ok).toBe(true);
  });

  it('reports an HTTP error status with the URL', async () => {
    const response = new Response('<h1>Not found</h1>', { status: 404, statusText: 'Not Found' });
    const result = await readCurriculumResponse(response, 'https://example.test/c.json', errors);
    expect(!result.ok && result.error).toEqual({
      kind: 'http',
      message:
        'https://example.test/c.json answered HTTP 404 Not Found; expected 200 with a curriculum JSON document.',
    });
  });

  it('stops reading past the size cap, with or without Content-Length', async () => {
    const body = 'x'.repeat(2_000);
    const declared = new Response(body, { headers: { 'content-length': '2000' } });
    const streamed = new Response(
      new ReadableStream({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode('x'.repeat(600)));
        },
      }),
    );
    for (const response of [declared, streamed]) {
      const result = await readCurriculumResponse(response, 'big.json', errors, {
        maxBytes: 1_000,
      });
      expect(!result.ok && result.error.kind).toBe('too-large');
    }
  });

  it('turns a failing body stream into a network error', async () => {
    const response = new Response(
      new ReadableStream({
        pull(controller) {
          controller.error(new TypeError('connection reset'));
        },
      }),
    );
    const result = await readCurriculumResponse(response, 'reset.json', errors);
    expect(!result.ok && result.error).toEqual({
      kind: 'network',
      message: 'Reading reset.json failed: connection reset.',
    });
  });

  test.prop([
    fc.uint8Array({ maxLength: 4_000 }),
    fc.integer({ min: 100, max: 599 }),
    fc.constantFrom('application/json', 'text/plain', 'text/html', ''),
  ])(
    'never rejects on arbitrary bytes, statuses and content types',
    async (bytes, status, type) => {
      const nullBody = status === 204 || status === 205 || status === 304;
      // The Response constructor only accepts 200..599.
      const response = new Response(nullBody ? null : bytes, {
        status: Math.max(status, 200),
        headers: type ? { 'content-type': type } : {},
      });
      expectWellFormed(
        await readCurriculumResponse(response, 'arbitrary', errors, { maxBytes: 2_000 }),
      );
    },
  );
});

describe('resolveSrc', () => {
  it('resolves relative URLs against the page', () => {
    expect(String(resolveSrc('data/c.json', 'https://blog.example/post/'))).toBe(
      'https://blog.example/post/data/c.json',
    );
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])(
    'refuses %s',
    (src) => {
      const result = resolveSrc(src, 'https://blog.example/');
      expect(result).toMatchObject({ kind: 'invalid-src' });
    },
  );

  test.prop([fc.string(), fc.webUrl()])('never throws', (src, base) => {
    const result = resolveSrc(src, base);
    expect(result instanceof URL ? result.protocol : result.kind).toMatch(
      /^(https?:|invalid-src)$/,
    );
  });
});
