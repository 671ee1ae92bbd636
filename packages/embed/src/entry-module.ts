/**
 * Entry of `trailmark-embed.js`, the ES module build: `<script type="module" src=".../trailmark-embed.js">`.
 * A module knows its own URL, so built-in roadmap data is found beside it.
 */
import { defineTrailmarkRoadmap } from './define.ts';

export type { EmbedError, EmbedErrorKind } from './embed-error.ts';
export type { ProgressEventDetail, ReadyEventDetail } from './events.ts';
export { TrailmarkRoadmapElement } from './TrailmarkRoadmapElement.tsx';

defineTrailmarkRoadmap(import.meta.url);
