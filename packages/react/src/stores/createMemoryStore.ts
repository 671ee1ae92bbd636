import { createProgress, type Progress, parseProgress } from '@trailmark/curriculum';
import type { ProgressStore } from './ProgressStore';

/**
 * A store that keeps progress in memory only: the default of every component, and the one to use
 * in tests, stories and on the server.
 *
 * @param curriculumId The id of the curriculum the progress belongs to.
 * @param initial Starting progress. It is checked with `parseProgress`: progress of another
 *   curriculum, or broken entries, are dropped and reported by `getWarnings()`.
 * @example
 * const store = createMemoryStore('llm-engineer');
 * <RoadmapTimeline curriculum={llmEngineer} store={store} />
 */
export function createMemoryStore(curriculumId: string, initial?: Progress): ProgressStore {
  const start =
    initial === undefined
      ? { progress: createProgress(curriculumId), warnings: [] }
      : parseProgress(initial, curriculumId);
  let progress = start.progress;
  let warnings: readonly string[] = start.warnings;
  const listeners = new Set<() => void>();

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
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getWarnings: () => warnings,
  };
}
