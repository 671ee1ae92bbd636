/**
 * The element's attribute values as the components take them: anything missing or unknown reads as
 * the default, so a typo in a page's markup shows the roadmap as it would look without it.
 */
import {
  type HeadingLevel,
  THEMES,
  type Theme,
  TIMELINE_ORIENTATIONS,
  type TimelineOrientation,
} from '@trailmark/react';

const HEADING_LEVELS: readonly HeadingLevel[] = [2, 3, 4, 5, 6];

/** `theme="…"`: one of the components' themes, else `auto`. */
export function themeOf(value: string | null): Theme {
  return THEMES.find((theme) => theme === value) ?? 'auto';
}

/** `orientation="…"`: one of the timeline's orientations, else `auto`. */
export function orientationOf(value: string | null): TimelineOrientation {
  return TIMELINE_ORIENTATIONS.find((orientation) => orientation === value) ?? 'auto';
}

/**
 * `expanded-levels="…"`: which levels start open. `none`, `all`, or level ids separated by spaces
 * (`l1 l3`; unknown ids open nothing); missing or empty: the learner's current level.
 * @example expandedLevelsOf('none') // []
 */
export function expandedLevelsOf(value: string | null): readonly string[] | 'all' | undefined {
  const ids = value?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (ids.length === 0) return undefined;
  if (ids.length === 1 && ids[0] === 'all') return 'all';
  return ids.length === 1 && ids[0] === 'none' ? [] : ids;
}

/** `heading-level="…"`: 2 to 6, else 2. */
export function headingLevelOf(value: string | null): HeadingLevel {
  const level = Number(value);
  return HEADING_LEVELS.find((candidate) => candidate === level) ?? 2;
}

/** Values of the `view` attribute: the timeline (the levels as a list) or the map. */
export const EMBED_VIEWS = ['timeline', 'map'] as const;

/** One of {@link EMBED_VIEWS}. */
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** `view="…"`: `timeline` or `map`, else `timeline` (the view that needs no extra script). */
export function viewOf(value: string | null): EmbedView {
  return value === 'map' ? value : 'timeline';
}
