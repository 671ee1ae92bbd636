/**
 * `@trailmark/react/map`: the roadmap as an interactive map. An entry of its own, with its own
 * stylesheet (`@trailmark/react/map.css`), so that pages showing only the timeline load neither
 * the map nor its layout library. The shared types its props use (`CurriculumSourceProps`,
 * `ThemeProps`, `ProgressStore`…) are exported by `@trailmark/react`.
 */

export { mapEn as mapMessagesEn, mapZhCN as mapMessagesZhCN } from './i18n/mapMessages';
export type { MapMessages } from './i18n/messages';
export type { RoadmapMapProps } from './RoadmapMap';
export { RoadmapMap } from './RoadmapMap';
