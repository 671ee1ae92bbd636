/**
 * The two ways the roadmap and each level are shown: as a timeline (`/`, `/levels/l2`) or as a map
 * (`/map`, `/levels/l2/map`). Each view has its own prerendered address, so the map shows before
 * any script runs; the reader's last choice is remembered, and `vite/early-address.js` sends a timeline
 * address to its map twin before the first paint when the map was chosen.
 */
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { readStored, STORAGE_KEYS } from '../preferences/storage';

/** A way to show the roadmap. */
export type RoadmapView = 'timeline' | 'map';

/** The views, in the order the switch lists them. */
export const ROADMAP_VIEWS: readonly RoadmapView[] = ['timeline', 'map'];

/**
 * The locale-relative address of a page (the whole roadmap, or `levelId`'s) in `view`.
 * @example viewPath('map', 'l2') // '/levels/l2/map'
 */
export function viewPath(view: RoadmapView, levelId?: string): string {
  const base = levelId ? `/levels/${levelId}` : '';
  if (view === 'timeline') return base || '/';
  return `${base}/map`;
}

/**
 * On a timeline page: when the reader chose the map last (and came here by a link inside the
 * site, which the early script does not see), show the map instead.
 */
export function useRememberedView(levelId?: string): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    if (readStored(STORAGE_KEYS.view) === 'map')
      navigate(viewPath('map', levelId), { replace: true });
  }, [navigate, levelId]);
}
