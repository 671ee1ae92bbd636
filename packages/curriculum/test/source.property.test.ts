/**
 * Properties of the reader over generated text, in Node and in Chromium: it never throws, it reads
 * back what `JSON.stringify` and yaml's `stringify` write, it agrees with `JSON.parse` about what
 * is JSON, and every position it gives is inside the text.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { stringify } from 'yaml';
import { type ReadResult, readJson, readSource, readYaml } from '../src/source.js';

/** Every span and position of a read lies inside `text` and agrees with `positionOf`. */
function expectInside(result: ReadResult, text: string): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.span.start).toBeGreaterThanOrEqual(0);
    expect(issue.span.start).toBeLessThanOrEqual(issue.span.end);
    expect(issue.span.end).toBeLessThanOrEqual(text.length);
    expect({ line: issue.line, column: issue.column }).toEqual(result.positionOf(issue.span.start));
    expect(issue.message).not.toBe('');
  }
}

/** Strings near JSON: valid documents with one character inserted, deleted or replaced. */
const nearJson = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.oneof(
      fc.constantFrom('', ',', '"', '{', '}', '[', ']', ':', ' ', '\n', '\t', '\u00a0', '\\', "'"),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    fc.boolean(),
  )
  .map(([text, at, char, replace]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + char + text.slice(replace ? i + 1 : i);
  });

const anyText = fc.oneof(
  nearJson,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'{}[]:,"-\'&*!|>#?\n \t\\ab01'), maxLength: 300 }),
);

/** Keys that read back as themselves in YAML and JSON alike. */
const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/);
const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.stringMatching(/^[a-zA-Z ]{0,12}$/));
/** Plain documents: nested objects and arrays with distinct keys. */
const document = fc.letrec<{ node: unknown; object: Record<string, unknown> }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    tie('object'),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
  object: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).object;

/** Every path to a key of an object, depth first. */
function keyPaths(
  value: unknown,
  prefix: Array<string | number> = [],
): Array<Array<string | number>> {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => keyPaths(item, [...prefix, index]));
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, child]) => [
    [...prefix, name],
    ...keyPaths(child, [...prefix, name]),
  ]);
}

/** Issues for text JSON.parse accepts: the reader's rules beyond JSON's syntax. */
const STRICTER = ['duplicate_key', 'non_finite_number', 'too_deep'];

describe('the reader', () => {
  test.prop([anyText, fc.constantFrom('json', 'yaml', undefined)], { numRuns: 1_000 })(
    'never throws on arbitrary text, and every position is inside it',
    (text, format) => {
      const result = readSource(text, format);
      expectInside(result, text);
      if (result.ok) {
        const span = result.locate(['levels', 0, 'modules', 1, 'id']);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
    },
  );

  test.prop([fc.jsonValue(), fc.constantFrom(undefined, 2, '\t')], { numRuns: 500 })(
    'reads back any JSON.stringify output equal',
    (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const result = readJson(text);
      expect(result.ok && result.value).toEqual(JSON.parse(text));
    },
  );

  test.prop([anyText], { numRuns: 2_000 })(
    'agrees with JSON.parse about what is JSON, beyond its own stricter rules',
    (text) => {
      let valid = true;
      try {
        // The reader ignores a leading byte order mark; JSON.parse does not.
        JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        valid = false;
      }
      const result = readJson(text);
      if (result.ok) expect(valid).toBe(true);
      // Its own rules may refuse text JSON.parse takes, and may be met before a syntax error.
      else if (!STRICTER.includes(result.issues[0].code)) expect(valid).toBe(false);
    },
  );

  test.prop([document, fc.constantFrom('json', 'yaml')])(
    'locates the key of every path, in JSON and YAML',
    (value, format) => {
      const text = format === 'json' ? JSON.stringify(value, null, 2) : stringify(value);
      const result = format === 'json' ? readJson(text) : readYaml(text);
      expect(result.ok && result.value).toEqual(value);
      if (!result.ok) return;
      for (const path of keyPaths(value)) {
        const { start, end } = result.locate(path, 'unknown_key');
        // The key as written: bare in YAML, quoted in JSON.
        expect(text.slice(start, end).replace(/^"|"$/g, '')).toBe(String(path.at(-1)));
      }
    },
  );
});
