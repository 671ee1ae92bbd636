import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type ContrastPair,
  checkContrast,
  contrastPairs,
  contrastRatio,
  parseHexColor,
  relativeLuminance,
} from '../src/contrast.js';
import { flatten } from '../src/flatten.js';
import { tokens } from '../src/index.js';

const hexColor = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`);

describe('relativeLuminance and contrastRatio', () => {
  it('match the WCAG reference points', () => {
    expect(relativeLuminance([255, 255, 255])).toBe(1);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is the first that fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test.prop([hexColor, hexColor])('is symmetric and between 1 and 21', (a, b) => {
    const ratio = contrastRatio(a, b);
    expect(ratio).toBe(contrastRatio(b, a));
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
  });

  test.prop([hexColor])('is 1 for a color against itself', (a) => {
    expect(contrastRatio(a, a)).toBeCloseTo(1, 12);
  });

  test.prop([fc.tuple(fc.nat(15), fc.nat(15), fc.nat(15))])('reads #rgb as #rrggbb', (rgb) => {
    const short = `#${rgb.map((digit) => digit.toString(16)).join('')}`;
    const long = `#${rgb.map((digit) => digit.toString(16).repeat(2)).join('')}`;
    expect(parseHexColor(short)).toEqual(parseHexColor(long));
    expect(parseHexColor(short.toUpperCase())).toEqual(parseHexColor(long));
  });

  test.prop([fc.string()])('rejects anything that is not a hex color', (text) => {
    fc.pre(!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(text));
    expect(parseHexColor(text)).toBeUndefined();
    expect(() => contrastRatio(text, '#ffffff')).toThrow(TypeError);
  });

  it('says which value is not a color', () => {
    expect(() => contrastRatio('teal', '#fff')).toThrow(
      '"teal" is not a color; expected #rgb or #rrggbb',
    );
  });
});

describe('contrastPairs in both themes (WCAG 2.2 AA)', () => {
  const results = checkContrast();

  it.each(
    results.map((result) => [
      `${result.theme}: ${result.fg} on ${result.bg} (${result.use})`,
      result,
    ]),
  )('%s', (_, result) => {
    expect(result.problem).toBeUndefined();
    expect(result.ratio, `${result.fgValue} on ${result.bgValue}`).toBeGreaterThanOrEqual(
      result.required,
    );
    expect(result.pass).toBe(true);
  });

  it('requires 4.5:1 for text and 3:1 for non-text', () => {
    for (const result of results) expect(result.required).toBe(result.kind === 'text' ? 4.5 : 3);
  });

  it('checks every color role except the decorative border', () => {
    const paired = new Set(contrastPairs.flatMap((pair) => [pair.fg, pair.bg]));
    const unpaired = flatten(tokens.color.light, 'color')
      .map(([name]) => name)
      .filter((name) => !paired.has(name as ContrastPair['fg']));
    expect(unpaired).toEqual(['color-border']);
  });
});

describe('checkContrast rejects what fails', () => {
  it('fails a pair below the minimum', () => {
    // The decorative border is deliberately too faint to be a control boundary.
    const results = checkContrast([
      { fg: 'color-border', bg: 'color-bg', kind: 'non-text', use: 'Input boundary' },
    ]);
    expect(results.map((result) => [result.theme, result.pass])).toEqual([
      ['light', false],
      ['dark', false],
    ]);
    for (const result of results) expect(result.ratio).toBeLessThan(3);
  });

  it('fails text just under 4.5:1 and passes it just over', () => {
    const withMuted = (textMuted: string) => ({
      light: { ...tokens.color.light, textMuted, surface: '#ffffff' },
      dark: tokens.color.dark,
    });
    const pair: ContrastPair = {
      fg: 'color-text-muted',
      bg: 'color-surface',
      kind: 'text',
      use: 'Secondary text',
    };
    expect(checkContrast([pair], withMuted('#777777'))[0]?.pass).toBe(false);
    expect(checkContrast([pair], withMuted('#767676'))[0]?.pass).toBe(true);
  });

  it('returns a failed result, not an exception, for a color that does not exist', () => {
    const results = checkContrast([
      { fg: 'color-primary', bg: 'color-bg', kind: 'text', use: 'Typo' } as unknown as ContrastPair,
    ]);
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.pass).toBe(false);
      expect(result.ratio).toBeNaN();
      expect(result.problem).toBe(
        `color-primary not found in the ${result.theme} palette; expected names like "color-text"`,
      );
    }
  });

  it('returns a failed result for a palette value that is not a hex color', () => {
    const palettes = { light: { ...tokens.color.light, text: 'black' }, dark: tokens.color.dark };
    const [light, dark] = checkContrast(
      [{ fg: 'color-text', bg: 'color-bg', kind: 'text', use: 'Body' }],
      palettes,
    );
    expect(light?.problem).toBe('black in the light palette is not #rgb or #rrggbb');
    expect(dark?.pass).toBe(true);
  });
});
