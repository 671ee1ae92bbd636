import { mergeProgress, type Progress, parseProgress } from '@trailmark/curriculum';
import type { ProgressStore } from './ProgressStore';

/** What {@link importProgress} did. */
export interface ImportProgressResult {
  /** The store's progress after the merge. */
  progress: Progress;
  /** Why parts of the file were not used (not JSON, another curriculum, broken entries). */
  warnings: string[];
  /** How many topic entries the file contributed before merging. */
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
 * `updatedAt` wins, so importing an older file never undoes newer work. Never throws; anything
 * unusable is skipped and reported in `warnings`.
 *
 * @example
 * const { warnings } = await importProgress(store, input.files[0]);
 */
export async function importProgress(
  store: ProgressStore,
  input: string | Blob,
): Promise<ImportProgressResult> {
  let text: string;
  try {
    text = typeof input === 'string' ? input : await input.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      progress: store.get(),
      warnings: [`The file could not be read: ${reason}.`],
      topics: 0,
    };
  }
  const current = store.get();
  const incoming = parseProgress(text, current.curriculumId);
  const merged = mergeProgress(current, incoming.progress);
  store.set(merged);
  return {
    progress: store.get(),
    warnings: incoming.warnings,
    topics: Object.keys(incoming.progress.topics).length,
  };
}
