/**
 * Entry of `trailmark-embed.js`, the ES module build: `<script type="module" src=".../trailmark-embed.js">`.
 * A module knows its own URL, so built-in roadmap data is found beside it. Importing it where there
 * is no DOM (Node, a server render) registers nothing and throws nothing.
 */
import { defineTrailmarkRoadmap } from './define';

export type { EmbedError, EmbedErrorKind } from './embed-error';
export type {
  CurriculumData,
  ProgressEventDetail,
  ReadyEventDetail,
  TrailmarkEventMap,
} from './events';
export type {
  EmbedOrientation,
  EmbedTheme,
  EmbedViewMode,
  TrailmarkRoadmapElement,
} from './TrailmarkRoadmapElement';

defineTrailmarkRoadmap(import.meta.url);
