/**
 * `@trailmark/curriculum`: the curriculum data model, validation, prerequisite graph, progress,
 * study planning and exports. Pure functions over plain data: no I/O, safe in browsers.
 */

export {
  dependentsOf,
  findCycle,
  type GraphQueryOptions,
  prerequisitesOf,
  topologicalOrder,
} from './graph.js';
export { type CurriculumIssue, formatIssues, type IssueCode } from './issues.js';
export { type JsonLdOptions, toJsonLd } from './jsonld.js';
export { localize } from './localize.js';
export { type MarkdownOptions, toMarkdown } from './markdown.js';
export {
  assertCurriculum,
  CurriculumError,
  defineCurriculum,
  type ParseResult,
  parseCurriculum,
} from './parse.js';
export { type LevelPlan, type PlanOptions, planSchedule, type Schedule } from './plan.js';
export {
  blockingPrerequisites,
  type Counts,
  createProgress,
  isComplete,
  isUnlocked,
  isWholeInputIssue,
  mergeProgress,
  nextTopics,
  type ParseProgressResult,
  type ProgressIssue,
  type ProgressIssueCode,
  type ProgressSummary,
  parseProgress,
  progressIssue,
  setStatus,
  statusOf,
  summarize,
} from './progress.js';
export * from './schema.js';
// Named as well, so that it stays in this entry wherever the schemas are exported from.
export { isSafeHttpUrl } from './schema.js';
export { indexTopics, levelHours, type TopicEntry } from './topics.js';
