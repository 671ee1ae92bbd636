import {
  isComplete,
  type Progress,
  statusOf,
  type Topic,
  type TopicStatus,
} from '@trailmark/curriculum';

/** A topic's status and the prerequisites it still waits for. */
export interface TopicState {
  status: TopicStatus;
  /** Ids of direct prerequisites not yet done or skipped; empty once the topic is complete. */
  blocking: string[];
}

/**
 * One topic's state packed in a string (`"not-started rag embeddings"`), so that it can be a
 * `useSyncExternalStore` snapshot compared by value: a row re-renders only when its own status or
 * its lock changes, not on every progress change.
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

/** Unpacks {@link topicStateKey}. */
export function readTopicState(key: string): TopicState {
  const [status = 'not-started', ...blocking] = key.split(' ');
  return { status: status as TopicStatus, blocking };
}
