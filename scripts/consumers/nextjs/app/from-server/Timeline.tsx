'use client';
import {
  CurriculumProvider,
  type CurriculumProviderProps,
  RoadmapTimeline,
  StudyPlan,
} from '@trailmark/react';

export function Timeline({
  curriculum,
  locale,
}: Pick<CurriculumProviderProps, 'curriculum' | 'locale'>) {
  return (
    <CurriculumProvider curriculum={curriculum} locale={locale}>
      <RoadmapTimeline />
      <StudyPlan defaultHoursPerWeek={8} />
    </CurriculumProvider>
  );
}
