/**
 * The map's colours and font, taken from `@trailmark/tokens` when this package is built: the
 * bundler copies the values in, so the SVG uses exactly the components' colours without the
 * curriculum package depending on the tokens package at run time.
 */
import { tokens } from '@trailmark/tokens';

/** A colour theme of the map. */
export type SvgTheme = 'light' | 'dark';

/** The palette of a theme (`#rrggbb` values from the design tokens). */
export function paletteOf(theme: SvgTheme) {
  return tokens.color[theme];
}

/**
 * The design tokens' sans-serif stack: system Latin faces first, then faces with Chinese glyphs on
 * every major system (PingFang SC, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC).
 */
export const FONT_FAMILY: string = tokens.font.family.sans;
