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
  /** The storage key the progress is saved under; the open levels are under `<key>:open-levels`. */
  readonly key: string;
  getWarnings(): readonly string[];
  /** The open levels saved under `<key>:open-levels`; `undefined` when none were saved. */
  getOpenLevels(): readonly string[] | undefined;
  /** Saves the open levels under `<key>:open-levels` (backing unreadable text up first). */
  setOpenLevels(levelIds: readonly string[]): void;
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

  /** The text stored at `at`; `null` when there is none or storage cannot be read. */
  function load(at: string, quiet?: boolean): string | null {
    try {
      return storage()?.getItem(at) ?? null;
    } catch (error) {
      if (!quiet) warn(`Could not read "${at}": ${error}`);
      return null;
    }
  }

  function read(): Progress {
    const raw = load(key);
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

  /** Copies the unreadable text of `at` to a free backup key; returns that key. */
  function backUp(target: StorageLike, at: string, raw: string): string {
    for (let n = 1; n <= MAX_BACKUPS; n++) {
      const backupKey = n === 1 ? `${at}:backup` : `${at}:backup:${n}`;
      const existing = target.getItem(backupKey);
      if (existing === raw) return backupKey;
      if (existing === null) {
        target.setItem(backupKey, raw);
        return backupKey;
      }
    }
    throw new Error(`no free backup key up to "${at}:backup:${MAX_BACKUPS}"`);
  }

  /**
   * Saves `text` at `at`, first copying `unread` (what is stored there and did not read cleanly)
   * to a backup. Returns whether the text is saved and whether `unread` is safe (backed up, or
   * none). Without a backup the old value is not overwritten; the new value stays in memory.
   */
  function save(at: string, text: string, unread: string | null): [saved: boolean, safe: boolean] {
    const target = storage();
    let safe = unread === null;
    if (!target) return [false, safe];
    try {
      if (unread !== null) {
        const backupKey = backUp(target, at, unread);
        safe = true;
        warn(`The unreadable value of "${at}" was kept in "${backupKey}".`);
      }
      target.setItem(at, text);
      return [true, safe];
    } catch (error) {
      warn(`Could not save "${at}": ${error}`);
      return [false, safe];
    }
  }

  function write(next: Progress): void {
    const text = JSON.stringify(next);
    const [saved, safe] = save(key, text, unreadable);
    if (safe) unreadable = null;
    if (saved) lastRaw = text;
  }

  // The open levels: a JSON array of level ids beside the progress, read the same careful way.
  const openKey = `${key}:open-levels`;
  let openLevels: readonly string[] | undefined;
  /** The text last read from or written to `openKey`; `undefined` before the first read. */
  let openRaw: string | null | undefined;
  let openUnreadable: string | null = null;

  function readOpen(): void {
    const raw = load(openKey);
    let value: unknown;
    try {
      value = raw === null ? undefined : JSON.parse(raw);
    } catch {}
    const list = Array.isArray(value) ? (value as unknown[]) : undefined;
    const ids = list?.filter((id): id is string => typeof id === 'string');
    openRaw = raw;
    openLevels = ids;
    // Not a list of ids (or partly not): what is usable is used, the text is backed up on write.
    openUnreadable = raw !== null && ids?.length !== (list?.length ?? -1) ? raw : null;
    if (openUnreadable !== null)
      warn(`"${openKey}" is not a list of level ids; the rest was left out`);
  }

  function reloadIfChanged(): void {
    let changed = false;
    const raw = load(key, true);
    if (progress === undefined || raw !== lastRaw) {
      progress = read();
      changed = true;
    }
    if (openRaw !== undefined && load(openKey, true) !== openRaw) {
      readOpen();
      changed = true;
    }
    if (changed) emit();
  }

  function onStorage(event: StorageEvent): void {
    // `key === null` means the whole storage was cleared.
    if (event.key !== null && event.key !== key && event.key !== openKey) return;
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
    getOpenLevels() {
      if (openRaw === undefined) readOpen();
      return openLevels;
    },
    setOpenLevels(levelIds) {
      if (openRaw === undefined) readOpen();
      const text = JSON.stringify(levelIds);
      if (openLevels && text === JSON.stringify(openLevels)) return;
      openLevels = [...levelIds];
      const [saved, safe] = save(openKey, text, openUnreadable);
      if (safe) openUnreadable = null;
      if (saved) openRaw = text;
      emit();
    },
  };
}
