import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isWide, textWidth, wrapText } from '../src/layout/text.js';

const FONT = { size: 10 };

describe('textWidth', () => {
  it('counts East Asian wide characters as a whole em, wider than Latin letters', () => {
    expect(textWidth('检索增强', FONT)).toBe(40);
    expect(textWidth('，：', FONT)).toBe(20);
    expect(textWidth('abcd', FONT)).toBeLessThan(30);
    expect(textWidth('WWWW', FONT)).toBeGreaterThan(textWidth('iiii', FONT));
    expect(textWidth('RAG', { size: 10, bold: true })).toBeGreaterThan(textWidth('RAG', FONT));
  });

  it('gives combining marks and bidirectional controls no width', () => {
    expect(textWidth('e\u0301', FONT)).toBe(textWidth('e', FONT));
    expect(textWidth('\u202eab\u202c', FONT)).toBe(textWidth('ab', FONT));
  });

  it.each([
    [0x4e00, true],
    [0xac00, true],
    [0xff0c, true],
    [0x20000, true],
    [0x41, false],
    [0xe9, false],
    [0x0416, false],
  ])('isWide(U+%s) is %s', (code, wide) => {
    expect(isWide(code)).toBe(wide);
  });
});

describe('wrapText', () => {
  it('breaks English between words and Chinese between characters', () => {
    expect(wrapText('Retrieval augmented generation', 110, FONT, 3).lines).toEqual([
      'Retrieval augmented',
      'generation',
    ]);
    expect(wrapText('检索增强生成入门', 40, FONT, 3).lines).toEqual(['检索增强', '生成入门']);
  });

  it('never starts a line with closing punctuation', () => {
    const { lines } = wrapText('检索，增强生成', 20, FONT, 5);
    expect(lines.every((line) => !/^[，、。：]/.test(line))).toBe(true);
    expect(lines.join('')).toBe('检索，增强生成');
  });

  it('cuts text past maxLines and ends the last line with an ellipsis', () => {
    const result = wrapText('one two three four five six seven eight nine ten', 40, FONT, 2);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]?.endsWith('…')).toBe(true);
    expect(textWidth(result.lines[1] as string, FONT)).toBeLessThanOrEqual(40);
  });

  test.prop(
    [
      fc.string({ unit: fc.constantFrom('a', 'W', ' ', '检', '，', 'i', '-', 'é'), maxLength: 80 }),
      fc.integer({ min: 10, max: 200 }),
      fc.integer({ min: 1, max: 4 }),
    ],
    { numRuns: 5_000 },
  )('keeps every line within the width, and all the text when it fits', (text, width, max) => {
    const { lines, truncated } = wrapText(text, width, FONT, max);
    expect(lines.length).toBeLessThanOrEqual(max);
    for (const line of lines) {
      // A line may be wider only when it is a single character that cannot be split.
      if ([...line].length > 1) expect(textWidth(line, FONT)).toBeLessThanOrEqual(width + 1e-9);
      expect(line).toBe(line.trim());
    }
    if (!truncated) {
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      expect(squeeze(lines.join(''))).toBe(squeeze(text));
    }
  });
});
