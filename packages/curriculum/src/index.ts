/**
 * `@trailmark/curriculum`: the curriculum data model, validation, prerequisite graph, progress,
 * study planning and exports. Pure functions over plain data: no I/O, safe in browsers.
 *
 * The zod schemas, the patterns and the limits of the document format are on the
 * `@trailmark/curriculum/schema` subpath, so zod is not part of this entry's API.
 */

import type * as model from './schema.js';

export {
  dependentsOf,
  findCycle,
  type GraphQueryOptions,
  prerequisitesOf,
  topologicalOrder,
} from './graph.js';
export {
  type AllIssueParams,
  type AnyIssueCode,
  type CodedIssue,
  type CurriculumIssue,
  type Expectation,
  type FormatName,
  formatIssues,
  type IdKind,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  type ObjectNoun,
  type ProgressIssue,
  type ProgressIssueCode,
  type ProgressIssueParams,
  type RangeParams,
  type SyntaxIssueCode,
  type SyntaxIssueParams,
  type ValueSummary,
} from './issues.js';
export { type JsonLdOptions, toJsonLd } from './jsonld.js';
export { localize } from './localize.js';
export { type MarkdownOptions, toMarkdown } from './markdown.js';
export {
  assertCurriculum,
  CurriculumError,
  defineCurriculum,
  type Exactly,
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
  type ProgressSummary,
  parseProgress,
  progressIssue,
  setStatus,
  statusOf,
  summarize,
} from './progress.js';
export {
  type CurriculumInput,
  isSafeHttpUrl,
  RESOURCE_KINDS,
  type ResourceKind,
  SKILL_CATEGORIES,
  type SkillCategory,
  TOPIC_KINDS,
  TOPIC_STATUSES,
  type TopicKind,
  type TopicStatus,
} from './schema.js';
export { indexTopics, levelHours, type TopicEntry } from './topics.js';

// The data model's types. In schema.ts each shares its name with its zod schema; aliases export the
// type alone, so the schema (and zod) stays off this entry, in its API report too.

/** A curriculum after parsing: defaults applied (empty arrays, `optional: false`). */
export type Curriculum = model.Curriculum;
/** One stage of the roadmap, parsed. */
export type Level = model.Level;
/** A group of topics within a level, parsed. */
export type Module = model.Module;
/** One thing to learn or do, parsed (`prerequisites`, `skills`, `resources` default to `[]`, `optional` to false). */
export type Topic = model.Topic;
/** A link to read or use; only http(s) URLs. */
export type Resource = model.Resource;
/** A capability the roadmap builds. */
export type Skill = model.Skill;
/** A job the roadmap prepares for. */
export type Role = model.Role;
/** Who wrote the curriculum. */
export type Author = model.Author;
/** A string (in the `defaultLocale`) or an object of BCP 47 tag to text. */
export type LocalizedText = model.LocalizedText;
/** A learner's progress through one curriculum. */
export type Progress = model.Progress;
/** The status of one topic and when it changed. */
export type TopicProgress = model.TopicProgress;
