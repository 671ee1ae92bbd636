import { isComplete, type Progress, statusOf, type Topic } from '@trailmark/curriculum';
import { type CurriculumContextValue, useProgressSelector } from '../CurriculumProvider/context';

/**
 * One topic's state packed in a string: its status, then the direct prerequisites it still waits
 * for (`"not-started rag embeddings"`; a complete topic waits for none). Compared by value, it
 * changes only when the row's status or lock does, so a row re-renders only then.
 */
export function topicStateKey(progress: Progress, topic: Topic | undefined): string {
  if (!topic) return '';
  const status = statusOf(progress, topic.id);
  if (isComplete(status)) return status;
  let key: string = status;
  for (const id of topic.prerequisites) {
    if (!isComplete(statusOf(progress, id))) key += ` ${id}`;
  }
  return key;
}

/**
 * The {@link topicStateKey} of each topic, through one store subscription: the keys are compared
 * as one string, so the caller re-renders only when one of them changes.
 */
export function useTopicStates(
  context: CurriculumContextValue,
  topicIds: readonly string[],
): string[] {
  return useProgressSelector(context, (progress) =>
    topicIds.map((id) => topicStateKey(progress, context.topics.get(id)?.topic)).join('\n'),
  ).split('\n');
}
