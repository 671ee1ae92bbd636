/**
 * The demo's own keys in localStorage. `vite/early-address.js` (inline, first in the head) reads the theme key before the first paint
 * and `vite/early-address.js` the locale key before anything loads, so a change here must be made
 * there too (the e2e tests cover both).
 */
export const STORAGE_KEYS = {
  theme: 'trailmark-demo:theme',
  locale: 'trailmark-demo:locale',
  playground: 'trailmark-demo:playground',
  hoursPerWeek: 'trailmark-demo:hours-per-week',
  /**
   * The roadmap's open levels as ids separated by spaces, from before the progress store kept
   * them: moved into the store once (`migrateOpenLevels`), then removed.
   */
  legacyOpenLevels: 'trailmark-demo:open-levels',
  /** How the roadmap and level pages are shown: `timeline` or `map` (`vite/early-address.js` reads it too). */
  view: 'trailmark-demo:view',
} as const;

/**
 * Reads a key; `null` when absent or when storage is unavailable (private mode, disabled cookies,
 * sandboxed iframes all throw on access).
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a key; a full or unavailable storage only means the value is not remembered. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembering a preference is acceptable; failing the interaction is not.
  }
}

/** Removes a key; unavailable storage has nothing to remove. */
export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored can be read either.
  }
}
