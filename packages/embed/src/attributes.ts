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

/** `heading-level="…"`: 2 to 6, else 2. */
export function headingLevelOf(value: string | null): HeadingLevel {
  const level = Number(value);
  return HEADING_LEVELS.find((candidate) => candidate === level) ?? 2;
}
