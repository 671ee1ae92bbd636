// A React island. The built-in roadmap is imported here rather than passed from the page: Astro
// writes an island's props into the HTML, so a roadmap passed as a prop would be sent twice.
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { CurriculumProvider, createLocalStorageStore, RoadmapTimeline } from '@trailmark/react';

const store = createLocalStorageStore({ curriculumId: llmEngineer.id });

export function Roadmap({ locale }: { locale: string }) {
  return (
    <CurriculumProvider curriculum={llmEngineer} store={store} locale={locale}>
      <RoadmapTimeline />
    </CurriculumProvider>
  );
}
