import type { CurriculumInput } from '@trailmark/curriculum';

/** A topic as a curriculum document gives it. */
type TopicInput = CurriculumInput['levels'][number]['modules'][number]['topics'][number];

/**
 * `curriculum` with `change` applied to every topic, levels and modules otherwise as they are: for
 * stories of awkward content (very long titles, a prerequisite cycle).
 * @example
 * withEveryTopic(fixtureCurriculum, (topic) => ({ ...topic, title: 'A very long title' }))
 */
export function withEveryTopic(
  curriculum: CurriculumInput,
  change: (topic: TopicInput) => TopicInput,
): CurriculumInput {
  return {
    ...curriculum,
    levels: curriculum.levels.map((level) => ({
      ...level,
      modules: level.modules.map((module) => ({ ...module, topics: module.topics.map(change) })),
    })),
  };
}
