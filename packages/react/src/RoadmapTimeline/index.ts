export type { RoadmapTimelineProps, TimelineOrientation } from './RoadmapTimeline';
export { RoadmapTimeline, TIMELINE_ORIENTATIONS } from './RoadmapTimeline';
