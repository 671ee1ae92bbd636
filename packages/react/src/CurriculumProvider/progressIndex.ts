import {
  type Curriculum,
  isComplete,
  type Progress,
  type Topic,
  type TopicEntry,
  type TopicStatus,
  topologicalOrder,
} from '@trailmark/curriculum';
import { whenIdle } from '../idle';

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

// The groups `nextTopics` takes its first topic from, after those in progress.
const NONE = 0;
const REQUIRED = 1;
const OPTIONAL = 2;
// Study positions are grouped in blocks, each counted per group once first looked at: the first
// topic of a group is found without a scan of the whole roadmap, and a first render looks only as
// far as the learner's next topic.
const BLOCK = 64;

const empty: Readonly<Record<string, { status: TopicStatus }>> = {};

/**
 * Builds the index of `curriculum` over `source`; `topics` is `indexTopics(curriculum)`. It follows
 * the source while anything listens, and reads it again whenever asked, so it is never stale.
 */
export function createProgressIndex(
  curriculum: Curriculum,
  topics: ReadonlyMap<string, TopicEntry>,
  source: ProgressSource,
): ProgressIndex {
  let entries = empty;
  let seen: Progress | undefined;
  const status = (id: string): TopicStatus =>
    (Object.hasOwn(entries, id) && entries[id]?.status) || 'not-started';
  const unlocked = (topic: Topic) => topic.prerequisites.every((id) => isComplete(status(id)));
  // The topic's key, reading progress of another curriculum as none.
  const keyOf = (topic: Topic | undefined) => {
    if (!topic) return '';
    const own = status(topic.id);
    if (isComplete(own)) return own;
    let key: string = own;
    for (const id of topic.prerequisites) if (!isComplete(status(id))) key += ` ${id}`;
    return key;
  };

  // Study order (topics on a cycle of unparsed input are left out, as nextTopics leaves them).
  const order = topologicalOrder(curriculum);
  let positions: Map<string, number> | undefined;
  const positionOf = (id: string) => {
    positions ??= new Map(order.map((topicId, position) => [topicId, position]));
    return positions.get(id) ?? -1;
  };
  const blockCount = Math.ceil(order.length / BLOCK);
  const group = new Uint8Array(order.length);
  const counted = new Uint8Array(blockCount);
  const counts = new Int32Array(2 * blockCount);
  const groupOf = (entry: TopicEntry | undefined) =>
    !entry || status(entry.topic.id) !== 'not-started' || !unlocked(entry.topic)
      ? NONE
      : entry.topic.optional || entry.level.optional
        ? OPTIONAL
        : REQUIRED;
  const setGroup = (position: number, next: number) => {
    const before = group[position] as number;
    const block = Math.floor(position / BLOCK);
    const add = (which: number, by: number) => {
      const at = (which - 1) * blockCount + block;
      counts[at] = (counts[at] as number) + by;
    };
    if (before !== NONE) add(before, -1);
    if (next !== NONE) add(next, 1);
    group[position] = next;
  };
  function countBlock(block: number) {
    counted[block] = 1;
    const end = Math.min(order.length, (block + 1) * BLOCK);
    for (let position = block * BLOCK; position < end; position++) {
      setGroup(position, groupOf(topics.get(order[position] as string)));
    }
  }
  function firstOf(wanted: number): number {
    for (let block = 0; block < blockCount; block++) {
      if (!counted[block]) countBlock(block);
      if (counts[(wanted - 1) * blockCount + block] === 0) continue;
      const end = Math.min(order.length, (block + 1) * BLOCK);
      for (let position = block * BLOCK; position < end; position++) {
        if (group[position] === wanted) return position;
      }
    }
    return -1;
  }
  // Topics in progress come first in nextTopics, wherever they are.
  const inProgress = new Set<string>();
  function findCurrent(): string {
    let first = -1;
    for (const id of inProgress) {
      const position = positionOf(id);
      if (position >= 0 && (first < 0 || position < first)) first = position;
    }
    if (first < 0) first = firstOf(REQUIRED);
    if (first < 0) first = firstOf(OPTIONAL);
    const entry = first < 0 ? undefined : topics.get(order[first] as string);
    return (entry?.level ?? curriculum.levels.at(-1))?.id ?? '';
  }
  // Topics listing each topic as a prerequisite: worked out at the first change.
  let dependents: Map<string, TopicEntry[]> | undefined;
  function dependentsOf(id: string): TopicEntry[] {
    if (!dependents) {
      dependents = new Map();
      for (const entry of topics.values()) {
        for (const prerequisite of new Set(entry.topic.prerequisites)) {
          const list = dependents.get(prerequisite);
          if (list) list.push(entry);
          else dependents.set(prerequisite, [entry]);
        }
      }
    }
    return dependents.get(id) ?? [];
  }

  const levels = curriculum.levels.map((level) => ({
    total: level.modules.reduce((sum, module) => sum + module.topics.length, 0),
    complete: 0,
    inProgress: 0,
  }));
  let current: string | undefined;
  // Keys are worked out when first asked for; only those are kept up to date.
  const keys = new Map<string, string>();
  const listeners = new Map<string, Set<() => void>>();

  function sync(): Set<string> | undefined {
    const progress = source.get();
    if (progress === seen) return undefined;
    seen = progress;
    const before = entries;
    entries = progress.curriculumId === curriculum.id ? progress.topics : empty;
    if (entries === before) return undefined;
    const changed = new Set<string>();
    const touched = new Set<TopicEntry>();
    const look = (id: string) => {
      const entry = topics.get(id);
      const was = (Object.hasOwn(before, id) && before[id]?.status) || 'not-started';
      const now = status(id);
      if (!entry || was === now) return;
      const level = levels[entry.levelIndex] as LevelCounts;
      levels[entry.levelIndex] = {
        total: level.total,
        complete: level.complete + Number(isComplete(now)) - Number(isComplete(was)),
        inProgress:
          level.inProgress + Number(now === 'in-progress') - Number(was === 'in-progress'),
      };
      if (now === 'in-progress') inProgress.add(id);
      else inProgress.delete(id);
      changed.add(`l${entry.level.id}`);
      touched.add(entry);
      for (const dependent of dependentsOf(id)) touched.add(dependent);
    };
    // Only the entries that differ: a change of one topic is one entry, whatever the roadmap.
    for (const id in before) if (before[id] !== entries[id]) look(id);
    for (const id in entries) if (!Object.hasOwn(before, id)) look(id);
    for (const entry of touched) {
      const id = entry.topic.id;
      const position = positionOf(id);
      if (position >= 0 && counted[Math.floor(position / BLOCK)]) {
        setGroup(position, groupOf(entry));
      }
      const key = keys.get(id);
      if (key === undefined) continue;
      const next = keyOf(entry.topic);
      if (next !== key) {
        keys.set(id, next);
        changed.add(`t${id}`);
      }
    }
    if (touched.size > 0 && current !== undefined) {
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
      // What a change needs, worked out while the page is idle rather than at the first change.
      if (!dependents) {
        whenIdle(() => {
          dependentsOf('');
          positionOf('');
        });
      }
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
      key = keyOf(topics.get(topicId)?.topic);
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
      current ??= findCurrent();
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
