/**
 * The map's view as numbers: which part of the map the viewport shows, zooming about a point,
 * fitting, bringing a box into view, and finding the nearest topic in a direction. Pure functions
 * over map coordinates (pixels of the layout, as drawn: mirrored right-to-left).
 */
import type { Box } from '@trailmark/curriculum/layout';

/** Empty space drawn around the layout, in map pixels. */
export const MAP_MARGIN = 16;

/** The part of the map shown: `x`, `y` is the map point at the viewport's top-left; `k` the scale. */
export interface View {
  x: number;
  y: number;
  k: number;
}

/** The viewport's size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The map's drawn size: the layout and its margin. */
export interface Extent {
  width: number;
  height: number;
}

/** How far the view may zoom out (to the whole map, or half size) and in. */
export function zoomLimits(extent: Extent, size: Size): { min: number; max: number } {
  return { min: Math.min(fitScale(extent, size), 0.5), max: 2.5 };
}

function fitScale(extent: Extent, size: Size): number {
  const scale = Math.min(size.width / extent.width, size.height / extent.height);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** Keeps the view's centre over the map, so the map can never be lost off screen. */
export function clampView(view: View, extent: Extent, size: Size): View {
  const { min, max } = zoomLimits(extent, size);
  const k = Math.min(Math.max(view.k, min), max);
  const halfW = size.width / (2 * k);
  const halfH = size.height / (2 * k);
  const cx = Math.min(Math.max(view.x + halfW, -MAP_MARGIN), extent.width - MAP_MARGIN);
  const cy = Math.min(Math.max(view.y + halfH, -MAP_MARGIN), extent.height - MAP_MARGIN);
  return { x: cx - halfW, y: cy - halfH, k };
}

/** The whole map, centred, as large as fits (never above actual size). */
export function fitView(extent: Extent, size: Size): View {
  const k = Math.min(fitScale(extent, size), 1);
  return {
    x: -MAP_MARGIN + (extent.width - size.width / k) / 2,
    y: -MAP_MARGIN + (extent.height - size.height / k) / 2,
    k,
  };
}

/** The view scaled by `factor` about a point of the viewport (`px`, `py` in CSS pixels). */
export function zoomAt(
  view: View,
  factor: number,
  px: number,
  py: number,
  extent: Extent,
  size: Size,
): View {
  const { min, max } = zoomLimits(extent, size);
  const k = Math.min(Math.max(view.k * factor, min), max);
  const mx = view.x + px / view.k;
  const my = view.y + py / view.k;
  return clampView({ x: mx - px / k, y: my - py / k, k }, extent, size);
}

/** The view moved by (`dx`, `dy`) CSS pixels of the viewport. */
export function panBy(view: View, dx: number, dy: number, extent: Extent, size: Size): View {
  return clampView({ ...view, x: view.x - dx / view.k, y: view.y - dy / view.k }, extent, size);
}

/**
 * The least move of the view that shows `box` whole with `pad` CSS pixels around it (centred when
 * it cannot fit); the same view when it already shows it.
 */
export function revealBox(view: View, box: Box, size: Size, pad = 24): View {
  const w = size.width / view.k;
  const h = size.height / view.k;
  const p = pad / view.k;
  const along = (start: number, span: number, from: number, length: number) => {
    if (length + 2 * p > span) return from + length / 2 - span / 2;
    if (from - p < start) return from - p;
    if (from + length + p > start + span) return from + length + p - span;
    return start;
  };
  const x = along(view.x, w, box.x, box.width);
  const y = along(view.y, h, box.y, box.height);
  return x === view.x && y === view.y ? view : { ...view, x, y };
}

/** An arrow key's direction on screen. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The box nearest to `from` in `direction` (by centres): among boxes whose centre lies that way,
 * within 60° either side, the one closest along the direction, with sideways distance counting
 * double. `undefined` when there is none that way.
 */
export function nearestInDirection<T extends Box>(
  from: Box,
  boxes: readonly T[],
  direction: Direction,
): T | undefined {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best: T | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const box of boxes) {
    if (box === from) continue;
    const dx = box.x + box.width / 2 - cx;
    const dy = box.y + box.height / 2 - cy;
    const along = sign * (horizontal ? dx : dy);
    const across = Math.abs(horizontal ? dy : dx);
    // Within 60° of the direction: tan(60°) ≈ 1.73.
    if (along <= 0 || across > along * 1.73) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = box;
    }
  }
  return best;
}

/** A box mirrored across a map `width` wide (right-to-left drawing). */
export function mirrorBox<T extends Box>(box: T, width: number): T {
  return { ...box, x: width - box.x - box.width };
}
