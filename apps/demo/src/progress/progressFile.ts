/**
 * Reading a progress file a learner imports. The SDK's `parseProgress` is made for saved progress
 * (anything unusable means "start with none", with English warnings); an import needs to know
 * *why* a file gave nothing, in words of the page's language, and must keep only topics the
 * roadmap has, so an entry for an unknown id is neither counted nor saved.
 */
import {
  type Curriculum,
  createProgress,
  indexTopics,
  type Progress,
  parseProgress,
} from '@trailmark/curriculum';
import { SCHEMA_VERSION } from '@trailmark/curriculum/schema';

/** Why a file gives nothing to import. */
export type ProgressFileProblem =
  /** The text is not JSON. */
  | 'not-json'
  /** JSON, but not a progress record (needs `curriculumId`, `schemaVersion` and `topics`). */
  | 'not-progress'
  /** A progress record in another `schemaVersion`. */
  | 'other-version'
  /** Progress through another curriculum. */
  | 'other-roadmap'
  /** Progress through this curriculum, without one usable entry for a topic it has. */
  | 'no-entries';

/** What a progress file holds for a curriculum. */
export interface ProgressFile {
  /** The usable entries: topics of the curriculum only. Empty when there is a `problem`. */
  progress: Progress;
  /** Why nothing can be imported; absent when `progress` has entries. */
  problem?: ProgressFileProblem;
  /** The file's `curriculumId` (for `other-roadmap`) or `schemaVersion` (for `other-version`). */
  found?: string;
  /** Ids of well-formed entries for topics the curriculum does not have (left out). */
  unknown: string[];
  /** Ids of entries without a valid status and date, or with a key that is no id (left out). */
  broken: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the text of a progress file for `curriculum`. Never throws; the result's `progress` holds
 * only entries for topics of `curriculum`, ready to merge into the learner's progress.
 * @example
 * const file = readProgressFile(await input.files[0].text(), roadmap);
 * if (!file.problem) store.set(mergeProgress(store.get(), file.progress));
 */
export function readProgressFile(text: string, curriculum: Curriculum): ProgressFile {
  const none = (problem: ProgressFileProblem, found?: string): ProgressFile => ({
    progress: createProgress(curriculum.id),
    problem,
    ...(found === undefined ? {} : { found }),
    unknown: [],
    broken: [],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return none('not-json');
  }
  if (
    !isRecord(data) ||
    typeof data.curriculumId !== 'string' ||
    typeof data.schemaVersion !== 'number' ||
    !isRecord(data.topics)
  ) {
    return none('not-progress');
  }
  if (data.curriculumId !== curriculum.id) return none('other-roadmap', data.curriculumId);
  if (data.schemaVersion !== SCHEMA_VERSION)
    return none('other-version', String(data.schemaVersion));
  const read = parseProgress(data, curriculum.id).progress.topics;
  const topics = indexTopics(curriculum);
  const kept: Progress['topics'] = {};
  const unknown: string[] = [];
  const broken: string[] = [];
  for (const id of Object.keys(data.topics)) {
    const entry = Object.hasOwn(read, id) ? read[id] : undefined;
    if (!entry) broken.push(id);
    else if (!topics.has(id)) unknown.push(id);
    // A topic id matches the curriculum's id pattern, so it can never be "__proto__".
    else kept[id] = entry;
  }
  const progress = { ...createProgress(curriculum.id), topics: kept };
  if (Object.keys(kept).length === 0) return { ...none('no-entries'), unknown, broken };
  return { progress, unknown, broken };
}
