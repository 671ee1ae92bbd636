/**
 * The roadmap the site is about, and where this browser keeps the learner's progress through it.
 * One store for the whole site, so the roadmap page, the level pages and other tabs agree.
 */
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { createLocalStorageStore } from '@trailmark/react';
import { readStored, removeStored, STORAGE_KEYS } from '../preferences/storage';

/** The built-in LLM engineer roadmap. */
export const roadmap = llmEngineer;

/** Progress through {@link roadmap}, in localStorage (safe to create during server rendering). */
export const progressStore = createLocalStorageStore({ curriculumId: roadmap.id });

/**
 * Moves the open levels the site kept under its own key into {@link progressStore} (where the
 * timeline keeps them now), unless the store has some already; then removes the old key, so it
 * happens once. In the browser, before the first render.
 */
export function migrateOpenLevels(): void {
  const old = readStored(STORAGE_KEYS.legacyOpenLevels);
  if (old === null) return;
  if (progressStore.getOpenLevels() === undefined) {
    progressStore.setOpenLevels(old.split(' ').filter(Boolean));
  }
  removeStored(STORAGE_KEYS.legacyOpenLevels);
}
