/**
 * Progress for each element: a localStorage store per (curriculum, progress-key), shared by every
 * element on the page that uses the same pair so they stay in sync. Each element reports
 * `trailmark:progress` from its own timeline's `onStatusChange`, so only the element the reader
 * used announces a change (the others only redraw).
 */
import { type Curriculum, summarize, type TopicStatus } from '@trailmark/curriculum';
import { createLocalStorageStore, type ProgressStore } from '@trailmark/react';
import type { ProgressEventDetail } from './events';

/** One element's use of a shared store. */
export interface ProgressBinding {
  /** The store to give the timeline. */
  store: ProgressStore;
  /** The timeline's `onStatusChange`: reports the change with the summary after it. */
  onStatusChange(topicId: string, status: TopicStatus): void;
  /** Stops using the shared store; the last user drops it. */
  release(): void;
}

interface SharedStore {
  store: ProgressStore;
  users: number;
}

const sharedStores = new Map<string, SharedStore>();

/**
 * Connects an element to the progress of `curriculum`.
 * @param progressKey the `progress-key` attribute; `null` uses the store's default key for the
 *   curriculum id, so two elements showing the same roadmap share progress by default.
 * @param onChange called once per topic whose status the reader changed in this element.
 */
export function bindProgress(
  curriculum: Curriculum,
  progressKey: string | null,
  onChange: (detail: ProgressEventDetail) => void,
): ProgressBinding {
  const id = `${curriculum.id}\u0000${progressKey ?? ''}`;
  const shared = sharedStores.get(id) ?? {
    store: createLocalStorageStore({
      curriculumId: curriculum.id,
      ...(progressKey === null ? {} : { key: progressKey }),
    }),
    users: 0,
  };
  sharedStores.set(id, shared);
  shared.users += 1;
  const { store } = shared;
  let released = false;

  return {
    store,
    onStatusChange(topicId, status) {
      onChange({ topicId, status, summary: summarize(curriculum, store.get()) });
    },
    release() {
      if (released) return;
      released = true;
      shared.users -= 1;
      if (shared.users === 0) sharedStores.delete(id);
    },
  };
}
