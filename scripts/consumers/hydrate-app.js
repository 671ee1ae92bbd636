// One app for the server (ssr-hydrate.mjs, plain Node) and the browser (hydrate.jsx). No locale:
// the server renders the roadmap's default (zh-CN), the browser hydrates that same markup and then
// follows <html lang="en">.
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { CurriculumProvider, RoadmapTimeline, StudyPlan } from '@trailmark/react';
import { createElement } from 'react';

export const app = () =>
  createElement(
    CurriculumProvider,
    { curriculum: llmEngineer },
    createElement(RoadmapTimeline),
    createElement(StudyPlan, { start: '2026-01-05' }),
  );
