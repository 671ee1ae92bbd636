import type { Curriculum } from '@trailmark/curriculum';
import {
  type LayoutDirection,
  layoutRoadmap,
  type RoadmapLayout,
} from '@trailmark/curriculum/layout';

const cache = /* @__PURE__ */ new WeakMap<Curriculum, Map<string, RoadmapLayout>>();

/**
 * `layoutRoadmap`, remembered per curriculum object, locale, direction and level: the layout is
 * deterministic, so the server, hydration and every later render share one result, and a
 * re-render never lays out again. `undefined` when `level` names no level of the curriculum.
 */
export function cachedLayout(
  curriculum: Curriculum,
  locale: string,
  direction: LayoutDirection,
  level: string | undefined,
): RoadmapLayout | undefined {
  if (level !== undefined && !curriculum.levels.some((each) => each.id === level)) return undefined;
  let byOptions = cache.get(curriculum);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(curriculum, byOptions);
  }
  const key = `${locale}\n${direction}\n${level ?? ''}`;
  let layout = byOptions.get(key);
  if (!layout) {
    layout = layoutRoadmap(curriculum, { locale, direction, level });
    byOptions.set(key, layout);
  }
  return layout;
}
