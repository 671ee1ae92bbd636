import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  clampView,
  fitView,
  MAP_MARGIN,
  nearestInDirection,
  panBy,
  revealBox,
  zoomAt,
  zoomLimits,
} from './geometry';
import { withSpaces } from './MapCanvas';

const extent = { width: 1000, height: 2000 };
const size = { width: 400, height: 300 };

describe('map geometry', () => {
  it('fits the whole map, centred, never above actual size', () => {
    const view = fitView(extent, size);
    expect(view.k).toBeCloseTo(0.15);
    expect(view.x + size.width / view.k / 2).toBeCloseTo(extent.width / 2 - MAP_MARGIN);
    expect(fitView({ width: 100, height: 100 }, size).k).toBe(1);
  });

  test.prop([
    fc.record({
      x: fc.double({ min: -5000, max: 5000, noNaN: true }),
      y: fc.double({ min: -5000, max: 5000, noNaN: true }),
      k: fc.double({ min: 0.01, max: 10, noNaN: true }),
    }),
    fc.double({ min: 0.1, max: 10, noNaN: true }),
    fc.double({ min: 0, max: 400, noNaN: true }),
    fc.double({ min: 0, max: 300, noNaN: true }),
  ])('zooming stays in limits and keeps the map centre on the map', (view, factor, px, py) => {
    const next = zoomAt(clampView(view, extent, size), factor, px, py, extent, size);
    const { min, max } = zoomLimits(extent, size);
    expect(next.k).toBeGreaterThanOrEqual(min - 1e-9);
    expect(next.k).toBeLessThanOrEqual(max + 1e-9);
    const cx = next.x + size.width / (2 * next.k);
    expect(cx).toBeGreaterThanOrEqual(-MAP_MARGIN - 1e-6);
    expect(cx).toBeLessThanOrEqual(extent.width - MAP_MARGIN + 1e-6);
  });

  it('zooms about the given point: the map point under it stays put', () => {
    const view = { x: 100, y: 100, k: 1 };
    const next = zoomAt(view, 2, 200, 150, extent, size);
    expect(next.x + 200 / next.k).toBeCloseTo(view.x + 200 / view.k);
    expect(next.y + 150 / next.k).toBeCloseTo(view.y + 150 / view.k);
  });

  it('pans by screen pixels at the current scale', () => {
    expect(panBy({ x: 100, y: 100, k: 2 }, 20, -40, extent, size)).toEqual({ x: 90, y: 120, k: 2 });
  });

  it('reveals a box with the least move, and leaves a visible one alone', () => {
    const view = { x: 0, y: 0, k: 1 };
    expect(revealBox(view, { x: 50, y: 50, width: 50, height: 20 }, size)).toBe(view);
    const moved = revealBox(view, { x: 500, y: 50, width: 50, height: 20 }, size);
    expect(moved).toEqual({ x: 500 + 50 + 24 - 400, y: 0, k: 1 });
  });

  it('finds the nearest box in a direction, not one beside it', () => {
    const box = (id: string, x: number, y: number) => ({ id, x, y, width: 10, height: 10 });
    const from = box('from', 100, 100);
    const boxes = [
      from,
      box('right', 150, 100),
      box('far-right', 300, 105),
      box('below', 100, 160),
      box('up-right', 140, 20),
    ];
    expect(nearestInDirection(from, boxes, 'right')?.id).toBe('right');
    expect(nearestInDirection(from, boxes, 'down')?.id).toBe('below');
    expect(nearestInDirection(from, boxes, 'up')?.id).toBe('up-right');
    expect(nearestInDirection(from, boxes, 'left')).toBeUndefined();
  });
});

describe('withSpaces', () => {
  it('puts the wrap’s spaces back, and cuts a cut title after a whole word', () => {
    const title = 'Modern LLM architecture: RoPE, GQA/MLA, long context and MoE';
    expect(withSpaces(title, ['Modern LLM', 'architecture: RoPE,', 'GQA/MLA, long cont…'])).toEqual(
      ['Modern LLM ', 'architecture: RoPE, ', 'GQA/MLA, long…'],
    );
    expect(
      withSpaces('Retrieval-augmented generation', ['Retrieval-', 'augmented generation']),
    ).toEqual(['Retrieval-', 'augmented generation']);
    expect(withSpaces('检索增强生成', ['检索增强', '生成'])).toEqual(['检索增强', '生成']);
  });
});
