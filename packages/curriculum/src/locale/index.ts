/**
 * `@trailmark/curriculum/locale`: the words around curriculum text in every built-in language,
 * issues in words, one language matcher, and message filling with plural forms. Shared by the
 * CLI, `@trailmark/react` and the embed, so each says the same thing the same way.
 */
import type { AllIssueParams, CodedIssue } from '../issues.js';
import { enCurriculumWords, type IssueWords } from './issue-words.js';
import { zhCNIssueWords } from './issue-words-zh.js';
import { type UiLocale, uiLocaleFor } from './labels.js';
import { enProgressWords } from './progress-words.js';
import { enSharedSyntaxWords, enYamlSyntaxWords } from './syntax-words.js';

export type { IssueWords, WordsFor } from './issue-words.js';

/** The English words of every issue, curriculum, progress and syntax: what `message` holds. */
export const enIssueWords: IssueWords = {
  ...enCurriculumWords,
  ...enProgressWords,
  ...enSharedSyntaxWords,
  ...enYamlSyntaxWords,
};
export { zhCNIssueWords } from './issue-words-zh.js';
export {
  enLabels,
  LABELS,
  type Labels,
  labelsFor,
  UI_LOCALES,
  type UiLocale,
  uiLocaleFor,
  zhCNLabels,
} from './labels.js';
export { matchLocale } from './match.js';
export { fillMessage, formatList, type MessageValues } from './message.js';

/** The words of every issue code, by built-in language. */
export const ISSUE_WORDS: Readonly<Record<UiLocale, IssueWords>> = {
  en: enIssueWords,
  'zh-CN': zhCNIssueWords,
};

/**
 * What is wrong and what would be right, in the built-in language closest to `locale` (English
 * when there is none; the English words are the issue's `message`). Any issue: of a curriculum
 * (`parseCurriculum`), of progress (`parseProgress`, `importProgress`) or of a document's text
 * (`readSource` of `@trailmark/curriculum/source`).
 * @example
 * const result = parseCurriculum(input);
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, describeIssue(issue, 'zh-CN'));
 */
export function describeIssue(issue: CodedIssue, locale: string): string {
  const words = ISSUE_WORDS[uiLocaleFor(locale)][issue.code] as (
    params: AllIssueParams[typeof issue.code],
  ) => string;
  return words(issue.params);
}
