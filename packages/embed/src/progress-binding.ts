/**
 * Progress for each element: a localStorage store per (curriculum, progress-key), shared by every
 * element on the page that uses the same pair so they stay in sync, and wrapped per element so
 * only the element the reader used reports `trailmark:progress`.
 */
import {
  type Curriculum,
  type Progress,
  statusOf,
  summarize,
  type TopicStatus,
} from '@trailmark/curriculum';
import { createLocalStorageStore, type ProgressStore } from '@trailmark/react';
import type { ProgressEventDetail } from './events';

/** One element's use of a shared store. */
export interface ProgressBinding {
  /** The store to give the timeline; its `set` reports each changed topic. */
  store: ProgressStore;
  /** Stops using the shared store; the last user drops it. */
  release(): void;
}

interface SharedStore {
  store: ProgressStore;
  users: number;
}

const sharedStores = new Map<string, SharedStore>();

/** Topic ids whose status differs between two progress snapshots. */
function changedTopics(before: Progress, after: Progress): string[] {
  const ids = new Set([...Object.keys(before.topics), ...Object.keys(after.topics)]);
  return [...ids].filter((id) => statusOf(before, id) !== statusOf(after, id));
}

/**
 * Connects an element to the progress of `curriculum`.
 * @param progressKey the `progress-key` attribute; `null` uses the store's default key for the
 *   curriculum id, so two elements showing the same roadmap share progress by default.
 * @param onChange called once per topic whose status this element changed.
 */
export function bindProgress(
  curriculum: Curriculum,
  progressKey: string | null,
  onChange: (detail: ProgressEventDetail) => void,
): ProgressBinding {
  const id = `${curriculum.id}\u0000${progressKey ?? ''}`;
  let shared = sharedStores.get(id);
  if (!shared) {
    shared = {
      store: createLocalStorageStore({
        curriculumId: curriculum.id,
        ...(progressKey === null ? {} : { key: progressKey }),
      }),
      users: 0,
    };
    sharedStores.set(id, shared);
  }
  shared.users += 1;
  const { store } = shared;
  let released = false;

  const reporting: ProgressStore = {
    get: () => store.get(),
    subscribe: (listener) => store.subscribe(listener),
    set(next) {
      const before = store.get();
      store.set(next);
      const after = store.get();
      const changed = changedTopics(before, after);
      if (changed.length === 0) return;
      const summary = summarize(curriculum, after);
      for (const topicId of changed) {
        const status: TopicStatus = statusOf(after, topicId);
        onChange({ topicId, status, summary });
      }
    },
    ...(store.getWarnings ? { getWarnings: store.getWarnings.bind(store) } : {}),
  };

  return {
    store: reporting,
    release() {
      if (released || !shared) return;
      released = true;
      shared.users -= 1;
      if (shared.users === 0) sharedStores.delete(id);
    },
  };
}
