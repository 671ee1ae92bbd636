import type { Progress } from '@trailmark/curriculum';

/**
 * Where a learner's progress lives. The components read and write progress only through this
 * interface, so an app can keep it anywhere (memory, `localStorage`, a server) by implementing it.
 *
 * Contract: `get()` returns the same object until the progress changes (it is used as a React
 * external-store snapshot), `set()` replaces the progress and notifies every listener, and
 * `subscribe()` returns a function that removes the listener.
 */
export interface ProgressStore {
  /** The current progress. Must return the same object while nothing changed. */
  get(): Progress;
  /** Replaces the progress (for the store's curriculum) and notifies listeners. */
  set(progress: Progress): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * Problems met while reading or saving (corrupt data recovered, a backup kept, a failed save).
   * Same array until the warnings change. Optional for custom stores.
   */
  getWarnings?(): readonly string[];
  /**
   * The ids of the levels the learner has open, as last saved; `undefined` when none were saved.
   * Same array until they change. Optional for custom stores: without it, open levels are not kept.
   */
  getOpenLevels?(): readonly string[] | undefined;
  /** Saves the ids of the levels the learner has open and notifies listeners. */
  setOpenLevels?(levelIds: readonly string[]): void;
}

/** The options every progress store of this package takes, in one object. */
export interface ProgressStoreOptions {
  /** The id of the curriculum the progress belongs to; progress of another one is refused. */
  curriculumId: string;
}
