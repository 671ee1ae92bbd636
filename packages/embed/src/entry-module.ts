/**
 * Entry of `trailmark-embed.js`, the ES module build: `<script type="module" src=".../trailmark-embed.js">`.
 * A module knows its own URL, so built-in roadmap data is found beside it.
 */
import { defineTrailmarkRoadmap } from './define';

export type { EmbedError, EmbedErrorKind } from './embed-error';
export type { CurriculumData, ProgressEventDetail, ReadyEventDetail } from './events';
export { TrailmarkRoadmapElement } from './TrailmarkRoadmapElement';

defineTrailmarkRoadmap(import.meta.url);
