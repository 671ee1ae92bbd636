/**
 * `@trailmark/curriculum/svg`: the roadmap as a standalone SVG map (see `toSvg`).
 */
export { SVG_LABELS, type SvgLabels } from './labels.js';
export { type SvgOptions, toSvg } from './svg.js';
export type { SvgTheme } from './theme.js';
