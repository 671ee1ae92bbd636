/**
 * WCAG 2.x contrast: relative luminance, contrast ratio, and a checker that runs a list of token
 * pairs through both themes. Entry point `@trailmark/tokens/contrast`.
 */
import type { ColorPalette } from './color.js';
import { color } from './color.js';
import { type ContrastKind, type ContrastPair, contrastPairs } from './contrast-pairs.js';
import { flatten } from './flatten.js';
import type { ThemeName } from './tokens.js';

export type {
  BrandColors,
  BrandTheme,
  BrandThemeOptions,
  BrandThemeProblem,
} from './brand.js';
export { brandTheme } from './brand.js';
export type { ContrastKind, ContrastPair } from './contrast-pairs.js';
export { contrastPairs } from './contrast-pairs.js';

/** The WCAG 2.2 AA minimum for each kind of pair. */
export const minimumContrast: Readonly<Record<ContrastKind, number>> = {
  text: 4.5,
  'non-text': 3,
};

/** Red, green, blue channels, 0–255. */
export type Rgb = readonly [number, number, number];

/**
 * Reads `#rgb` or `#rrggbb` (any case).
 *
 * @returns the channels, or `undefined` when `hex` is not in one of those forms.
 * @example
 * ```ts
 * parseHexColor('#0f766e'); // [15, 118, 110]
 * parseHexColor('teal'); // undefined
 * ```
 */
export function parseHexColor(hex: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return undefined;
  const digits =
    match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => Number.parseInt(digits.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
}

/** sRGB channel (0–255) to linear light, as WCAG 2.x defines it. */
function linearize(channel: number): number {
  const value = channel / 255;
  // WCAG 2.x text says 0.03928; the sRGB standard says 0.04045. No 8-bit value lies between them.
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/**
 * WCAG relative luminance: 0 for black, 1 for white.
 *
 * @example
 * ```ts
 * relativeLuminance([255, 255, 255]); // 1
 * ```
 */
export function relativeLuminance([red, green, blue]: Rgb): number {
  return 0.2126 * linearize(red) + 0.7152 * linearize(green) + 0.0722 * linearize(blue);
}

/**
 * WCAG 2.x contrast ratio of two opaque colors, from 1 (same) to 21 (black on white). Order does
 * not matter. Not rounded: 4.499 fails a 4.5 requirement, as WCAG intends.
 *
 * @throws {TypeError} when either color is not `#rgb` or `#rrggbb`.
 * @example
 * ```ts
 * contrastRatio('#ffffff', '#000000'); // 21
 * ```
 */
export function contrastRatio(foreground: string, background: string): number {
  const luminances = [foreground, background].map((hex) => {
    const rgb = parseHexColor(hex);
    if (!rgb) {
      throw new TypeError(`contrastRatio: "${hex}" is not a color; expected #rgb or #rrggbb`);
    }
    return relativeLuminance(rgb);
  });
  const lighter = Math.max(...luminances);
  const darker = Math.min(...luminances);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The outcome of one pair in one theme. */
export interface ContrastResult extends ContrastPair {
  readonly theme: ThemeName;
  /** The resolved colors, `#rrggbb`. */
  readonly fgValue: string;
  readonly bgValue: string;
  /** `NaN` when a color could not be resolved (see `problem`). */
  readonly ratio: number;
  readonly required: number;
  readonly pass: boolean;
  /** Why the pair could not be measured, when it could not. */
  readonly problem?: string;
}

/**
 * Measures every pair in both themes against the WCAG 2.2 AA minimum for its kind. Never throws:
 * a pair naming a color that does not exist comes back failed, with `problem` saying which.
 *
 * @param pairs - the pairs to check; defaults to `contrastPairs`.
 * @param palettes - the colors per theme; defaults to `tokens.color`.
 * @returns one result per pair and theme, light results first.
 * @example
 * ```ts
 * const failures = checkContrast().filter((result) => !result.pass);
 * ```
 */
export function checkContrast(
  pairs: readonly ContrastPair[] = contrastPairs,
  palettes: Readonly<Record<ThemeName, ColorPalette>> = color,
): ContrastResult[] {
  return (['light', 'dark'] as const).flatMap((theme) => {
    const values = new Map(flatten(palettes[theme], 'color'));
    return pairs.map((pair): ContrastResult => {
      const required = minimumContrast[pair.kind];
      const fgValue = values.get(pair.fg) ?? '';
      const bgValue = values.get(pair.bg) ?? '';
      const missing = [pair.fg, pair.bg].filter((name) => !values.has(name));
      const invalid = [fgValue, bgValue].filter((value) => value && !parseHexColor(value));
      const problem =
        missing.length > 0
          ? `${missing.join(' and ')} not found in the ${theme} palette; expected names like "color-text"`
          : invalid.length > 0
            ? `${invalid.join(' and ')} in the ${theme} palette is not #rgb or #rrggbb`
            : undefined;
      if (problem) {
        return {
          ...pair,
          theme,
          fgValue,
          bgValue,
          ratio: Number.NaN,
          required,
          pass: false,
          problem,
        };
      }
      const ratio = contrastRatio(fgValue, bgValue);
      return { ...pair, theme, fgValue, bgValue, ratio, required, pass: ratio >= required };
    });
  });
}
