import { describe, expect, it } from 'vitest';
import { describeValue, formatPath, quote } from '../src/issues.js';

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], '(root)'],
    [
      ['levels', 1, 'modules', 0, 'topics', 3, 'resources', 0, 'url'],
      'levels[1].modules[0].topics[3].resources[0].url',
    ],
    [['title', 'zh-CN'], 'title["zh-CN"]'],
    [['title', 'en'], 'title.en'],
    [['$schema'], '$schema'],
    [['a b', 'c"d'], '["a b"]["c\\"d"]'],
    [[''], '[""]'],
    [[0], '[0]'],
    [['a'.repeat(61)], `["${'a'.repeat(60)}"…]`],
  ])('writes %j as %s', (segments, path) => {
    expect(formatPath(segments)).toBe(path);
  });
});

describe('describeValue and quote', () => {
  it.each([
    ['abc', '"abc"'],
    ['', 'an empty string'],
    ['line\nbreak', '"line\\nbreak"'],
    [3.5, '3.5'],
    [Number.NaN, 'NaN'],
    [false, 'false'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1], 'a list'],
    [{ a: 1 }, 'an object'],
    [new Map(), 'an object'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('describes a revoked Proxy without throwing', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe('an object');
  });

  it('cuts long strings short', () => {
    expect(quote('x'.repeat(100_000))).toBe(`"${'x'.repeat(60)}"…`);
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
  });
});
