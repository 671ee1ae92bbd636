/**
 * The roadmap the site is about, and where this browser keeps the learner's progress through it.
 * One store for the whole site, so the roadmap page, the level pages and other tabs agree.
 */
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { createLocalStorageStore } from '@trailmark/react';

/** The built-in LLM engineer roadmap. */
export const roadmap = llmEngineer;

/** Progress through {@link roadmap}, in localStorage (safe to create during server rendering). */
export const progressStore = createLocalStorageStore({ curriculumId: roadmap.id });
