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
  // yaml reports it where the text ends; the issue is on the opening quote.
  [
    'an unterminated YAML string',
    'a: "open\n',
    undefined,
    {
      code: 'yaml_unclosed_quote',
      line: 1,
      column: 4,
      params: { quote: '"' },
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
      code: 'yaml_unclosed_flow',
      line: 2,
      column: 8,
      params: { closer: ']' },
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

/**
 * Mistakes people make writing a curriculum in YAML, each with the line and column of the issue
 * (where the author must change the text) and its message. A start of a curriculum document, so
 * that line numbers read as in a real file.
 */
const HEAD = 'schemaVersion: 1\nid: web\nlevels:\n  - id: l1\n    code: L1\n';
const MISTAKES: Array<[string, string, number, number, string]> = [
  [
    'a key indented one space too far (the issue is on its line, not the line above)',
    `${HEAD}    title: Basics\n     summary: The first level.\n    modules: []\n`,
    7,
    6,
    '"summary" is indented 1 space more than the key on line 6; keys of one object line up: start it at column 5',
  ],
  [
    'a key indented one space too far, in a file with CRLF line ends',
    'schemaVersion: 1\r\nid: web\r\ntitle: Web\r\n summary: From HTML to an app.\r\n',
    4,
    2,
    '"summary" is indented 1 space more than the key on line 3; keys of one object line up: start it at column 1',
  ],
  [
    'a key indented one space too few',
    `${HEAD}    title: Basics\n   summary: The first level.\n    modules: []\n`,
    7,
    4,
    '"summary" is indented 1 space less than the key on line 6; keys of one object line up: start it at column 5',
  ],
  [
    'a top-level key indented by one space',
    'schemaVersion: 1\nid: web\n title: Web\n',
    3,
    2,
    '"title" is indented 1 space more than the key on line 2; keys of one object line up: start it at column 1',
  ],
  [
    'a key under a list item lined up with the dash',
    `${HEAD}  title: Basics\n`,
    6,
    3,
    '"title" is indented 2 spaces less than the key on line 5; keys of one object line up: start it at column 5',
  ],
  [
    'a tab indenting a list item',
    'levels:\n\t- id: l1\n',
    2,
    1,
    'a tab indents this line; YAML indents with spaces only',
  ],
  [
    'a tab among the spaces of a key',
    `${HEAD}  \ttitle: Basics\n`,
    6,
    3,
    'a tab indents this line; YAML indents with spaces only',
  ],
  [
    'no space after a colon',
    'schemaVersion: 1\nid: web\ntitle:Web\nversion: 1.0.0\n',
    3,
    1,
    '"title:Web" has no space after its ":", so it is not read as a key; write "title: Web"',
  ],
  [
    'no space after the colon of a list item key',
    'levels:\n  - id:l1\n    code: L1\n',
    2,
    5,
    '"id:l1" has no space after its ":", so it is not read as a key; write "id: l1"',
  ],
  [
    'an unclosed double quote',
    'id: web\ntitle: "Web basics\nsummary: From HTML to an app.\n',
    2,
    8,
    `the quote '"' opening this text is never closed, so the rest of the file reads as part of it; end the text with "`,
  ],
  [
    'an unclosed single quote',
    "id: web\ntitle: 'Web basics\nsummary: From HTML to an app.\n",
    2,
    8,
    `the quote "'" opening this text is never closed, so the rest of the file reads as part of it; end the text with '`,
  ],
  [
    'a list item indented further than the one before',
    'levels:\n  - id: l1\n    code: L1\n   - id: l2\n    code: L2\n',
    4,
    4,
    'this list item is indented 1 space more than the item on line 2; items of one list line up: start its "-" at column 3',
  ],
  [
    'a list item lined up with the keys of the item before',
    'levels:\n  - id: l1\n    code: L1\n    - id: l2\n',
    4,
    5,
    'this list item is indented 2 spaces more than the item on line 2; items of one list line up: start its "-" at column 3',
  ],
  [
    'a colon inside an unquoted title',
    'id: web\ntitle: RAG: retrieval-augmented generation\nversion: 1.0.0\n',
    2,
    8,
    'the text "RAG: retrieval-augmented generation" holds ": ", which YAML reads as another key; put the text in quotes',
  ],
  [
    'a colon inside an unquoted topic title',
    `${HEAD}    title: Step 1: setup\n`,
    6,
    12,
    'the text "Step 1: setup" holds ": ", which YAML reads as another key; put the text in quotes',
  ],
  [
    'a value starting with @',
    'id: web\nsummary: @handle writes it\n',
    2,
    10,
    'a value cannot start with "@" unless it is quoted; put the value in quotes',
  ],
  [
    'a value starting with a backtick',
    'id: web\ntitle: `code` basics\n',
    2,
    8,
    'a value cannot start with "`" unless it is quoted; put the value in quotes',
  ],
  [
    'text after a closing quote',
    'id: web\ntitle: "RAG" basics\n',
    2,
    14,
    'text follows the closing quote; put the whole value inside the quotes',
  ],
  [
    'a # right after a quoted value',
    'id: web\ntitle: "Web"#1\n',
    2,
    13,
    'a "#" starts a comment only after a space; add a space before it, or put the value in quotes',
  ],
  [
    'a list of locales left open',
    'id: web\nlocales: [en, zh-CN\ndefaultLocale: en\n',
    2,
    10,
    'this [ is never closed; end it with ]',
  ],
  [
    'a line with no colon',
    'id: web\ntitle\nversion: 1.0.0\n',
    2,
    1,
    'expected a key and a colon on this line, as in "title: Web basics"',
  ],
];

describe('readYaml on authoring mistakes', () => {
  it.each(MISTAKES)('%s: one issue, on the line to change', (_, text, line, column, message) => {
    const read = readYaml(text);
    if (read.ok) throw new Error('expected a syntax issue');
    expect(read.issues.map((issue) => [issue.line, issue.column, issue.message])).toEqual([
      [line, column, message],
    ]);
  });

  it('reports two separate mistakes of one text, in text order', () => {
    const read = readYaml(`${HEAD}     title: Basics\nsummary: "open\n`);
    if (read.ok) throw new Error('expected syntax issues');
    expect(read.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['yaml_indent', 6],
      ['yaml_unclosed_quote', 7],
    ]);
  });
});
