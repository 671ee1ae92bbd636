/**
 * The shared shape of component roots: class names and the theme attribute.
 */
import { createContext, useContext } from 'react';

/**
 * Every {@link Theme}, for a theme picker or for reading one from an attribute or a query string.
 * @example const theme = THEMES.find((name) => name === attribute) ?? 'auto';
 */
export const THEMES = ['light', 'dark', 'auto'] as const;

/** Color theme of a component root: follow the page / OS (`auto`) or force one. */
export type Theme = (typeof THEMES)[number];

/** Props every top-level component root takes. */
export interface ThemeProps {
  /**
   * The color theme, as `data-tm-theme` on the root. `auto` follows the page's theme and the
   * reader's `prefers-color-scheme`.
   * @default 'auto'
   */
  theme?: Theme;
}

/** A boolean data attribute: present (empty) when on, absent when off. */
export function flag(on: unknown): '' | undefined {
  return on ? '' : undefined;
}

/** Joins class names, skipping empty ones. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/**
 * True below a Trailmark root (`.tm-root`). Top-level components provide it, so a part inside one
 * does not start a root of its own.
 */
export const InsideRoot = /* @__PURE__ */ createContext(false);

/**
 * `'tm-root'` for a part used on its own (a `ProgressMeter` in your own markup), so the theming
 * rule (tokens overridden on `.tm-root` or higher) reaches it as it reaches a timeline; nothing
 * inside another Trailmark component.
 */
export function useRootClass(): 'tm-root' | undefined {
  return useContext(InsideRoot) ? undefined : 'tm-root';
}
