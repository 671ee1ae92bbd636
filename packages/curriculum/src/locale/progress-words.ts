/**
 * Progress issues in English: the `message` of every issue of `parseProgress`.
 */
import type { ProgressIssueParams } from '../issues.js';
import { quote } from '../preview.js';
import { valueInEnglish, type WordsFor } from './issue-words.js';

/** What a progress record's field holds, by field. */
const FIELDS: Record<NonNullable<ProgressIssueParams['not_progress']['field']>, string> = {
  curriculumId: 'text',
  schemaVersion: 'a number',
  topics: 'an object',
};

const NOTHING_USED = '; nothing of it was used';

/** The English words of every progress issue: what `message` holds. */
export const enProgressWords: WordsFor<ProgressIssueParams> = {
  not_json: () => `the progress is not valid JSON${NOTHING_USED}`,
  not_progress: (p) =>
    `${
      p.field === undefined
        ? 'expected a progress object'
        : `a progress record needs "${p.field}" (${FIELDS[p.field]})`
    }, got ${valueInEnglish(p.got)}${NOTHING_USED}`,
  other_curriculum: (p) =>
    `this is progress through ${quote(p.got)}, not ${quote(p.expected)}${NOTHING_USED}`,
  unsupported_version: (p) =>
    `schemaVersion ${p.got} is not supported; expected ${p.expected}${NOTHING_USED}`,
  unreadable_progress: (p) =>
    `${p.reason === undefined ? 'the progress' : `the file (${p.reason})`} could not be read${NOTHING_USED}`,
  invalid_topic_id: (p) =>
    `left out: ${quote(p.topic)} is not a topic id (lowercase kebab-case, like "rag-basics")`,
  invalid_entry: (p) =>
    `left out: an entry needs a status (${p.statuses.join(', ')}) and an updatedAt date on the calendar`,
  unknown_topic: (p) => `left out: ${quote(p.curriculumId)} has no topic ${quote(p.topic)}`,
};
