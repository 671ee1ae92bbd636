/**
 * One brand color in, the accent colors of both themes out, each pair the components draw with
 * them meeting WCAG 2.2 AA. Part of `@trailmark/tokens/contrast`.
 */
import { type ColorPalette, color } from './color.js';
import { contrastRatio, parseHexColor, type Rgb } from './contrast.js';
import { themeSelectors } from './emit/css.js';
import { kebab } from './flatten.js';
import type { ThemeName } from './tokens.js';

/** The colors a brand sets in one theme: the accent, its hover, its tint and text drawn on it. */
export interface BrandColors {
  readonly accent: string;
  readonly accentHover: string;
  readonly accentSubtle: string;
  readonly textOnAccent: string;
}

/** What {@link brandTheme} returns for a valid color. */
export interface BrandTheme {
  readonly ok: true;
  readonly light: BrandColors;
  readonly dark: BrandColors;
  /** The complete palettes with the brand applied, for `checkContrast(contrastPairs, palettes)`. */
  readonly palettes: Readonly<Record<ThemeName, ColorPalette>>;
  /**
   * CSS that applies the brand with the same theme selectors as tokens.css (system dark,
   * `data-tm-theme`, shadow roots). Load it after `tokens.css` (or `@trailmark/react/styles.css`).
   */
  readonly css: string;
}

/** What {@link brandTheme} returns for input that is not a color. */
export interface BrandThemeProblem {
  readonly ok: false;
  /** What was wrong and what would be right. */
  readonly problem: string;
}

/** Options of {@link brandTheme}. */
export interface BrandThemeOptions {
  /**
   * A separate brand color to start from in the dark theme.
   * @default the light one
   */
  readonly dark?: string;
}

const toHex = (rgb: Rgb) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;

/** `from` moved toward `to` by `amount` (0–1), in sRGB. */
function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((value, index) =>
    Math.round(value + ((to[index] as number) - value) * amount),
  ) as unknown as Rgb;
}

const black: Rgb = [0, 0, 0];
const white: Rgb = [255, 255, 255];

/**
 * The first color on the way from `start` to `end` (black for light, white for dark) for which
 * every check holds. The end always passes: black and white reach the needed contrast with every
 * background of either theme, so a color is always found.
 */
function firstPassing(start: Rgb, end: Rgb, passes: (hex: string) => boolean): string {
  for (let step = 0; step <= 100; step += 1) {
    const candidate = toHex(mix(start, end, step / 100));
    if (passes(candidate)) return candidate;
  }
  return toHex(end);
}

const atLeast = (fg: string, bg: string, ratio: number) => contrastRatio(fg, bg) >= ratio;

function lightColors(brand: Rgb): BrandColors {
  const base = color.light;
  const accentSubtle = toHex(mix(brand, white, 0.88));
  const textOnAccent = '#ffffff';
  const accent = firstPassing(
    brand,
    black,
    (hex) =>
      [base.bg, base.surface, accentSubtle, textOnAccent].every((bg) => atLeast(hex, bg, 4.5)) &&
      atLeast(hex, base.bgSubtle, 3),
  );
  const accentHover = toHex(mix(parseHexColor(accent) as Rgb, black, 0.2));
  return { accent, accentHover, accentSubtle, textOnAccent };
}

function darkColors(brand: Rgb): BrandColors {
  const base = color.dark;
  const accentSubtle = toHex(mix(brand, parseHexColor(base.surface) as Rgb, 0.8));
  const textOnAccent = toHex(mix(brand, black, 0.85));
  const accent = firstPassing(
    brand,
    white,
    (hex) =>
      [base.bg, base.surface, accentSubtle, textOnAccent].every((bg) => atLeast(hex, bg, 4.5)) &&
      atLeast(hex, base.bgSubtle, 3),
  );
  const accentHover = toHex(mix(parseHexColor(accent) as Rgb, white, 0.2));
  return { accent, accentHover, accentSubtle, textOnAccent };
}

function declarations(colors: BrandColors): string {
  return Object.entries(colors)
    .map(([key, value]) => `--tm-color-${kebab(key)}:${value}`)
    .join(';');
}

/**
 * Brands Trailmark with one color: derives the accent, its hover, its tint and the text on it for
 * the light and the dark theme, keeping the brand's hue and moving only as far toward black
 * (light) or white (dark) as WCAG 2.2 AA needs. Never throws.
 *
 * @param brand - `#rgb` or `#rrggbb`.
 * @returns the colors per theme, the palettes to check, and the CSS to load after tokens.css; or
 * `{ ok: false, problem }` when `brand` is not a color.
 * @example
 * ```ts
 * const brand = brandTheme('#6d28d9');
 * if (brand.ok) writeFileSync('brand.css', brand.css);
 * checkContrast(contrastPairs, brand.palettes).every((result) => result.pass); // true
 * ```
 */
export function brandTheme(
  brand: string,
  options: BrandThemeOptions = {},
): BrandTheme | BrandThemeProblem {
  const lightBrand = parseHexColor(brand);
  const darkBrand = options.dark === undefined ? lightBrand : parseHexColor(options.dark);
  if (!lightBrand || !darkBrand) {
    const given = lightBrand ? options.dark : brand;
    return {
      ok: false,
      problem: `"${given}" is not a color; expected #rgb or #rrggbb, e.g. "#6d28d9"`,
    };
  }
  const light = lightColors(lightBrand);
  const dark = darkColors(darkBrand);
  const rule = (selectors: readonly string[], colors: BrandColors) =>
    `${selectors.join(',')}{${declarations(colors)}}`;
  const css = [
    `/* Trailmark brand ${brand}${options.dark ? ` (dark: ${options.dark})` : ''}: load after tokens.css. */`,
    rule(themeSelectors.base, light),
    `@media screen and (prefers-color-scheme:dark){${rule(themeSelectors.systemDark, dark)}}`,
    rule(themeSelectors.light, light),
    `@media screen{${rule(themeSelectors.dark, dark)}}`,
    '',
  ].join('\n');
  return {
    ok: true,
    light,
    dark,
    palettes: { light: { ...color.light, ...light }, dark: { ...color.dark, ...dark } },
    css,
  };
}
