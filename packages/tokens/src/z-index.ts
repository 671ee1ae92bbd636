/** Stacking order, spaced so a component can slot a layer in between without renumbering. */
export const zIndex = {
  base: 0,
  raised: 1,
  sticky: 100,
  overlay: 1000,
  popover: 1100,
  tooltip: 1200,
} as const;
