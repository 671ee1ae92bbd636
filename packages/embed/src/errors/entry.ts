/**
 * Entry of `trailmark-embed-errors.js`: the reader and the words for a document that fails (see
 * `contract.ts`), imported by either build from beside itself (`loadErrors.ts`).
 */
import type { ErrorsModule } from './contract';

export { describeIssue } from '@trailmark/curriculum/locale';
export { readJson } from '@trailmark/curriculum/source';

export type { ErrorsModule };
