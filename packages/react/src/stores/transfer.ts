import {
  type Curriculum,
  mergeProgress,
  type Progress,
  type ProgressIssue,
  parseProgress,
  progressIssue,
} from '@trailmark/curriculum';
import type { ProgressStore } from './ProgressStore';

/** Options of {@link importProgress}. */
export interface ImportProgressOptions {
  /**
   * The curriculum the store's progress is for. Given, only entries for its topics are imported;
   * each other entry is left out with an `unknown_topic` issue. It must be the store's curriculum:
   * the store refuses progress of another one (and says so in its warnings).
   * @default only the store's curriculum id is checked, and every well-formed entry is imported
   */
  curriculum?: Curriculum;
}

/** What {@link importProgress} did. */
export interface ImportProgressResult {
  /** The store's progress after the merge. */
  progress: Progress;
  /**
   * Why the file, or parts of it, were not used, as `parseProgress` reports them (code, path,
   * message, params); `unreadable_progress` with a `reason` when the file itself could not be
   * read. When one concerns the whole file (`isWholeInputIssue`), nothing was imported.
   */
  issues: ProgressIssue[];
  /** How many topic entries the file contributed (before merging: a newer change may win). */
  topics: number;
}

/**
 * The store's progress as JSON text, for saving to a file.
 * @example const json = exportProgress(store);
 */
export function exportProgress(store: ProgressStore): string {
  return `${JSON.stringify(store.get(), null, 2)}\n`;
}

/** The file name {@link downloadProgress} uses: `<curriculumId>-progress.json`. */
export function progressFileName(curriculumId: string): string {
  return `${curriculumId}-progress.json`;
}

/**
 * Offers the progress as a JSON file download (`<curriculumId>-progress.json`) through a Blob URL.
 * Browser only: does nothing where there is no `document`.
 */
export function downloadProgress(store: ProgressStore, fileName?: string): void {
  if (typeof document === 'undefined') return;
  const url = URL.createObjectURL(new Blob([exportProgress(store)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? progressFileName(store.get().curriculumId);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Merges progress from JSON text or a `File`/`Blob` into the store: per topic the newest
 * `updatedAt` wins, so importing an older file never undoes newer work. Given the curriculum,
 * only its topics are imported. Never throws: anything unusable is left out and reported in
 * `issues`, each with a code, a path and `params`, to show in the reader's words.
 *
 * @example
 * const { issues, topics } = await importProgress(store, input.files[0], { curriculum });
 */
export async function importProgress(
  store: ProgressStore,
  input: string | Blob,
  options: ImportProgressOptions = {},
): Promise<ImportProgressResult> {
  let text: string;
  try {
    text = typeof input === 'string' ? input : await input.text();
  } catch (error) {
    // `NotReadableError: …` for a file removed since it was chosen.
    const reason = String(error);
    return {
      progress: store.get(),
      issues: [progressIssue([], 'unreadable_progress', { reason })],
      topics: 0,
    };
  }
  const current = store.get();
  const incoming = parseProgress(text, options.curriculum ?? current.curriculumId);
  store.set(mergeProgress(current, incoming.progress));
  return {
    progress: store.get(),
    issues: incoming.issues,
    topics: Object.keys(incoming.progress.topics).length,
  };
}
