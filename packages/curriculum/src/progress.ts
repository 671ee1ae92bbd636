/**
 * A learner's progress: changing it, reading it back safely, merging copies, and summing it up.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './dates.js';
import { topicGraph, walk } from './graph.js';
import {
  describeValue,
  type IssueOf,
  issueAt,
  type ProgressIssue,
  type ProgressIssueCode,
  type ProgressIssueParams,
  summarizeValue,
} from './issues.js';
import { enProgressWords } from './locale/progress-words.js';
import { PREVIEW_LENGTH } from './preview.js';
import {
  type Curriculum,
  ID_PATTERN,
  type Progress,
  SCHEMA_VERSION,
  TOPIC_STATUSES,
  TopicProgress,
  type TopicStatus,
} from './schema.js';
import { type TopicEntry, topicIndex } from './topics.js';

/**
 * An empty progress record for a curriculum.
 * @example const progress = createProgress('llm-engineer');
 */
export function createProgress(curriculumId: string): Progress {
  return { curriculumId, schemaVersion: SCHEMA_VERSION, topics: {} };
}

/**
 * The status of a topic; `'not-started'` when the progress has no entry for it (or is undefined).
 * It reads `p` whatever its `curriculumId`; the functions given the curriculum as well
 * ({@link summarize}, {@link nextTopics}, …) count progress of another curriculum as none.
 * @example statusOf(progress, 'rag') // 'in-progress'
 */
export function statusOf(p: Progress | undefined, topicId: string): TopicStatus {
  // Own keys only: "constructor" must not find Object.prototype.constructor.
  return (p && Object.hasOwn(p.topics, topicId) && p.topics[topicId]?.status) || 'not-started';
}

/** `p` when it is progress of `c`; progress of another curriculum counts as none. */
export function ownProgress(c: Curriculum, p: Progress | undefined): Progress | undefined {
  return p?.curriculumId === c.id ? p : undefined;
}

/** Whether a status counts as finished: `done` and `skipped` both do. */
export function isComplete(status: TopicStatus): boolean {
  return status === 'done' || status === 'skipped';
}

/**
 * A new progress with `topicId` set to `status` at `now`; the given progress is not changed.
 * `'not-started'` removes the topic's entry. Setting the status a topic already has returns the
 * same object, so UI state does not change needlessly.
 * @default now new Date()
 * @throws TypeError when `status` is not one of {@link TOPIC_STATUSES} (from untyped code).
 * @throws RangeError when `now` is an invalid Date.
 * @example progress = setStatus(progress, 'rag', 'done');
 */
export function setStatus(
  p: Progress,
  topicId: string,
  status: TopicStatus,
  now: Date = new Date(),
): Progress {
  if (!TOPIC_STATUSES.includes(status)) {
    throw new TypeError(
      `status must be one of ${TOPIC_STATUSES.join(', ')}; got ${describeValue(status)}`,
    );
  }
  if (statusOf(p, topicId) === status) return p;
  const entries = Object.entries(p.topics).filter(([id]) => id !== topicId);
  if (status !== 'not-started') entries.push([topicId, { status, updatedAt: now.toISOString() }]);
  // fromEntries defines keys, so even an id like "__proto__" stays a key, never a prototype.
  return { ...p, topics: Object.fromEntries(entries) };
}

/** What {@link parseProgress} read, and what it had to leave out. */
export interface ParseProgressResult {
  /** Always a valid progress for the curriculum asked for. */
  progress: Progress;
  /** One issue per problem met (empty when the input was clean). */
  issues: ProgressIssue[];
}

/**
 * Whether an issue concerns the input as a whole, so that none of it was used (`not_json`,
 * `not_progress`, `other_curriculum`, `unsupported_version`, `unreadable_progress`), rather than
 * one entry of `topics` left out. Those point at the root or a field of the record; an entry's
 * issue points into `topics`, at its key.
 * @example if (issues.some(isWholeInputIssue)) showWhyNothingWasRead(issues[0]);
 */
export function isWholeInputIssue(issue: ProgressIssue): boolean {
  return issue.segments.length < 2;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text as a param: cut short at the length `quote` keeps, ending in `…`. */
function cut(text: string): string {
  return text.length <= PREVIEW_LENGTH ? text : `${text.slice(0, PREVIEW_LENGTH)}…`;
}

/**
 * Builds a {@link ProgressIssue}, for loaders of your own: its path is written, and its English
 * `message` worded, the way every issue's are.
 * @example progressIssue([], 'unreadable_progress', { reason: String(error) })
 */
export function progressIssue<C extends ProgressIssueCode>(
  segments: ReadonlyArray<string | number>,
  code: C,
  params: ProgressIssueParams[C],
): IssueOf<C> {
  return issueAt(
    segments,
    code,
    params,
    enProgressWords[code] as (p: ProgressIssueParams[C]) => string,
  );
}

/**
 * Reads saved or imported progress (an object, or its JSON text) for a curriculum, given by its
 * id or as the curriculum itself. Never throws and never returns another curriculum's data: input
 * that is not JSON, not a progress record, belongs to another curriculum or has an unknown
 * `schemaVersion` gives an empty progress and one issue saying why; broken entries are left out
 * one by one (an issue each) and the rest kept. Given the curriculum, entries for topics it does
 * not have are left out too (`unknown_topic`). `null` and `undefined` (nothing saved yet) give an
 * empty progress without an issue. Every issue has a {@link ProgressIssueCode}, a path and
 * `params`.
 * @example
 * const { progress, issues } = parseProgress(localStorage.getItem(key), 'llm-engineer');
 * @example
 * const { progress, issues } = parseProgress(await file.text(), llmEngineer); // its topics only
 */
export function parseProgress(
  input: unknown,
  curriculum: string | Curriculum,
): ParseProgressResult {
  const curriculumId = typeof curriculum === 'string' ? curriculum : curriculum.id;
  const topicIds = typeof curriculum === 'string' ? undefined : topicIndex(curriculum);
  const progress = createProgress(curriculumId);
  const issues: ProgressIssue[] = [];
  const none = <C extends ProgressIssueCode>(
    segments: ReadonlyArray<string | number>,
    code: C,
    params: ProgressIssueParams[C],
  ): ParseProgressResult => ({
    progress: createProgress(curriculumId),
    issues: [progressIssue(segments, code, params) as ProgressIssue],
  });
  if (input === null || input === undefined) return { progress, issues };
  try {
    let data = input;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return none([], 'not_json', {});
      }
    }
    if (!isRecord(data)) {
      return none([], 'not_progress', { got: summarizeValue(data) });
    }
    const fields = [
      ['curriculumId', typeof data.curriculumId === 'string'],
      ['schemaVersion', typeof data.schemaVersion === 'number'],
      ['topics', isRecord(data.topics)],
    ] as const;
    for (const [field, ok] of fields) {
      if (!ok) return none([field], 'not_progress', { field, got: summarizeValue(data[field]) });
    }
    if (data.curriculumId !== curriculumId) {
      return none(['curriculumId'], 'other_curriculum', {
        got: cut(data.curriculumId as string),
        expected: cut(curriculumId),
      });
    }
    if (data.schemaVersion !== SCHEMA_VERSION) {
      return none(['schemaVersion'], 'unsupported_version', {
        got: data.schemaVersion as number,
        expected: SCHEMA_VERSION,
      });
    }
    const topics = data.topics as Record<string, unknown>;
    for (const id of Object.keys(topics)) {
      const at = ['topics', id];
      const topic = cut(id);
      const entry = z.safeParse(TopicProgress, topics[id]);
      if (!ID_PATTERN.test(id)) {
        issues.push(progressIssue(at, 'invalid_topic_id', { topic }));
      } else if (!entry.success || !isCalendarDate(entry.data.updatedAt)) {
        issues.push(progressIssue(at, 'invalid_entry', { topic, statuses: TOPIC_STATUSES }));
      } else if (topicIds && !topicIds.has(id)) {
        issues.push(progressIssue(at, 'unknown_topic', { topic, curriculumId: cut(curriculumId) }));
      } else {
        // An id matches ID_PATTERN, so it is never "__proto__".
        progress.topics[id] = entry.data;
      }
    }
    return { progress, issues };
  } catch {
    // A Proxy or getter threw while reading: nothing read so far can be trusted, and the error
    // itself may be another Proxy, so it is not read either.
    return none([], 'unreadable_progress', {});
  }
}

function time(entry: { updatedAt: string } | undefined): number {
  const ms = entry ? Date.parse(entry.updatedAt) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * Whether `entry` wins over `kept` in a merge: the later change, and between changes at the same
 * instant a fixed order (the status later in {@link TOPIC_STATUSES}, then the greater date text),
 * so that every device merging the same copies, in any order, ends with the same entry.
 */
function supersedes(entry: TopicProgress, kept: TopicProgress | undefined): boolean {
  if (!kept) return true;
  // Compared, not subtracted: two unreadable dates are both -Infinity.
  if (time(entry) !== time(kept)) return time(entry) > time(kept);
  const byStatus = TOPIC_STATUSES.indexOf(entry.status) - TOPIC_STATUSES.indexOf(kept.status);
  if (byStatus !== 0) return byStatus > 0;
  return entry.updatedAt > kept.updatedAt;
}

/**
 * Combines two copies of the same learner's progress (two tabs, a device and a server): for each
 * topic the entry changed last wins, and changes at the same instant are ordered by a fixed rule,
 * so the result is the same whichever copy is `base` (commutative, associative, idempotent).
 * `base` itself is returned when nothing in `incoming` wins, and when `incoming` is the progress
 * of another curriculum (which is ignored).
 * @example const merged = mergeProgress(local, remote);
 */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  if (incoming.curriculumId !== base.curriculumId) return base;
  const topics = new Map(Object.entries(base.topics));
  let changed = false;
  for (const [id, entry] of Object.entries(incoming.topics)) {
    if (supersedes(entry, topics.get(id))) {
      topics.set(id, entry);
      changed = true;
    }
  }
  return changed ? { ...base, topics: Object.fromEntries(topics) } : base;
}

/** Topic counts and hours of one part of a curriculum. */
export interface Counts {
  total: number;
  done: number;
  skipped: number;
  inProgress: number;
  notStarted: number;
  /** `done + skipped`. */
  complete: number;
  /** Estimated hours of all the topics counted. */
  hours: number;
  /** Estimated hours of the complete ones. */
  hoursComplete: number;
  /** `complete / total * 100`, from 0 to 100; 0 when there are no topics. */
  percent: number;
}

/** Progress counted for the whole curriculum, each level and each module. */
export interface ProgressSummary {
  /** Required work only: the non-optional topics of non-optional levels. */
  overall: Counts;
  /** By level id: all topics of the level, optional ones included. */
  levels: Record<string, Counts>;
  /** By module id: all topics of the module. */
  modules: Record<string, Counts>;
}

function emptyCounts(): Counts {
  return {
    total: 0,
    done: 0,
    skipped: 0,
    inProgress: 0,
    notStarted: 0,
    complete: 0,
    hours: 0,
    hoursComplete: 0,
    percent: 0,
  };
}

const STATUS_FIELD = {
  done: 'done',
  skipped: 'skipped',
  'in-progress': 'inProgress',
  'not-started': 'notStarted',
} as const;

function count(counts: Counts, status: TopicStatus, hours: number): void {
  counts.total++;
  counts[STATUS_FIELD[status]]++;
  counts.hours += hours;
  if (isComplete(status)) {
    counts.complete++;
    counts.hoursComplete += hours;
  }
  counts.percent = (counts.complete / counts.total) * 100;
}

/**
 * Counts topics by status, with hours and percent complete, for the whole curriculum (required
 * work only), each level and each module. Done and skipped both count as complete; entries for
 * topics the curriculum does not have are ignored, and so is progress of another curriculum
 * (`p.curriculumId` is not `c.id`).
 * @example summarize(curriculum, progress).overall.percent // 37.5
 */
export function summarize(c: Curriculum, p: Progress | undefined): ProgressSummary {
  p = ownProgress(c, p);
  const summary: ProgressSummary = { overall: emptyCounts(), levels: {}, modules: {} };
  for (const level of c.levels) {
    const levelCounts = emptyCounts();
    summary.levels[level.id] = levelCounts;
    for (const module of level.modules) {
      const moduleCounts = emptyCounts();
      summary.modules[module.id] = moduleCounts;
      for (const topic of module.topics) {
        const status = statusOf(p, topic.id);
        count(levelCounts, status, topic.estimatedHours);
        count(moduleCounts, status, topic.estimatedHours);
        if (!level.optional && !topic.optional) {
          count(summary.overall, status, topic.estimatedHours);
        }
      }
    }
  }
  return summary;
}

/**
 * The direct prerequisites of `topicId` that are not complete yet (in the order listed); progress
 * of another curriculum counts as none.
 * @example blockingPrerequisites(curriculum, progress, 'rag') // ['embeddings']
 */
export function blockingPrerequisites(
  c: Curriculum,
  p: Progress | undefined,
  topicId: string,
): string[] {
  const entry = topicIndex(c).get(topicId);
  const own = ownProgress(c, p);
  return entry ? entry.topic.prerequisites.filter((id) => !isComplete(statusOf(own, id))) : [];
}

/**
 * Whether a topic is ready to study: it exists and all its direct prerequisites are complete
 * (progress of another curriculum counts as none).
 * @example isUnlocked(curriculum, progress, 'rag') // false
 */
export function isUnlocked(c: Curriculum, p: Progress | undefined, topicId: string): boolean {
  return topicIndex(c).has(topicId) && blockingPrerequisites(c, p, topicId).length === 0;
}

/**
 * What to study next: topics in progress first, then unlocked topics not started yet, required
 * before optional (a topic is optional when it or its level is), each group in study order.
 * Progress of another curriculum counts as none.
 * @default n 3
 * @example nextTopics(curriculum, progress).map((entry) => entry.topic.id) // ['rag', 'agents']
 */
export function nextTopics(c: Curriculum, p: Progress | undefined, n = 3): TopicEntry[] {
  // NaN reads as 0.
  const limit = Math.max(0, Math.floor(n) || 0);
  if (limit === 0) return [];
  p = ownProgress(c, p);
  const graph = topicGraph(c);
  const index = topicIndex(c);
  const inProgress: TopicEntry[] = [];
  const required: TopicEntry[] = [];
  const optional: TopicEntry[] = [];
  for (const v of walk(graph).order) {
    const entry = index.get(graph.ids[v] as string);
    if (!entry) continue;
    const status = statusOf(p, entry.topic.id);
    if (status === 'in-progress') inProgress.push(entry);
    else if (status === 'not-started' && isUnlocked(c, p, entry.topic.id)) {
      (entry.topic.optional || entry.level.optional ? optional : required).push(entry);
    }
  }
  return [...inProgress, ...required, ...optional].slice(0, limit);
}
