import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { changeBetween } from './text-change';

const apply = (text: string, { from, to, insert }: ReturnType<typeof changeBetween>) =>
  text.slice(0, from) + insert + text.slice(to);

describe('changeBetween', () => {
  test.prop([fc.string(), fc.string()])('turns the first text into the second', (before, after) => {
    expect(apply(before, changeBetween(before, after))).toBe(after);
  });

  test.prop([fc.string(), fc.string(), fc.string(), fc.string()])(
    'is no larger than any edit between a shared start and end',
    (start, removed, inserted, end) => {
      const change = changeBetween(start + removed + end, start + inserted + end);
      expect(change.to - change.from).toBeLessThanOrEqual(removed.length);
      expect(change.insert.length).toBeLessThanOrEqual(inserted.length);
    },
  );

  it('is empty for equal texts', () => {
    expect(changeBetween('kind: concept', 'kind: concept')).toEqual({
      from: 13,
      to: 13,
      insert: '',
    });
  });

  it('keeps to the typed letters, even among repeated ones', () => {
    expect(changeBetween('id: aa\n', 'id: aaa\n')).toEqual({ from: 6, to: 6, insert: 'a' });
    expect(changeBetween('kind: practice', 'kind: lecture')).toEqual({
      from: 6,
      to: 13,
      insert: 'lectur',
    });
  });
});
