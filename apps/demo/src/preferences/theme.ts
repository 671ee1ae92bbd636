import { useSyncExternalStore } from 'react';
import { readStored, STORAGE_KEYS, writeStored } from './storage';

/** The visitor's theme choice; `system` follows `prefers-color-scheme`. */
export type ThemePreference = 'light' | 'dark' | 'system';

/** Choices in the order the theme switch lists them. */
export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

const listeners = new Set<() => void>();

function isThemePreference(value: unknown): value is ThemePreference {
  return THEME_PREFERENCES.includes(value as ThemePreference);
}

/** The stored preference, `system` when none (or storage is unavailable). */
export function readThemePreference(): ThemePreference {
  const stored = readStored(STORAGE_KEYS.theme);
  return isThemePreference(stored) ? stored : 'system';
}

/**
 * The value of `data-tm-theme` on `<html>` for a preference: tokens.css styles `light` and `dark`
 * explicitly and lets `auto` follow the operating system. `vite/early-address.js` applies the same
 * mapping before first paint.
 */
export function themeAttribute(preference: ThemePreference): 'light' | 'dark' | 'auto' {
  return preference === 'system' ? 'auto' : preference;
}

/** Stores and applies a preference; every `useThemePreference` re-renders. */
export function setThemePreference(preference: ThemePreference): void {
  writeStored(STORAGE_KEYS.theme, preference);
  document.documentElement.dataset.tmTheme = themeAttribute(preference);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the theme changes it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEYS.theme) return;
    document.documentElement.dataset.tmTheme = themeAttribute(readThemePreference());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The current preference. Server rendering and hydration see `system` (the HTML cannot know the
 * visitor's choice); the stored value follows right after hydration, so nothing mismatches. The
 * page's colours are right from the first paint anyway: the early inline script set `data-tm-theme`.
 */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, readThemePreference, () => 'system');
}
