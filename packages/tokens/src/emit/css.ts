/**
 * Writes tokens.css: every token as a `--tm-*` custom property, with theme scopes that work both in
 * a document and inside a shadow root (where `:root` matches nothing and `:host` is the way in).
 */
import { baseEntries, type ThemeName, type TokenName, themeEntries } from '../tokens.js';

/** The attribute that selects a theme on any element: `light`, `dark`, or `auto` (inherit). */
export const themeAttribute = 'data-tm-theme';

const is = (theme: ThemeName) => `[${themeAttribute}="${theme}"]`;

/**
 * The selectors of each rule, in cascade order. Later rules win at equal specificity, so an
 * explicit theme attribute beats the system preference.
 */
export const themeSelectors = {
  /** Defaults (light) for the document and for a shadow root's host. */
  base: [':root', ':host'],
  /** System dark, unless the root or host itself asks for light (inside the dark media query). */
  systemDark: [`:root:not(${is('light')})`, `:host(:not(${is('light')}))`],
  light: [is('light'), `:host(${is('light')})`],
  dark: [is('dark'), `:host(${is('dark')})`],
} as const;

// One rule per line without indentation: the file is embedded in styles.css budgets (about 15%
// smaller gzipped than pretty-printed), and one line per rule still diffs and greps well.
function rule(selectors: readonly string[], entries: [TokenName, string][]): string {
  return `${selectors.join(',')}{${entries.map(([name, value]) => `--tm-${name}:${value}`).join(';')}}`;
}

/**
 * The complete tokens.css text. Dark values apply on screens only (`@media screen`): on paper, and
 * in print previews, a dark page or a dark island prints with the light values, dark text on white.
 *
 * @example
 * ```ts
 * writeFileSync('dist/tokens.css', toCss());
 * ```
 */
export function toCss(): string {
  const light = themeEntries('light');
  const dark = themeEntries('dark');
  return [
    '/* @trailmark/tokens: generated from the TypeScript source. Theme selectors: see README. */',
    rule(themeSelectors.base, [...baseEntries(), ...light]),
    `@media screen and (prefers-color-scheme:dark){${rule(themeSelectors.systemDark, dark)}}`,
    rule(themeSelectors.light, light),
    `@media screen{${rule(themeSelectors.dark, dark)}}`,
    '',
  ].join('\n');
}
