import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/cli/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": }', 6, 'expected a value, found "}"'],
    ['{"a":1,}', 6, 'this comma before "}" must be followed by another property'],
    ['[1,2,]', 4, 'this comma before "]" must be followed by another value'],
    ['{"a":1\n"b":2}', 7, `expected "," or "}", found '"'; is a comma missing?`],
    ['[1,2', 4, 'the input ends before this list is closed with "]"'],
    ['{"a": {"b": 1}', 14, 'the input ends before this object is closed with "}"'],
    [
      "{'a': 1}",
      1,
      'expected a property name in double quotes, found "\'"; JSON uses double quotes',
    ],
    ['{"a": "x\ny"}', 8, 'a line break or control character inside a string'],
    ['{"a": "\\q"}', 7, 'invalid escape in a string'],
    ['"\\u12"', 1, 'a \\u escape needs four hexadecimal digits'],
    ['{"a" 1}', 5, 'expected ":" after the property name, found "1"'],
    ['{"a": tru}', 6, 'expected a value, found "t"'],
    ['{"a": -}', 6, 'this number is not written as JSON'],
    ['{} {}', 3, 'unexpected "{" after the end of the JSON value'],
    ['"open', 0, 'this string is never closed'],
    ['  \n ', 0, 'the input is empty'],
  ])('finds the error in %j at %i', (text, offset, message) => {
    const found = findJsonSyntaxError(text);
    expect(found?.offset).toBe(offset);
    expect(found?.message).toContain(message);
  });

  it('reads nesting far deeper than a recursive parser could', () => {
    const depth = 200_000;
    expect(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBeUndefined();
    expect(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth - 1)}`)?.offset).toBe(
      2 * depth - 1,
    );
  });

  test.prop([fc.json()], { numRuns: 500 })('finds nothing in any JSON text', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
    expect(findJsonSyntaxError(JSON.stringify(JSON.parse(text), null, 2))).toBeUndefined();
  });

  // Strings near JSON: valid documents with one character inserted, deleted or replaced.
  const nearJson = fc
    .tuple(
      fc.json(),
      fc.nat(),
      fc.oneof(
        fc.constantFrom(
          '',
          ',',
          '"',
          '{',
          '}',
          '[',
          ']',
          ':',
          ' ',
          '\n',
          '\t',
          '\u00a0',
          '\\',
          "'",
        ),
        fc.string({ unit: 'binary', maxLength: 2 }),
      ),
      fc.boolean(),
    )
    .map(([text, at, char, replace]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + char + text.slice(replace ? i + 1 : i);
    });

  test.prop([fc.oneof(nearJson, fc.string(), fc.string({ unit: 'binary' }))], { numRuns: 2_000 })(
    'agrees with JSON.parse about what is JSON, and points inside the text',
    (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      const found = findJsonSyntaxError(text);
      expect(found === undefined).toBe(valid);
      if (found) {
        expect(found.offset).toBeGreaterThanOrEqual(0);
        expect(found.offset).toBeLessThanOrEqual(text.length);
      }
    },
  );
});
