import { describe, expect, expectTypeOf, it } from 'vitest';
import { flatten } from '../src/flatten.js';
import { type ColorTokenName, cssVar, type TokenName, tokenNames, tokens } from '../src/index.js';

const namesOf = (value: unknown, prefix: string) => flatten(value, prefix).map(([name]) => name);

describe('tokens', () => {
  it.each(['color', 'shadow', 'colorScheme'] as const)(
    '%s has the same names in light and dark',
    (group) => {
      expect(namesOf(tokens[group].dark, group)).toEqual(namesOf(tokens[group].light, group));
    },
  );

  it('writes every color as lowercase #rrggbb in both themes', () => {
    const values = [tokens.color.light, tokens.color.dark].flatMap((palette) =>
      flatten(palette, 'color').map(([, value]) => value),
    );
    expect(values.filter((value) => !/^#[0-9a-f]{6}$/.test(value))).toEqual([]);
  });

  it('keeps spacing on the 4px grid', () => {
    const offGrid = Object.values(tokens.space).filter(
      (value) => value !== '0' && !Number.isInteger((Number.parseFloat(value) * 16) / 4),
    );
    expect(offGrid).toEqual([]);
  });

  it('gives every font size a line height, at least 1.6 for body sizes', () => {
    expect(Object.keys(tokens.font.lineHeight)).toEqual(Object.keys(tokens.font.size));
    for (const step of ['xs', 'sm', 'md', 'lg'] as const) {
      expect(tokens.font.lineHeight[step]).toBeGreaterThanOrEqual(1.6);
    }
  });

  it('falls back to CJK system fonts in the sans stack', () => {
    for (const family of [
      '"PingFang SC"',
      '"Hiragino Sans GB"',
      '"Microsoft YaHei"',
      '"Noto Sans CJK SC"',
    ]) {
      expect(tokens.font.family.sans).toContain(family);
    }
    expect(tokens.font.family.sans.endsWith('sans-serif')).toBe(true);
  });
});

describe('tokenNames', () => {
  it('lists unique kebab-case names', () => {
    expect(new Set(tokenNames).size).toBe(tokenNames.length);
    expect(tokenNames.filter((name) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name))).toEqual([]);
  });

  it('names themed tokens without the theme', () => {
    expect(tokenNames).toContain('color-status-not-started-fg');
    expect(tokenNames).toContain('shadow-md');
    expect(tokenNames).toContain('color-scheme');
    expect(tokenNames.some((name) => /-(light|dark)(-|$)/.test(name))).toBe(false);
  });
});

describe('cssVar', () => {
  it('wraps the name in var(--tm-…)', () => {
    expect(cssVar('color-text')).toBe('var(--tm-color-text)');
    expect(cssVar('space-4')).toBe('var(--tm-space-4)');
  });

  it('accepts only token names, and keeps the literal type', () => {
    expectTypeOf(cssVar('color-accent')).toEqualTypeOf<'var(--tm-color-accent)'>();
    expectTypeOf<'font-line-height-2xl'>().toExtend<TokenName>();
    expectTypeOf<'color-level-5'>().toExtend<ColorTokenName>();
    expectTypeOf<'space-4'>().not.toExtend<ColorTokenName>();
    // @ts-expect-error not a token
    cssVar('color-primary');
    // @ts-expect-error the theme is chosen by CSS, not by the name
    cssVar('color-light-text');
    // @ts-expect-error names are kebab-case
    cssVar('color-textMuted');
  });
});
