/**
 * The reader on a hostile corpus. This file runs in Node and in Chromium (the `browser` project)
 * against the same expectations, so both engines give identical results: positions and words come
 * from the reader, never from an engine's error message.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_ALIAS_COUNT,
  MAX_NESTING,
  type ReadResult,
  readJson,
  readSource,
  readYaml,
  type SourceFormat,
  sniffFormat,
} from '../src/source.js';

/** What a read gives, in a form that compares whole: the value, or the first issue and where. */
function outcome(result: ReadResult) {
  if (result.ok) return { value: result.value };
  const [issue] = result.issues;
  return { code: issue.code, line: issue.line, column: issue.column, params: issue.params };
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedYaml = (depth: number) => `${'- '.repeat(depth)}x\n`;
/** Each anchor holds nine of the one before: expanded, 9^7 strings ("billion laughs"). The issue
 * points at the first alias, on line 2. */
const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map(
    (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`,
  ),
].join('\n');

type Expected =
  | { value: unknown }
  | { code: string; line: number; column: number; params?: Record<string, string | number> };

/** [what, text, format (sniffed when absent), expected outcome] */
const CORPUS: Array<[string, string, SourceFormat | undefined, Expected]> = [
  ['empty text', '', undefined, { code: 'empty', line: 1, column: 1 }],
  ['whitespace only, as JSON', ' \n\t', 'json', { code: 'empty', line: 2, column: 2 }],
  ['comments only, as YAML', '# nothing yet\n', 'yaml', { code: 'empty', line: 2, column: 1 }],
  ['a byte order mark before JSON', '\uFEFF{"a": 1}', undefined, { value: { a: 1 } }],
  ['a byte order mark before YAML', '\uFEFFa: 1\n', undefined, { value: { a: 1 } }],
  [
    'CRLF line ends in JSON',
    '{\r\n  "a": 1,\r\n  "b": [true, null]\r\n}',
    undefined,
    {
      value: { a: 1, b: [true, null] },
    },
  ],
  ['CRLF line ends in YAML', 'a: 1\r\nb:\r\n  - x\r\n', undefined, { value: { a: 1, b: ['x'] } }],
  [
    'an error after CRLF lines',
    '{\r\n  "a": 1\r\n  "b": 2\r\n}',
    undefined,
    {
      code: 'json_expected_comma_or_brace',
      line: 3,
      column: 3,
      params: { found: '"' },
    },
  ],
  [
    'a top-level duplicate key in JSON',
    '{"id": "a", "id": "b"}',
    undefined,
    {
      code: 'duplicate_key',
      line: 1,
      column: 13,
      params: { key: 'id' },
    },
  ],
  [
    'a nested duplicate key in JSON',
    '{"levels": [{"id": 1,\n "id": 2}]}',
    undefined,
    {
      code: 'duplicate_key',
      line: 2,
      column: 2,
      params: { key: 'id' },
    },
  ],
  [
    'a duplicate key written with an escape',
    '{"a": 1, "\\u0061": 2}',
    undefined,
    {
      code: 'duplicate_key',
      line: 1,
      column: 10,
      params: { key: 'a' },
    },
  ],
  [
    'a top-level duplicate key in YAML',
    'id: a\nid: b\n',
    undefined,
    {
      code: 'duplicate_key',
      line: 2,
      column: 1,
      params: { key: 'id' },
    },
  ],
  [
    'a nested duplicate key in YAML',
    'levels:\n  - id: a\n    id: b\n',
    undefined,
    {
      code: 'duplicate_key',
      line: 3,
      column: 5,
      params: { key: 'id' },
    },
  ],
  [
    'YAML keys that become the same object key',
    '1: a\n"1": b\n',
    undefined,
    {
      code: 'duplicate_key',
      line: 2,
      column: 1,
      params: { key: '1' },
    },
  ],
  [
    `JSON nested ${MAX_NESTING} deep`,
    nested(MAX_NESTING),
    undefined,
    {
      value: JSON.parse(nested(MAX_NESTING)),
    },
  ],
  [
    `JSON nested ${MAX_NESTING + 1} deep`,
    nested(MAX_NESTING + 1),
    undefined,
    {
      code: 'too_deep',
      line: 1,
      column: MAX_NESTING + 1,
      params: { limit: MAX_NESTING },
    },
  ],
  [
    'JSON nested 100,000 deep',
    nested(100_000),
    undefined,
    {
      code: 'too_deep',
      line: 1,
      column: MAX_NESTING + 1,
      params: { limit: MAX_NESTING },
    },
  ],
  [
    'JSON text nested too deep, read as YAML',
    nested(MAX_NESTING + 1),
    'yaml',
    {
      code: 'too_deep',
      line: 1,
      column: MAX_NESTING + 1,
      params: { limit: MAX_NESTING },
    },
  ],
  [
    `block YAML nested ${MAX_NESTING} deep`,
    nestedYaml(MAX_NESTING),
    undefined,
    {
      value: JSON.parse(`${'['.repeat(MAX_NESTING)}"x"${']'.repeat(MAX_NESTING)}`),
    },
  ],
  [
    'block YAML nested 5,000 deep',
    nestedYaml(5_000),
    undefined,
    {
      code: 'too_deep',
      line: 1,
      column: 2 * MAX_NESTING + 1,
      params: { limit: MAX_NESTING },
    },
  ],
  [
    'an alias bomb',
    aliasBomb,
    undefined,
    {
      code: 'too_many_aliases',
      line: 2,
      column: 8,
      params: { limit: MAX_ALIAS_COUNT },
    },
  ],
  ['a few aliases', 'a: &a [1, 2]\nb: *a\n', undefined, { value: { a: [1, 2], b: [1, 2] } }],
  [
    'an alias inside its own anchor',
    'a: &a [*a]\n',
    undefined,
    {
      code: 'circular_alias',
      line: 1,
      column: 8,
    },
  ],
  [
    'an unterminated JSON string',
    '{"a": "open',
    undefined,
    {
      code: 'json_unterminated_string',
      line: 1,
      column: 7,
    },
  ],
  // yaml reports it where the text ends.
  [
    'an unterminated YAML string',
    'a: "open\n',
    undefined,
    {
      code: 'yaml_syntax',
      line: 2,
      column: 1,
      params: { detail: 'Missing closing "quote', yamlCode: 'MISSING_CHAR' },
    },
  ],
  [
    'a trailing comma in an object',
    '{\n  "id": "demo",\n}',
    undefined,
    {
      code: 'json_trailing_comma',
      line: 2,
      column: 15,
      params: { closer: '}' },
    },
  ],
  [
    'a trailing comma in an array',
    '[1, 2, ]',
    undefined,
    {
      code: 'json_trailing_comma',
      line: 1,
      column: 6,
      params: { closer: ']' },
    },
  ],
  [
    'NaN in JSON',
    '{"hours": NaN}',
    undefined,
    {
      code: 'json_expected_value',
      line: 1,
      column: 11,
      params: { found: 'N' },
    },
  ],
  [
    '.nan in YAML',
    'hours: .nan\n',
    undefined,
    {
      code: 'non_finite_number',
      line: 1,
      column: 8,
      params: { number: '.nan' },
    },
  ],
  [
    'a number too large for JSON',
    '{"hours": 1e400}',
    undefined,
    {
      code: 'non_finite_number',
      line: 1,
      column: 11,
      params: { number: '1e400' },
    },
  ],
  [
    'a number too large for YAML',
    'hours: -1e400\n',
    undefined,
    {
      code: 'non_finite_number',
      line: 1,
      column: 8,
      params: { number: '-1e400' },
    },
  ],
  [
    'a large but finite number',
    '[1.7976931348623157e308, 123456789012345678901234567890]',
    undefined,
    {
      // Rounded to the nearest double, as JSON.parse does.
      value: [1.7976931348623157e308, 1.2345678901234568e29],
    },
  ],
  [
    'lone surrogates, as JSON.parse reads them',
    '["\\ud800", "\udc00"]',
    undefined,
    {
      value: ['\ud800', '\udc00'],
    },
  ],
  [
    'a raw line break inside a JSON string',
    '{"a": "x\ny"}',
    undefined,
    {
      code: 'json_control_character',
      line: 1,
      column: 9,
      params: { found: 'U+000A' },
    },
  ],
  [
    'a bad escape',
    '["\\q"]',
    undefined,
    {
      code: 'json_bad_escape',
      line: 1,
      column: 3,
      params: { escape: '\\q' },
    },
  ],
  [
    'a backslash ending the text',
    '"\\',
    'json',
    {
      code: 'json_bad_escape',
      line: 1,
      column: 2,
      params: { escape: '\\' },
    },
  ],
  [
    'a short \\u escape',
    '["\\u12"]',
    undefined,
    {
      code: 'json_bad_unicode_escape',
      line: 1,
      column: 3,
    },
  ],
  [
    'single quotes',
    "{'a': 1}",
    undefined,
    {
      code: 'json_expected_property_name',
      line: 1,
      column: 2,
      params: { found: "'" },
    },
  ],
  [
    'a missing colon',
    '{"a" 1}',
    undefined,
    {
      code: 'json_expected_colon',
      line: 1,
      column: 6,
      params: { found: '1' },
    },
  ],
  ['a lone minus', '[-]', undefined, { code: 'json_bad_number', line: 1, column: 2 }],
  [
    'a leading zero',
    '[01]',
    undefined,
    {
      code: 'json_expected_comma_or_bracket',
      line: 1,
      column: 3,
      params: { found: '1' },
    },
  ],
  [
    'text after the value',
    '{} x',
    undefined,
    {
      code: 'json_unexpected_after_end',
      line: 1,
      column: 4,
      params: { found: 'x' },
    },
  ],
  [
    'an object never closed',
    '{"a": [1]',
    undefined,
    {
      code: 'json_unexpected_end',
      line: 1,
      column: 10,
      params: { closer: '}' },
    },
  ],
  [
    'a no-break space between tokens',
    '{"a":\u00a01}',
    undefined,
    {
      code: 'json_expected_value',
      line: 1,
      column: 6,
      params: { found: 'U+00A0' },
    },
  ],
  [
    'a comment in JSON',
    '{"a": 1 // note\n}',
    undefined,
    {
      code: 'json_expected_comma_or_brace',
      line: 1,
      column: 9,
      params: { found: '/' },
    },
  ],
  [
    '__proto__ as a key',
    '{"__proto__": {"polluted": true}}',
    undefined,
    {
      value: JSON.parse('{"__proto__": {"polluted": true}}'),
    },
  ],
  [
    'a YAML binary tag',
    'data: !!binary aGVsbG8=\n',
    undefined,
    {
      code: 'unsupported_tag',
      line: 1,
      column: 16,
      params: { tag: 'tag:yaml.org,2002:binary' },
    },
  ],
  [
    'a custom YAML tag',
    'a: !shout hello\n',
    undefined,
    {
      code: 'unsupported_tag',
      line: 1,
      column: 11,
      params: { tag: '!shout' },
    },
  ],
  [
    'a YAML 1.1 timestamp',
    '%YAML 1.1\n---\nwhen: 2001-12-14\n',
    undefined,
    {
      code: 'unsupported_tag',
      line: 3,
      column: 7,
      params: { tag: 'tag:yaml.org,2002:timestamp' },
    },
  ],
  ['a core YAML tag', 'a: !!str 1\n', undefined, { value: { a: '1' } }],
  [
    'a YAML mapping as a key',
    '? [a, b]\n: 1\n',
    undefined,
    {
      code: 'unsupported_key',
      line: 1,
      column: 3,
    },
  ],
  [
    'two YAML documents',
    'a: 1\n---\nb: 2\n',
    undefined,
    {
      code: 'multiple_documents',
      line: 2,
      column: 1,
    },
  ],
  [
    'a YAML flow sequence left open',
    'id: demo\ntitle: [unclosed\nsummary: x\n',
    undefined,
    {
      code: 'yaml_syntax',
      line: 3,
      column: 1,
    },
  ],
];

describe('readSource on a hostile corpus', () => {
  it.each(CORPUS)('%s', (_name, text, format, expected) => {
    const result = outcome(readSource(text, format));
    if ('value' in expected) expect(result).toEqual(expected);
    else expect(result).toMatchObject(expected);
  });
});

describe('readJson', () => {
  it('says what was expected, in JSON words', () => {
    const result = readJson('{"a": 1 "b": 2}');
    expect(!result.ok && result.issues[0]).toEqual({
      code: 'json_expected_comma_or_brace',
      params: { found: '"' },
      message: `expected , or } after a property value, found '"'`,
      line: 1,
      column: 9,
      span: { start: 8, end: 9 },
    });
  });

  it('keeps __proto__ an own key, as JSON.parse does, without touching the prototype', () => {
    const result = readJson('{"__proto__": {"polluted": true}}');
    const value = result.ok ? (result.value as object) : {};
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});

describe('locate', () => {
  const json = '{\n  "schemaVersion": 1,\n  "levels": [\n    {"id": "l1", "title": "One"}\n  ]\n}';
  const yaml = 'schemaVersion: 1\nlevels:\n  - id: l1\n    title: One\n';
  const read = (text: string) => {
    const result = readSource(text);
    if (!result.ok) throw new Error('the fixture reads');
    return result;
  };
  const slice = (text: string, code?: string, ...segments: Array<string | number>) => {
    const { start, end } = read(text).locate(segments, code);
    return text.slice(start, end);
  };

  it('points a value at the value, and an unknown key at the key', () => {
    expect(slice(json, 'invalid', 'levels', 0, 'id')).toBe('"l1"');
    expect(slice(json, 'unknown_key', 'levels', 0, 'id')).toBe('"id"');
    expect(slice(yaml, 'invalid', 'levels', 0, 'id')).toBe('l1');
    expect(slice(yaml, 'unknown_key', 'levels', 0, 'title')).toBe('title');
  });

  it('points a missing field at the object that lacks it, not at a neighbour', () => {
    // The root lacks `version`: the whole root object, not the `schemaVersion: 1` line.
    expect(slice(json, 'missing', 'version')).toBe(json);
    expect(slice(yaml, 'missing', 'version')).toBe(yaml);
    expect(slice(json, 'missing', 'levels', 0, 'modules')).toBe('{"id": "l1", "title": "One"}');
    expect(slice(yaml, 'missing', 'levels', 0, 'modules')).toBe('id: l1\n    title: One\n');
  });

  it('points a missing array item at the array', () => {
    expect(slice(json, 'missing', 'levels', 3, 'id')).toMatch(/^\[\n {4}\{"id".*\n {2}\]$/);
  });

  it('gives 1-based lines and columns', () => {
    const result = read(json);
    expect(result.positionOf(json.indexOf('"title"'))).toEqual({ line: 4, column: 18 });
    expect(result.positionOf(0)).toEqual({ line: 1, column: 1 });
    expect(result.positionOf(json.length)).toEqual({ line: 6, column: 2 });
  });
});

describe('sniffFormat', () => {
  it.each([
    ['  {"id": "x"}', 'json'],
    ['\uFEFF[1]', 'json'],
    ['id: x', 'yaml'],
    ['', 'yaml'],
    ['"a string"', 'yaml'],
  ] as const)('reads %j as %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it('is what readSource uses when no format is given', () => {
    expect(readSource('{"a": 1}').format).toBe('json');
    expect(readSource('a: 1').format).toBe('yaml');
    expect(readYaml('{"a": 1}').format).toBe('yaml');
  });
});
