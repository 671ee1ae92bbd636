/**
 * What the element and its errors script agree on. `trailmark-embed-errors.js` holds what only a
 * document that fails needs: the JSON reader that says where text stops being JSON, and the words
 * of every issue in every built-in language. It is loaded from beside the embed script the first
 * time a document fails, so a page showing a valid roadmap never downloads it.
 */
import type { describeIssue } from '@trailmark/curriculum/locale';
import type { readJson } from '@trailmark/curriculum/source';

/** The errors script's file name; it is looked for beside the embed script. */
export const ERRORS_FILE = 'trailmark-embed-errors.js';

/** The errors script's exports: plain functions of `@trailmark/curriculum`, no renderer. */
export interface ErrorsModule {
  /** `readJson` of `@trailmark/curriculum/source`: the value, or the first syntax issue and where. */
  readJson: typeof readJson;
  /** `describeIssue` of `@trailmark/curriculum/locale`: an issue in the closest built-in language. */
  describeIssue: typeof describeIssue;
}
