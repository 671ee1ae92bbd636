/**
 * `@trailmark/curriculum/locale` as the main scripts and the map's script see it (the build's
 * `issueWordsOnDemand` plugin): everything it exports, but `describeIssue` gives the issue's English
 * `message` and so pulls in no word table. The element never calls it: it words issues with the
 * errors script's `describeIssue` before `ErrorPanel` sees them (`ErrorView`).
 */
import type { CodedIssue } from '@trailmark/curriculum';

// A local export wins over the same name from `export *`.
export * from '@trailmark/curriculum/locale';

/** The issue's English `message`, the words of `describeIssue` in English. */
export function describeIssue(issue: CodedIssue & { message: string }): string {
  return issue.message;
}
