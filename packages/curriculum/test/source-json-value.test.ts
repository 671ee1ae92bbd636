/**
 * `readJsonValue` (the embed's JSON reading) and `readJson` (with positions, which the embed loads
 * only to explain a refusal) must accept exactly the same texts with the same values: a text the quick reader lets
 * through is never one the real reader refuses, and one it refuses is explained by the real reader.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, readJson, readJsonValue } from '../src/source.js';

function expectSameAsReadJson(text: string): void {
  const quick = readJsonValue(text);
  const read = readJson(text);
  expect(quick.ok).toBe(read.ok);
  if (quick.ok && read.ok) expect(quick.value).toEqual(read.value);
}

/** A JSON object text with one of its keys written twice (at any depth, with any spacing). */
const withRepeatedKey = fc
  .tuple(fc.string(), fc.jsonValue(), fc.jsonValue(), fc.constantFrom('', ' ', '\n  '))
  .map(([key, first, second, space]) => {
    const name = JSON.stringify(key);
    return `{${space}${name}${space}:${JSON.stringify(first)},${name}:${space}${JSON.stringify(second)}}`;
  });

/** Arrays and objects nested around `MAX_NESTING` deep. */
const nested = fc
  .tuple(fc.integer({ min: MAX_NESTING - 2, max: MAX_NESTING + 2 }), fc.boolean())
  .map(([depth, objects]) =>
    objects
      ? `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`
      : `${'['.repeat(depth)}${']'.repeat(depth)}`,
  );

describe('readJsonValue', () => {
  it.each([
    ['{"a": 1, "a": 2}', false],
    ['{"a": {"b": 1, "c": {"b": 2}}, "b": 3}', true],
    ['{"x": "\\"a\\": 1", "a": 1}', true],
    ['{"\\u0061": 1, "a": 2}', false],
    ['[1e400]', false],
    ['{"__proto__": 1, "__proto__": 2}', false],
    ['\uFEFF{"a": 1}', true],
    ['{"a": 1,}', false],
    ['', false],
  ])('reads %j like readJson (accepted: %s)', (text, accepted) => {
    expect(readJsonValue(text).ok).toBe(accepted);
    expectSameAsReadJson(text);
  });

  test.prop([fc.json()])('agrees with readJson on JSON', expectSameAsReadJson);
  test.prop([fc.string({ unit: 'binary' })])(
    'agrees with readJson on any text',
    expectSameAsReadJson,
  );
  test.prop([withRepeatedKey])('refuses a repeated key, as readJson does', (text) => {
    expect(readJsonValue(text)).toEqual({ ok: false, reason: 'a key is repeated in an object' });
    expectSameAsReadJson(text);
  });
  test.prop([nested])('refuses nesting past MAX_NESTING, as readJson does', expectSameAsReadJson);
  test.prop([fc.json(), fc.nat(), fc.constantFrom('1e400', '-1e999', '"a":', ',', '\uFEFF')])(
    'agrees with readJson on JSON with something inserted',
    (text, at, inserted) => {
      const cut = at % (text.length + 1);
      expectSameAsReadJson(text.slice(0, cut) + inserted + text.slice(cut));
    },
  );
});
