import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { stringify } from 'yaml';
import { detectFormat, readSource } from './source';

/** Keys that read back as themselves in YAML and JSON alike. */
const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/);
const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.stringMatching(/^[a-zA-Z ]{0,12}$/));
/** Plain JSON-like documents: nested objects and arrays with distinct keys. */
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
  if (Array.isArray(value))
    return value.flatMap((item, index) => keyPaths(item, [...prefix, index]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, child]) => [
    [...prefix, name],
    ...keyPaths(child, [...prefix, name]),
  ]);
}

describe('readSource', () => {
  test.prop([fc.string({ maxLength: 200 })])(
    'never throws and keeps every span inside the text',
    (text) => {
      const source = readSource(text);
      for (const problem of source.syntaxErrors) {
        expect(problem.span.start).toBeGreaterThanOrEqual(0);
        expect(problem.span.end).toBeLessThanOrEqual(text.length);
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.message).not.toBe('');
      }
      const span = source.locate(['levels', 0, 'id']);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
    },
  );

  test.prop([document, fc.constantFrom('json', 'yaml')])(
    'reads back the value and locates the key of every path, in JSON and YAML',
    (value, format) => {
      const text = format === 'json' ? JSON.stringify(value, null, 2) : stringify(value);
      const source = readSource(text);
      expect(source.syntaxErrors).toEqual([]);
      expect(source.value).toEqual(value);
      for (const path of keyPaths(value)) {
        const { start, end } = source.locate(path);
        const last = String(path.at(-1));
        // The span is the key as written: bare in YAML, quoted in JSON.
        expect(text.slice(start, end).replace(/^"|"$/g, '')).toBe(last);
      }
    },
  );

  test('tells JSON from YAML by the first character', () => {
    expect(detectFormat('  {"id": "x"}')).toBe('JSON');
    expect(detectFormat('[1]')).toBe('JSON');
    expect(detectFormat('id: x')).toBe('YAML');
    expect(detectFormat('')).toBe('YAML');
  });

  test('points a missing key at the object that should hold it', () => {
    const text = 'levels:\n  - id: l1\n    code: L1\n';
    expect(readSource(text).locate(['levels', 0, 'title'])).toEqual({
      start: text.indexOf('id: l1'),
      end: text.indexOf('id: l1') + 'id: l1'.length,
    });
  });

  test('reports YAML syntax errors with line and column', () => {
    const [problem] = readSource('id: demo\ntitle: [unclosed\nsummary: x\n').syntaxErrors;
    expect(problem).toMatchObject({ line: 3, column: 1 });
  });

  test('holds JSON to JSON: a trailing comma is an error at its line', () => {
    const source = readSource('{\n  "id": "demo",\n}');
    expect(source.format).toBe('JSON');
    expect(source.value).toBeUndefined();
    expect(source.syntaxErrors).toHaveLength(1);
    expect(source.syntaxErrors[0]?.line).toBe(3);
  });

  test('refuses an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...['b', 'c', 'd', 'e', 'f', 'g'].map(
        (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`,
      ),
    ].join('\n');
    const source = readSource(bomb);
    expect(source.value).toBeUndefined();
    expect(source.syntaxErrors[0]?.message).toMatch(/alias/i);
  });

  test('treats whitespace and comments as an empty document', () => {
    expect(readSource('').empty).toBe(true);
    expect(readSource('# nothing yet\n').empty).toBe(true);
    expect(readSource('id: x').empty).toBe(false);
  });
});
