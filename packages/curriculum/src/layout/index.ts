/**
 * `@trailmark/curriculum/layout`: the roadmap as a map, as plain data to draw. A subpath, so the
 * core entry stays small and only code that draws a map loads dagre.
 */
export {
  type Box,
  LAYOUT_SIZES,
  LAYOUT_TEXT,
  type LayoutBand,
  type LayoutCluster,
  type LayoutDirection,
  type LayoutEdge,
  type LayoutNode,
  type LayoutOptions,
  layoutRoadmap,
  type Point,
  type RoadmapLayout,
} from './layout.js';
export { isWide, type TextFont, textWidth, type WrappedText, wrapText } from './text.js';
