/**
 * Type: families, a size scale with a matching line height per step, and weights.
 *
 * Latin system fonts come first; per-glyph fallback then reaches the CJK families, so Chinese text
 * gets PingFang (Apple), Microsoft YaHei (Windows) or Noto/Source Han (Linux, Android) instead of a
 * serif default. Body line heights are 1.7: Han characters are set solid in a square em box and need
 * more leading than Latin text to stay readable.
 */
export const font = {
  family: {
    sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
    mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace',
  },
  size: {
    xs: '0.75rem',
    sm: '0.875rem',
    md: '1rem',
    lg: '1.125rem',
    xl: '1.25rem',
    '2xl': '1.5rem',
    '3xl': '1.875rem',
  },
  /** Unitless, so it scales with the font size it is paired with (`size.md` with `lineHeight.md`). */
  lineHeight: {
    xs: 1.6,
    sm: 1.7,
    md: 1.7,
    lg: 1.6,
    xl: 1.5,
    '2xl': 1.4,
    '3xl': 1.3,
  },
  weight: {
    regular: 400,
    medium: 500,
    semibold: 600,
    bold: 700,
  },
} as const;
