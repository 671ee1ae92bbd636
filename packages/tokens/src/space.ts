/**
 * Spacing on a 4px grid, in rem so it follows the reader's font-size setting
 * (`1` = 0.25rem = 4px at the default 16px).
 */
export const space = {
  0: '0',
  1: '0.25rem',
  2: '0.5rem',
  3: '0.75rem',
  4: '1rem',
  5: '1.25rem',
  6: '1.5rem',
  8: '2rem',
  10: '2.5rem',
  12: '3rem',
  16: '4rem',
} as const;
