import { useCallback, useSyncExternalStore } from 'react';
import { readStored, writeStored } from './storage';

const listeners = new Map<string, Set<() => void>>();

function subscribeTo(key: string, listener: () => void): () => void {
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set);
  set.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    set.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * A value kept in localStorage under `key`, shared by every component using the same key and
 * synced across tabs. Server rendering and hydration see `fallback` (the HTML cannot know what this
 * browser stored); the stored value follows right after hydration, so nothing mismatches.
 *
 * @param decode turns the stored text back into a value; `undefined` means unusable (the fallback
 *   is used). It must return equal primitives for equal text, as React compares snapshots with `Object.is`.
 * @example const [hours, setHours] = useStoredState('hours', 10, (text) => Number(text) || undefined, String);
 */
export function useStoredState<T>(
  key: string,
  fallback: T,
  decode: (stored: string) => T | undefined,
  encode: (value: T) => string,
): [T, (value: T) => void] {
  const subscribe = useCallback((listener: () => void) => subscribeTo(key, listener), [key]);
  const value = useSyncExternalStore(
    subscribe,
    () => {
      const stored = readStored(key);
      return stored === null ? fallback : (decode(stored) ?? fallback);
    },
    () => fallback,
  );
  const setValue = useCallback(
    (next: T) => {
      writeStored(key, encode(next));
      for (const listener of listeners.get(key) ?? []) listener();
    },
    [key, encode],
  );
  return [value, setValue];
}
