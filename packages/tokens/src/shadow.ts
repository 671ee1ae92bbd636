/** Elevation shadows, one set per theme: dark surfaces need denser, darker shadows to show at all. */
export interface ShadowScale {
  /** Resting cards. */
  readonly sm: string;
  /** Hovered or focused cards. */
  readonly md: string;
  /** Popovers and menus. */
  readonly lg: string;
}

/**
 * Box shadows per theme, as CSS `box-shadow` values. The grammar is kept to
 * `<x> <y> <blur> <spread> rgb(r g b / a)` layers so the DTCG export can read them back.
 */
export const shadow = {
  light: {
    sm: '0 1px 2px 0 rgb(16 24 40 / 0.06)',
    md: '0 1px 3px 0 rgb(16 24 40 / 0.1), 0 4px 8px -2px rgb(16 24 40 / 0.08)',
    lg: '0 12px 24px -4px rgb(16 24 40 / 0.12), 0 4px 8px -2px rgb(16 24 40 / 0.06)',
  },
  dark: {
    sm: '0 1px 2px 0 rgb(0 0 0 / 0.4)',
    md: '0 1px 3px 0 rgb(0 0 0 / 0.5), 0 4px 8px -2px rgb(0 0 0 / 0.4)',
    lg: '0 12px 24px -4px rgb(0 0 0 / 0.55), 0 4px 8px -2px rgb(0 0 0 / 0.4)',
  },
} as const satisfies Record<'light' | 'dark', ShadowScale>;
