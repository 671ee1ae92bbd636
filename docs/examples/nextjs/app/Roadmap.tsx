'use client';
// Everything that holds state or touches the browser lives in a client component: the provider,
// the store (localStorage) and the components. The built-in roadmap is imported here, on the
// client side, so the server sends it to the browser once, in this file's chunk, and not a
// second time inside the page as a prop.
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import {
  CurriculumProvider,
  createLocalStorageStore,
  RoadmapTimeline,
  StudyPlan,
} from '@trailmark/react';

// Safe to create at import: it touches nothing until the browser uses it.
const store = createLocalStorageStore({ curriculumId: llmEngineer.id });

export function Roadmap({ locale }: { locale: string }) {
  return (
    // `locale` is passed because the server cannot see <html lang>; the browser would otherwise
    // switch language after hydration.
    <CurriculumProvider curriculum={llmEngineer} store={store} locale={locale}>
      <RoadmapTimeline />
      <StudyPlan defaultHoursPerWeek={8} />
    </CurriculumProvider>
  );
}
