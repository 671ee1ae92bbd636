import { type Progress, parseProgress } from '@trailmark/curriculum';
import type { ProgressStore, ProgressStoreOptions } from './ProgressStore';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions extends ProgressStoreOptions {
  /**
   * Starting progress. It is checked with `parseProgress`: progress of another curriculum, or
   * broken entries, are left out and reported by `getWarnings()`.
   * @default no progress
   */
  initial?: Progress;
  /**
   * The levels open at first (see {@link ProgressStore.getOpenLevels}).
   * @default none saved: a timeline opens its default levels
   */
  initialOpenLevels?: readonly string[];
}

/**
 * A store that keeps progress in memory only: the default of every component, and the one to use
 * in tests, stories and on the server.
 *
 * @example
 * const store = createMemoryStore({ curriculumId: 'llm-engineer' });
 * <RoadmapTimeline curriculum={llmEngineer} store={store} />
 */
export function createMemoryStore(options: MemoryStoreOptions): ProgressStore {
  const { curriculumId, initial } = options;
  let openLevels = options.initialOpenLevels;
  // No initial progress reads as nothing saved: empty, without an issue.
  const start = parseProgress(initial, curriculumId);
  let progress = start.progress;
  let warnings: readonly string[] = start.issues.map((issue) => `${issue.path}: ${issue.message}`);
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  return {
    get: () => progress,
    set(next) {
      if (next === progress) return;
      if (next.curriculumId !== curriculumId) {
        warnings = [
          ...warnings,
          `Ignored progress of "${next.curriculumId}" in the store of "${curriculumId}".`,
        ];
      } else {
        progress = next;
      }
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getWarnings: () => warnings,
    getOpenLevels: () => openLevels,
    setOpenLevels(levelIds) {
      openLevels = [...levelIds];
      emit();
    },
  };
}
