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
export {
  type CurriculumIssue,
  type Expectation,
  type FormatName,
  formatIssues,
  type IdKind,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  type ObjectNoun,
  type RangeParams,
  type ValueSummary,
} from './issues.js';
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
  mergeProgress,
  nextTopics,
  type ParseProgressResult,
  type ProgressSummary,
  parseProgress,
  setStatus,
  statusOf,
  summarize,
} from './progress.js';
export * from './schema.js';
export { indexTopics, levelHours, type TopicEntry } from './topics.js';
