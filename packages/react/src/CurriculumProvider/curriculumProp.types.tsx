// Type tests, checked by `npm run typecheck` (tsc over `src/`), never run: each `@ts-expect-error`
// fails the typecheck when the error it expects goes away.
import { defineCurriculum, parseCurriculum } from '@trailmark/curriculum';
import { RoadmapTimeline } from '../RoadmapTimeline';
import { TopicList } from '../TopicList';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { CurriculumProvider } from './CurriculumProvider';

const fetched: unknown = JSON.parse('{}');

const written = defineCurriculum({
  schemaVersion: 1,
  id: 'web',
  version: '1.0.0',
  title: 'Web',
  summary: 'Web basics.',
  defaultLocale: 'en',
  locales: ['en'],
  levels: [
    {
      id: 'l1',
      code: 'L1',
      title: 'Basics',
      summary: 'First steps.',
      modules: [
        {
          id: 'm1',
          title: 'M1',
          summary: 'S',
          topics: [{ id: 'a', title: 'A', summary: 'A.', kind: 'concept', estimatedHours: 1 }],
        },
      ],
    },
  ],
});

/** Accepted: a curriculum written in TypeScript, a parsed one, and a parse of unknown data. */
export const accepted = (
  <>
    <RoadmapTimeline curriculum={written} />
    <TopicList curriculum={fixtureCurriculum} moduleId="basics" />
    <CurriculumProvider curriculum={parseCurriculum(fetched)}>
      <RoadmapTimeline />
    </CurriculumProvider>
  </>
);

// @ts-expect-error: data of unknown shape must go through parseCurriculum first
export const unknownData = <RoadmapTimeline curriculum={fetched} />;

// @ts-expect-error: the same for the provider
export const unknownProvider = <CurriculumProvider curriculum={fetched}>x</CurriculumProvider>;

// @ts-expect-error: not a curriculum at all
export const notACurriculum = <RoadmapTimeline curriculum={{ levels: [] }} />;

export const misspelledOptional = (
  <RoadmapTimeline
    curriculum={{
      ...written,
      // @ts-expect-error: a curriculum has `license`, not `licence`
      licence: 'MIT',
    }}
  />
);
