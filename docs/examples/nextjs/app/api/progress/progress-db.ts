import { createProgress, type Progress } from '@trailmark/curriculum';

// Stands in for your database: one learner's progress in the server's memory. On globalThis,
// because Next.js bundles the route handler and the page separately (each has its own modules).
const db = globalThis as typeof globalThis & { learnerProgress?: Progress };

/** The learner's saved progress. */
export async function loadProgress(): Promise<Progress> {
  return db.learnerProgress ?? createProgress('llm-engineer');
}

/** Saves the learner's progress. */
export async function saveProgress(progress: Progress): Promise<void> {
  db.learnerProgress = progress;
}
