/**
 * Finding topics by id, and the hours a level takes.
 */
import type { Curriculum, Level, Module, Topic } from './schema.js';

/** A topic with the level and module it sits in, and where. */
export interface TopicEntry {
  topic: Topic;
  module: Module;
  level: Level;
  /** Index of the level in `curriculum.levels`. */
  levelIndex: number;
  /** Index of the module in `level.modules`. */
  moduleIndex: number;
  /** Index of the topic in `module.topics`. */
  topicIndex: number;
}

// Derived indexes are cached per `levels` array: a curriculum is treated as an immutable value.
const cache = new WeakMap<object, Map<string, TopicEntry>>();

/** The cached index behind {@link indexTopics}; callers must not change it. */
export function topicIndex(c: Pick<Curriculum, 'levels'>): ReadonlyMap<string, TopicEntry> {
  const cached = cache.get(c.levels);
  if (cached) return cached;
  const index = new Map<string, TopicEntry>();
  c.levels.forEach((level, levelIndex) => {
    level.modules.forEach((module, moduleIndex) => {
      module.topics.forEach((topic, topicIndex) => {
        // First one wins: only unparsed input can repeat an id.
        if (!index.has(topic.id)) {
          index.set(topic.id, { topic, module, level, levelIndex, moduleIndex, topicIndex });
        }
      });
    });
  });
  cache.set(c.levels, index);
  return index;
}

/**
 * Every topic by id, in document order, with its level and module.
 *
 * Functions of this package treat a curriculum as an immutable value and cache what they derive
 * from it per `levels` array; after changing a curriculum, pass a new object (parse it again).
 * @example
 * const entry = indexTopics(curriculum).get('rag');
 * entry?.level.code; // 'L2'
 */
export function indexTopics(c: Curriculum): Map<string, TopicEntry> {
  return new Map(topicIndex(c));
}

/** The topics of a level, module after module. */
export function levelTopics(level: Pick<Level, 'modules'>): Topic[] {
  return level.modules.flatMap((module) => module.topics);
}

/**
 * The study hours of a level: its `estimatedHours` when given, else the sum of its topics' hours
 * (optional topics included).
 * @example levelHours(curriculum.levels[0]) // 42
 */
export function levelHours(level: Level): number {
  return (
    level.estimatedHours ??
    levelTopics(level).reduce((hours, topic) => hours + topic.estimatedHours, 0)
  );
}
