import { createProgress, type Progress, parseProgress } from '@trailmark/curriculum';
import type { ProgressStore, ProgressStoreOptions } from './ProgressStore';

/** The part of the Web Storage API the store uses; `localStorage` and `sessionStorage` fit. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Options of {@link createLocalStorageStore}. */
export interface LocalStorageStoreOptions extends ProgressStoreOptions {
  /**
   * The storage key.
   * @default `trailmark:progress:<curriculumId>`
   */
  key?: string;
  /**
   * Where to keep the progress.
   * @default window.localStorage when it exists and can be used; otherwise progress stays in memory
   */
  storage?: StorageLike;
}

/** A {@link ProgressStore} backed by Web Storage. */
export interface LocalStorageProgressStore extends ProgressStore {
  /** The storage key the progress is saved under. */
  readonly key: string;
  getWarnings(): readonly string[];
}

/** Backups kept per key before the store stops overwriting (and says so). */
const MAX_BACKUPS = 20;

function defaultStorage(): StorageLike | undefined {
  try {
    // Reading `localStorage` throws in sandboxed frames and with storage disabled.
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A progress store saved in `localStorage` (or any Web Storage), one key per curriculum, in the
 * versioned `Progress` format (`schemaVersion` inside).
 *
 * - Safe to create on the server: nothing touches `window` until it is read, written or subscribed.
 * - Corrupt or foreign data (not JSON, another curriculum, an unknown version, broken entries) is
 *   read with `parseProgress`, which keeps what is valid. The unreadable original is never lost:
 *   before the first write replaces it, it is copied to `<key>:backup` (or `<key>:backup:2`, … when
 *   that holds something else). `getWarnings()` says what happened.
 * - Other tabs' changes arrive through the `storage` event while anything is subscribed.
 *
 * @example
 * const store = createLocalStorageStore({ curriculumId: 'llm-engineer' });
 * <RoadmapTimeline curriculum={llmEngineer} store={store} />
 */
export function createLocalStorageStore(
  options: LocalStorageStoreOptions,
): LocalStorageProgressStore {
  const { curriculumId } = options;
  const key = options.key ?? `trailmark:progress:${curriculumId}`;
  const listeners = new Set<() => void>();
  let progress: Progress | undefined;
  /** The text last read from or written to storage, to notice changes made elsewhere. */
  let lastRaw: string | null = null;
  /** Stored text that did not read cleanly and has not been backed up yet. */
  let unreadable: string | null = null;
  let warnings: readonly string[] = [];

  const storage = (): StorageLike | undefined => options.storage ?? defaultStorage();
  const warn = (message: string) => {
    warnings = [...warnings, message];
  };
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  function read(): Progress {
    const target = storage();
    let raw: string | null = null;
    try {
      raw = target ? target.getItem(key) : null;
    } catch (error) {
      warn(`Could not read "${key}": ${error}`);
    }
    lastRaw = raw;
    if (raw === null) {
      unreadable = null;
      return createProgress(curriculumId);
    }
    const result = parseProgress(raw, curriculumId);
    if (result.issues.length > 0) {
      // The same unreadable text read again (another tab, a re-subscription) is reported once.
      if (raw !== unreadable) {
        warnings = [
          ...warnings,
          ...result.issues.map((issue) => `"${key}" ${issue.path}: ${issue.message}`),
        ];
      }
      unreadable = raw;
    } else {
      unreadable = null;
    }
    return result.progress;
  }

  /** Copies the unreadable text to a free backup key; returns that key. */
  function backUp(target: StorageLike, raw: string): string {
    for (let n = 1; n <= MAX_BACKUPS; n++) {
      const backupKey = n === 1 ? `${key}:backup` : `${key}:backup:${n}`;
      const existing = target.getItem(backupKey);
      if (existing === raw) return backupKey;
      if (existing === null) {
        target.setItem(backupKey, raw);
        return backupKey;
      }
    }
    throw new Error(`no free backup key up to "${key}:backup:${MAX_BACKUPS}"`);
  }

  function write(next: Progress): void {
    const target = storage();
    if (!target) return;
    try {
      if (unreadable !== null) {
        const backupKey = backUp(target, unreadable);
        unreadable = null;
        warn(`The unreadable progress of "${key}" was kept in "${backupKey}".`);
      }
      const text = JSON.stringify(next);
      target.setItem(key, text);
      lastRaw = text;
    } catch (error) {
      // Without a backup the old value is not overwritten; the new progress stays in memory.
      warn(`Could not save "${key}": ${error}`);
    }
  }

  function reloadIfChanged(): void {
    const target = storage();
    let raw: string | null = null;
    try {
      raw = target ? target.getItem(key) : null;
    } catch {
      return;
    }
    if (progress !== undefined && raw === lastRaw) return;
    progress = read();
    emit();
  }

  function onStorage(event: StorageEvent): void {
    // `key === null` means the whole storage was cleared.
    if (event.key !== null && event.key !== key) return;
    const target = storage();
    if (event.storageArea && target && event.storageArea !== target) return;
    reloadIfChanged();
  }

  return {
    key,
    get() {
      if (progress === undefined) progress = read();
      return progress;
    },
    set(next) {
      if (next === progress) return;
      if (next.curriculumId !== curriculumId) {
        warn(`Ignored progress of "${next.curriculumId}" in the store of "${curriculumId}".`);
      } else {
        if (progress === undefined) progress = read();
        progress = next;
        write(next);
      }
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') {
        window.addEventListener('storage', onStorage);
        // Another tab may have written while nobody listened.
        if (progress !== undefined) reloadIfChanged();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') {
          window.removeEventListener('storage', onStorage);
        }
      };
    },
    getWarnings: () => warnings,
  };
}
