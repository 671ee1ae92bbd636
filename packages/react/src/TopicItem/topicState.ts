import { isComplete, type Progress, statusOf, type Topic } from '@trailmark/curriculum';

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
