export type { RoadmapTimelineProps, TimelineOrientation } from './RoadmapTimeline';
export { RoadmapTimeline } from './RoadmapTimeline';
