import {
  type Curriculum,
  indexTopics,
  localize,
  prerequisitesOf,
  type TopicEntry,
  toJsonLd,
} from '@trailmark/curriculum';
import { labelsFor } from '@trailmark/curriculum/locale';

/** ISO 8601 duration in hours, as `toJsonLd` writes a level's. */
function duration(hours: number): string {
  return `PT${Math.round(hours * 100) / 100}H`;
}

/**
 * A topic page's schema.org data: the topic as a `LearningResource` that is part of its level's
 * `Course`, taken from `toJsonLd` (so the course reads exactly as on the roadmap page, with the
 * roadmap page's URL and the level id as its fragment).
 * @param roadmapUrl the absolute URL of the roadmap page in this language
 * @param url the absolute URL of the topic page
 * @example topicJsonLd(roadmap, indexTopics(roadmap).get('rag')!, 'en', 'https://x/', 'https://x/topics/rag')
 */
export function topicJsonLd(
  curriculum: Curriculum,
  entry: TopicEntry,
  locale: string,
  roadmapUrl: string,
  url: string,
): Record<string, unknown> {
  const { topic, levelIndex } = entry;
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, locale, curriculum.defaultLocale);
  const roadmap = toJsonLd(curriculum, { locale, url: roadmapUrl });
  const items = roadmap.itemListElement as Array<{ item: Record<string, unknown> }>;
  const course = items[levelIndex]?.item;
  const skills = new Map(curriculum.skills.map((skill) => [skill.id, text(skill.name)]));
  const topics = indexTopics(curriculum);
  const required = prerequisitesOf(curriculum, topic.id).flatMap((id) => {
    const prerequisite = topics.get(id);
    return prerequisite ? [text(prerequisite.topic.title)] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: text(topic.title),
    description: text(topic.summary),
    url,
    inLanguage: roadmap.inLanguage,
    learningResourceType: labelsFor(locale).kinds[topic.kind],
    timeRequired: duration(topic.estimatedHours),
    ...(topic.skills.length > 0 ? { teaches: topic.skills.map((id) => skills.get(id) ?? id) } : {}),
    ...(required.length > 0 ? { competencyRequired: required } : {}),
    ...(course ? { isPartOf: course } : {}),
  };
}
