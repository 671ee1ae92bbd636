/**
 * `@trailmark/curriculum`: the curriculum data model, validation, prerequisite graph, progress,
 * study planning and exports. Pure functions over plain data: no I/O, safe in browsers.
 *
 * The zod schemas, the patterns and the limits of the document format are on the
 * `@trailmark/curriculum/schema` subpath, so zod is not part of this entry's API.
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
  mergeProgress,
  nextTopics,
  type ParseProgressResult,
  type ProgressSummary,
  parseProgress,
  setStatus,
  statusOf,
  summarize,
} from './progress.js';
export {
  type Author,
  type Curriculum,
  type CurriculumInput,
  type Level,
  type LocalizedText,
  type Module,
  type Progress,
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
  type Role,
  SKILL_CATEGORIES,
  type Skill,
  type SkillCategory,
  TOPIC_KINDS,
  TOPIC_STATUSES,
  type Topic,
  type TopicKind,
  type TopicProgress,
  type TopicStatus,
} from './schema.js';
export { indexTopics, levelHours, type TopicEntry } from './topics.js';
