import {
  type Curriculum,
  isComplete,
  type Progress,
  type Topic,
  type TopicStatus,
  topologicalOrder,
} from '@trailmark/curriculum';

/** Where a {@link ProgressIndex} reads progress: a store, or a fixed progress (server render). */
export interface ProgressSource {
  get(): Progress;
  subscribe(listener: () => void): () => void;
}

/** Topic counts of one level that the timeline shows; a new object only when one changes. */
export interface LevelCounts {
  readonly total: number;
  /** Done or skipped. */
  readonly complete: number;
  readonly inProgress: number;
}

/**
 * What the timeline shows of the progress, kept up to date one change at a time: each topic's
 * state key, each level's counts and the learner's current level. A status change
 * costs work for that topic, the topics it unlocks and its level, whatever the size of the
 * roadmap, and tells only the listeners of what changed.
 */
export interface ProgressIndex {
  /**
   * The topic's state packed in a string: its status, then the direct prerequisites it still
   * waits for (`"not-started rag embeddings"`; a complete topic waits for none); `''` for an
   * unknown topic. Compared by value, it changes only when the row's status or lock does.
   */
  topicKey(topicId: string): string;
  /** The level's counts; undefined for an unknown level. */
  level(levelId: string): LevelCounts | undefined;
  /**
   * The level of the learner's next topic (the first of `nextTopics`), or the last level once
   * nothing is left.
   */
  currentLevel(): string;
  /** Listens to one topic's key. */
  subscribeTopic(topicId: string, listener: () => void): () => void;
  /** Listens to one level's counts. */
  subscribeLevel(levelId: string, listener: () => void): () => void;
  /** Listens to the current level. */
  subscribeCurrent(listener: () => void): () => void;
}

/** What the index knows of one topic. */
interface Slot {
  topic: Topic;
  level: number;
  /** Its position in study order (`topologicalOrder`). */
  position: number;
  /** Neither the topic nor its level is optional. */
  required: boolean;
  /** Topics listing this one as a prerequisite. */
  dependents: Slot[];
}

// The groups `nextTopics` takes its first topic from, in its order of preference.
const NONE = 0;
const IN_PROGRESS = 1;
const REQUIRED = 2;
const OPTIONAL = 3;
const GROUPS = [IN_PROGRESS, REQUIRED, OPTIONAL] as const;
// Positions are counted per block, so the first of a group is found without a full scan.
const BLOCK = 64;

const empty: Readonly<Record<string, { status: TopicStatus }>> = {};

/**
 * Builds the index of `curriculum` over `source`. It follows the source while anything listens,
 * and reads it again whenever asked, so it is never stale.
 */
export function createProgressIndex(curriculum: Curriculum, source: ProgressSource): ProgressIndex {
  const slots = new Map<string, Slot>();
  curriculum.levels.forEach((level, levelIndex) => {
    for (const module of level.modules) {
      for (const topic of module.topics) {
        if (slots.has(topic.id)) continue;
        slots.set(topic.id, {
          topic,
          level: levelIndex,
          position: -1,
          required: !topic.optional && !level.optional,
          dependents: [],
        });
      }
    }
  });
  const order = topologicalOrder(curriculum);
  order.forEach((id, position) => {
    (slots.get(id) as Slot).position = position;
  });
  for (const slot of slots.values()) {
    for (const id of new Set(slot.topic.prerequisites)) slots.get(id)?.dependents.push(slot);
  }

  let topics = empty;
  let seen: Progress | undefined;
  const status = (id: string): TopicStatus =>
    (Object.hasOwn(topics, id) && topics[id]?.status) || 'not-started';
  const unlocked = (slot: Slot) => slot.topic.prerequisites.every((id) => isComplete(status(id)));
  // The topic's key, reading progress of another curriculum as none.
  const keyOf = (slot: Slot | undefined) => {
    if (!slot) return '';
    const own = status(slot.topic.id);
    if (isComplete(own)) return own;
    let key: string = own;
    for (const id of slot.topic.prerequisites) if (!isComplete(status(id))) key += ` ${id}`;
    return key;
  };

  // nextTopics' groups by study position, with a count per block and group.
  const group = new Uint8Array(order.length);
  const blockCount = Math.ceil(order.length / BLOCK);
  const blocks = new Int32Array(GROUPS.length * blockCount);
  const addToBlock = (wanted: number, position: number, add: number) => {
    const at = (wanted - 1) * blockCount + Math.floor(position / BLOCK);
    blocks[at] = (blocks[at] as number) + add;
  };
  function regroup(slot: Slot) {
    if (slot.position < 0) return; // on a cycle (unparsed input): nextTopics skips it too
    const own = status(slot.topic.id);
    const next =
      own === 'in-progress'
        ? IN_PROGRESS
        : own !== 'not-started' || !unlocked(slot)
          ? NONE
          : slot.required
            ? REQUIRED
            : OPTIONAL;
    const before = group[slot.position] as number;
    if (before === next) return;
    if (before !== NONE) addToBlock(before, slot.position, -1);
    if (next !== NONE) addToBlock(next, slot.position, 1);
    group[slot.position] = next;
  }
  function firstOf(wanted: number): number {
    for (let block = 0; block < blockCount; block++) {
      if (blocks[(wanted - 1) * blockCount + block] === 0) continue;
      const end = Math.min(order.length, (block + 1) * BLOCK);
      for (let position = block * BLOCK; position < end; position++) {
        if (group[position] === wanted) return position;
      }
    }
    return -1;
  }
  function findCurrent(): string {
    for (const wanted of GROUPS) {
      const position = firstOf(wanted);
      if (position >= 0) {
        const slot = slots.get(order[position] as string) as Slot;
        return curriculum.levels[slot.level]?.id ?? '';
      }
    }
    return curriculum.levels.at(-1)?.id ?? '';
  }

  const levels = curriculum.levels.map((level) => ({
    total: level.modules.reduce((sum, module) => sum + module.topics.length, 0),
    complete: 0,
    inProgress: 0,
  }));
  for (const slot of slots.values()) regroup(slot);
  let current = findCurrent();
  // Keys are worked out when first asked for; only those are kept up to date.
  const keys = new Map<string, string>();
  const listeners = new Map<string, Set<() => void>>();

  function sync(): Set<string> | undefined {
    const progress = source.get();
    if (progress === seen) return undefined;
    seen = progress;
    const before = topics;
    topics = progress.curriculumId === curriculum.id ? progress.topics : empty;
    if (topics === before) return undefined;
    const changed = new Set<string>();
    const touched = new Set<Slot>();
    const look = (id: string) => {
      const slot = slots.get(id);
      const was = (Object.hasOwn(before, id) && before[id]?.status) || 'not-started';
      const now = status(id);
      if (!slot || was === now) return;
      const counts = levels[slot.level] as LevelCounts;
      levels[slot.level] = {
        total: counts.total,
        complete: counts.complete + Number(isComplete(now)) - Number(isComplete(was)),
        inProgress:
          counts.inProgress + Number(now === 'in-progress') - Number(was === 'in-progress'),
      };
      changed.add(`l${curriculum.levels[slot.level]?.id}`);
      touched.add(slot);
      for (const dependent of slot.dependents) touched.add(dependent);
    };
    // Only the entries that differ: a change of one topic is one entry, whatever the roadmap.
    for (const id in before) if (before[id] !== topics[id]) look(id);
    for (const id in topics) if (!Object.hasOwn(before, id)) look(id);
    for (const slot of touched) {
      regroup(slot);
      const id = slot.topic.id;
      const key = keys.get(id);
      if (key === undefined) continue;
      const next = keyOf(slot);
      if (next !== key) {
        keys.set(id, next);
        changed.add(`t${id}`);
      }
    }
    if (touched.size > 0) {
      const next = findCurrent();
      if (next !== current) {
        current = next;
        changed.add('c');
      }
    }
    return changed;
  }

  function onSourceChange() {
    const changed = sync();
    if (!changed) return;
    for (const channel of changed) {
      const set = listeners.get(channel);
      if (set) for (const listener of [...set]) listener();
    }
  }

  let unsubscribeSource: (() => void) | undefined;
  let listening = 0;
  function subscribe(channel: string, listener: () => void): () => void {
    if (listening++ === 0) {
      sync();
      unsubscribeSource = source.subscribe(onSourceChange);
    }
    let set = listeners.get(channel);
    if (!set) {
      set = new Set();
      listeners.set(channel, set);
    }
    set.add(listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      set.delete(listener);
      if (set.size === 0) listeners.delete(channel);
      if (--listening === 0) {
        unsubscribeSource?.();
        unsubscribeSource = undefined;
      }
    };
  }

  function topicKey(topicId: string): string {
    sync();
    let key = keys.get(topicId);
    if (key === undefined) {
      key = keyOf(slots.get(topicId));
      keys.set(topicId, key);
    }
    return key;
  }

  return {
    topicKey,
    level(levelId) {
      sync();
      return levels[curriculum.levels.findIndex((level) => level.id === levelId)];
    },
    currentLevel() {
      sync();
      return current;
    },
    subscribeTopic(topicId, listener) {
      const leave = subscribe(`t${topicId}`, listener);
      topicKey(topicId); // kept up to date from now on
      return leave;
    },
    subscribeLevel: (levelId, listener) => subscribe(`l${levelId}`, listener),
    subscribeCurrent: (listener) => subscribe('c', listener),
  };
}
