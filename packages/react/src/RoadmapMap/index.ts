export type { RoadmapMapProps } from './RoadmapMap';
export { RoadmapMap } from './RoadmapMap';
