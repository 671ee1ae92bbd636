import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { brandTheme, checkContrast, contrastPairs } from '../src/contrast.js';

const hex = fc
  .integer({ min: 0, max: 0xffffff })
  .map((value) => `#${value.toString(16).padStart(6, '0')}`);

describe('brandTheme', () => {
  // The failure the recipe exists for: one override for both themes failed dark-mode pairs.
  it('a brand set as is on both themes fails contrast; the derived theme passes', () => {
    const brand = '#6d28d9';
    const naive = checkContrast(contrastPairs, {
      light: brandPalette('light', brand),
      dark: brandPalette('dark', brand),
    }).filter((result) => !result.pass);
    expect(naive.length).toBeGreaterThan(0);
    const theme = brandTheme(brand);
    if (!theme.ok) throw new Error(theme.problem);
    expect(checkContrast(contrastPairs, theme.palettes).filter((result) => !result.pass)).toEqual(
      [],
    );
    // The brand itself passes in light, so it is kept as it is.
    expect(theme.light.accent).toBe(brand);
  });

  test.prop([hex, fc.option(hex, { nil: undefined })])(
    'every color, in both themes, meets every pair the components draw',
    (brand, dark) => {
      const theme = brandTheme(brand, { dark });
      if (!theme.ok) throw new Error(theme.problem);
      const failures = checkContrast(contrastPairs, theme.palettes).filter((r) => !r.pass);
      expect(failures).toEqual([]);
    },
  );

  it('writes CSS with the theme selectors of tokens.css', () => {
    const theme = brandTheme('#c2410c');
    if (!theme.ok) throw new Error(theme.problem);
    expect(theme.css).toContain(`:root,:host{--tm-color-accent:${theme.light.accent};`);
    expect(theme.css).toContain(
      `@media screen{[data-tm-theme="dark"],:host([data-tm-theme="dark"]){--tm-color-accent:${theme.dark.accent};`,
    );
    expect(theme.css).toContain('--tm-color-text-on-accent:');
  });

  it.each([['teal'], ['#12345'], [''], ['#ggg']])('says what is wrong with %j', (input) => {
    expect(brandTheme(input)).toEqual({
      ok: false,
      problem: `"${input}" is not a color; expected #rgb or #rrggbb, e.g. "#6d28d9"`,
    });
    expect(brandTheme('#fff', { dark: input })).toMatchObject({ ok: false });
  });
});

import { tokens } from '../src/index.js';

function brandPalette(theme: 'light' | 'dark', accent: string) {
  return { ...tokens.color[theme], accent, accentHover: accent };
}
