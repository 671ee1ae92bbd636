/**
 * Where each topic of the built-in roadmap has its own page: `/topics/<id>` (under `/zh-CN` in
 * Chinese). The pager, the prerender step and every link to a topic read it from here.
 */
import { indexTopics } from '@trailmark/curriculum';
import { roadmap } from './builtIn';

/** Every topic of {@link roadmap} by id, with its level and module. */
export const TOPICS = indexTopics(roadmap);

/** Every topic id in document order: the order of the pager and of the prerendered pages. */
export const TOPIC_IDS: readonly string[] = [...TOPICS.keys()];

/**
 * The locale-relative path of a topic's page.
 * @example topicPath('rag') // '/topics/rag'
 */
export function topicPath(topicId: string): string {
  return `/topics/${topicId}`;
}
