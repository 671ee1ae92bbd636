import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { RoadmapTimeline } from '@trailmark/react';
import '@trailmark/react/styles.css';

export function Roadmap() {
  return <RoadmapTimeline curriculum={llmEngineer} />;
}
