/** Corner radii. `full` makes pills and circles. */
export const radius = {
  sm: '4px',
  md: '8px',
  lg: '12px',
  full: '9999px',
} as const;
