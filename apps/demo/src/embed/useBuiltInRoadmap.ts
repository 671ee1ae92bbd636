import type { Curriculum } from '@trailmark/curriculum';
import { getRoadmap, listRoadmaps } from '@trailmark/curriculum/roadmaps';
import { useEffect, useState } from 'react';
import { roadmap as bundled } from '../roadmap/builtIn';

/** A built-in roadmap by id: at once for the one the site bundles, loaded for the others. */
export type RoadmapState =
  | { status: 'ready'; curriculum: Curriculum }
  | { status: 'loading' }
  | { status: 'unknown' };

/**
 * The built-in roadmap `id`. The site's own roadmap is already in the bundle (and in the
 * prerendered frame); any other built-in one is loaded on demand with `getRoadmap`.
 */
export function useBuiltInRoadmap(id: string): RoadmapState {
  const known = listRoadmaps().some((info) => info.id === id);
  const [loaded, setLoaded] = useState<Curriculum | undefined>();
  const needsLoading = known && id !== bundled.id;
  useEffect(() => {
    if (!needsLoading) return;
    let current = true;
    getRoadmap(id).then((curriculum) => {
      if (current) setLoaded(curriculum);
    });
    return () => {
      current = false;
    };
  }, [id, needsLoading]);
  if (id === bundled.id) return { status: 'ready', curriculum: bundled };
  if (!known) return { status: 'unknown' };
  return loaded?.id === id ? { status: 'ready', curriculum: loaded } : { status: 'loading' };
}
