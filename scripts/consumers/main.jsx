import '@trailmark/react/styles.css';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { RoadmapTimeline } from '@trailmark/react';
import { version } from 'react';
import { createRoot } from 'react-dom/client';

window.__reactVersion = version;
createRoot(document.getElementById('root')).render(
  <RoadmapTimeline curriculum={llmEngineer} locale="en" />,
);
