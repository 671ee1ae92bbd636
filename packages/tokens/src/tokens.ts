import { color } from './color.js';
import { flatten, kebab } from './flatten.js';
import { motion } from './motion.js';
import { radius } from './radius.js';
import { shadow } from './shadow.js';
import { space } from './space.js';
import { font } from './typography.js';
import { zIndex } from './z-index.js';

/** The two color themes. `auto` is not a theme: it means "follow the surrounding theme". */
export type ThemeName = 'light' | 'dark';

/**
 * Every Trailmark design token. Values are ready for CSS (`'0.25rem'`, `'200ms'`, `'#0f766e'`);
 * groups that change with the theme (`color`, `shadow`, `colorScheme`) hold a `light` and a `dark`
 * set with the same keys.
 *
 * @example
 * ```ts
 * import { tokens } from '@trailmark/tokens';
 * tokens.color.light.text; // '#16202a'
 * tokens.space[4]; // '1rem'
 * ```
 */
export const tokens = {
  color,
  shadow,
  /**
   * The CSS `color-scheme` matching each theme, as `--tm-color-scheme`. Set
   * `color-scheme: var(--tm-color-scheme)` on a component root so native controls and scrollbars
   * follow the theme without tokens.css touching the host page's own `color-scheme`.
   */
  colorScheme: { light: 'light', dark: 'dark' },
  space,
  radius,
  font,
  motion,
  zIndex,
} as const;

/** The shape of {@link tokens}. */
export type Tokens = typeof tokens;

/** Groups of {@link tokens} that hold one value set per theme. */
export const themedGroups = ['color', 'shadow', 'colorScheme'] as const;

type ThemedGroup = (typeof themedGroups)[number];

/** `textMuted` -> `text-muted`; digits and lowercase letters pass through. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** Dash-joined paths to every leaf of `T`, each prefixed with `Prefix`. */
type LeafPaths<T, Prefix extends string> = T extends string | number
  ? Prefix
  : { [K in keyof T & (string | number)]: LeafPaths<T[K], `${Prefix}-${Kebab<`${K}`>}`> }[keyof T &
      (string | number)];

/**
 * The name of a token as used in CSS, without the `--tm-` prefix: `'color-text-muted'`,
 * `'space-4'`, `'font-line-height-md'`.
 */
export type TokenName = {
  [G in keyof Tokens]: G extends ThemedGroup
    ? LeafPaths<Tokens[G]['light'], Kebab<G>>
    : LeafPaths<Tokens[G], Kebab<G>>;
}[keyof Tokens];

/** Names of the color tokens (`'color-bg'`, `'color-status-done-fg'`, ...). */
export type ColorTokenName = LeafPaths<Tokens['color']['light'], 'color'>;

/** Tokens that are the same in every theme, as `[name, cssValue]`. */
export function baseEntries(): [TokenName, string][] {
  return Object.entries(tokens)
    .filter(([group]) => !(themedGroups as readonly string[]).includes(group))
    .flatMap(([group, value]) => flatten(value, kebab(group))) as [TokenName, string][];
}

/** Tokens that change with the theme, with their values in `theme`, as `[name, cssValue]`. */
export function themeEntries(theme: ThemeName): [TokenName, string][] {
  return themedGroups.flatMap((group) => flatten(tokens[group][theme], kebab(group))) as [
    TokenName,
    string,
  ][];
}

/**
 * Every token name, in declaration order: the names behind the `--tm-*` variables in tokens.css.
 *
 * @example
 * ```ts
 * tokenNames.includes('color-accent'); // true
 * ```
 */
export const tokenNames: readonly TokenName[] = /* @__PURE__ */ allTokenNames();

function allTokenNames(): TokenName[] {
  return [...baseEntries(), ...themeEntries('light')].map(([name]) => name);
}

/**
 * A `var()` reference to a token, for inline styles and CSS-in-JS. Only existing names type-check.
 *
 * @example
 * ```ts
 * cssVar('color-text'); // 'var(--tm-color-text)'
 * <div style={{ padding: cssVar('space-4') }} />
 * ```
 */
export function cssVar<Name extends TokenName>(name: Name): `var(--tm-${Name})` {
  return `var(--tm-${name})`;
}
