import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type Box, layoutRoadmap, type Point, type RoadmapLayout } from '../src/layout/index.js';
import { curriculumArbitrary, shuffleKeys } from './layout-arbitraries.js';

// Coordinates are sums of fractions (centring halves widths): compare with a tolerance.
const EPSILON = 1e-6;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - EPSILON &&
    b.x < a.x + a.width - EPSILON &&
    a.y < b.y + b.height - EPSILON &&
    b.y < a.y + a.height - EPSILON
  );
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  );
}

/** Whether `p` lies on the outline of `box`. */
function onOutline(p: Point, box: Box): boolean {
  const within = (v: number, from: number, to: number) => v >= from - EPSILON && v <= to + EPSILON;
  const near = (a: number, b: number) => Math.abs(a - b) <= EPSILON;
  const onVertical =
    (near(p.x, box.x) || near(p.x, box.x + box.width)) && within(p.y, box.y, box.y + box.height);
  const onHorizontal =
    (near(p.y, box.y) || near(p.y, box.y + box.height)) && within(p.x, box.x, box.x + box.width);
  return onVertical || onHorizontal;
}

function expectNoOverlap(boxes: readonly (Box & { id: string })[]): void {
  // Sweep along x so a big map stays near-linear to check.
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Box & { id: string };
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Box & { id: string };
      if (b.x >= a.x + a.width) break;
      if (overlaps(a, b)) expect.fail(`${a.id} overlaps ${b.id}`);
    }
  }
}

const options = fc.record({
  locale: fc.constantFrom('en', 'zh-CN'),
  direction: fc.constantFrom('down' as const, 'right' as const),
});

function expectSound(
  layout: RoadmapLayout,
  prerequisites: ReadonlyMap<string, readonly string[]>,
): void {
  expectNoOverlap(layout.nodes);
  expectNoOverlap(layout.clusters);
  expectNoOverlap(layout.bands);
  const clusters = new Map(layout.clusters.map((c) => [c.id, c]));
  const bands = new Map(layout.bands.map((b) => [b.id, b]));
  for (const node of layout.nodes) {
    const cluster = clusters.get(node.moduleId);
    expect(cluster && inside(node, cluster), `${node.id} inside ${node.moduleId}`).toBe(true);
    expect(node.lines.length).toBeGreaterThan(0);
    expect(node.lines.length).toBeLessThanOrEqual(3);
  }
  for (const cluster of layout.clusters) {
    const band = bands.get(cluster.levelId);
    expect(band && inside(cluster, band), `${cluster.id} inside ${cluster.levelId}`).toBe(true);
  }
  const whole = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const band of layout.bands) expect(inside(band, whole)).toBe(true);
  for (const edge of layout.edges) {
    for (const p of edge.points) {
      expect(p.x >= -EPSILON && p.x <= layout.width + EPSILON).toBe(true);
      expect(p.y >= -EPSILON && p.y <= layout.height + EPSILON).toBe(true);
    }
  }
  // Exactly one edge per prerequisite, from the prerequisite's box to the dependent's.
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const expected = [...prerequisites].flatMap(([to, list]) => list.map((from) => `${from}>${to}`));
  expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(expected.sort());
  for (const edge of layout.edges) {
    const from = nodes.get(edge.from) as Box;
    const to = nodes.get(edge.to) as Box;
    expect(edge.points.length).toBeGreaterThanOrEqual(2);
    expect(onOutline(edge.points[0] as Point, from), `${edge.from} start`).toBe(true);
    expect(onOutline(edge.points.at(-1) as Point, to), `${edge.to} end`).toBe(true);
  }
}

// 400 + 200 + 150 cases; each lays out a whole random roadmap, which a loaded 2-core machine can
// stretch past the default timeout (1,000 cases once took 82 s there), hence the timeout.
describe('layoutRoadmap on random curricula', { timeout: 240_000 }, () => {
  test.prop([curriculumArbitrary, options], { numRuns: 400 })(
    'places boxes without overlap, each inside its parent, with one edge per prerequisite',
    (curriculum, opts) => {
      const layout = layoutRoadmap(curriculum, opts);
      const prerequisites = new Map(
        curriculum.levels.flatMap((l) =>
          l.modules.flatMap((m) => m.topics.map((t) => [t.id, t.prerequisites] as const)),
        ),
      );
      expect(layout.nodes.map((n) => n.id)).toEqual([...prerequisites.keys()]);
      expectSound(layout, prerequisites);
    },
  );

  test.prop([curriculumArbitrary, options, fc.integer()], { numRuns: 200 })(
    'gives the same layout for a key-shuffled copy, and the same again',
    (curriculum, opts, seed) => {
      const layout = layoutRoadmap(curriculum, opts);
      expect(layoutRoadmap(shuffleKeys(curriculum, seed), shuffleKeys(opts, seed))).toEqual(layout);
      expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
    },
  );

  test.prop([curriculumArbitrary, fc.nat(), options], { numRuns: 150 })(
    'lays out one level alone, keeping only the prerequisites inside it',
    (curriculum, pick, opts) => {
      const level = curriculum.levels[pick % curriculum.levels.length];
      if (!level) return;
      const layout = layoutRoadmap(curriculum, { ...opts, level: level.id });
      const ids = new Set(level.modules.flatMap((m) => m.topics.map((t) => t.id)));
      const prerequisites = new Map(
        level.modules.flatMap((m) =>
          m.topics.map((t) => [t.id, t.prerequisites.filter((p) => ids.has(p))] as const),
        ),
      );
      expect(layout.bands.map((b) => b.id)).toEqual([level.id]);
      expectSound(layout, prerequisites);
    },
  );
});
