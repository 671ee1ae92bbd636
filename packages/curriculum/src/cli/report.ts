/**
 * How problems are shown: `file:line:column: path: message` lines for people, and the documented
 * JSON shape of `trailmark validate --format json` for programs.
 */
import type { CurriculumIssue } from '../issues.js';
import type { InputProblem, LoadedSource } from './source.js';
import type { Output } from './terminal.js';
import { styleFor } from './terminal.js';

/** One problem in the JSON report. Positions are 1-based and present when the file shows them. */
export interface ReportedIssue {
  /** Where in the curriculum, `levels[0].modules[1].id`; `(root)` for the whole document or file. */
  path: string;
  /**
   * A curriculum issue code (`missing`, `unknown_key`, `duplicate_id`, …), or `syntax_error` and
   * `unreadable_file` for inputs that are not JSON or YAML, or cannot be read.
   */
  code: string;
  message: string;
  line?: number;
  column?: number;
}

/** The JSON report's entry for one file. */
export interface FileReport {
  /** The file name as given on the command line; `<stdin>` for `-`. */
  file: string;
  ok: boolean;
  issues: ReportedIssue[];
}

/**
 * Curriculum issues with the place each is written in the source, in the order of the file: by
 * line, then column; issues without a place last, in the order found.
 */
export function locateIssues(
  source: LoadedSource,
  issues: readonly CurriculumIssue[],
): ReportedIssue[] {
  const end = Number.POSITIVE_INFINITY;
  const located = issues.map((issue) => {
    const position = source.locate(issue.segments, issue.code);
    return {
      path: issue.path,
      code: issue.code,
      message: issue.message,
      ...(position ? { line: position.line, column: position.column } : {}),
    };
  });
  // A stable sort: issues at the same place keep the order parseCurriculum gave them.
  return located.sort(
    (a, b) => (a.line ?? end) - (b.line ?? end) || (a.column ?? end) - (b.column ?? end) || 0,
  );
}

/** An input that could not be read, as a report issue. */
export function problemIssue(problem: InputProblem): ReportedIssue {
  return {
    path: '(root)',
    code: problem.code,
    message: problem.message,
    ...(problem.position ? { line: problem.position.line, column: problem.position.column } : {}),
  };
}

function where(file: string, issue: Pick<ReportedIssue, 'line' | 'column'>): string {
  return issue.line === undefined ? file : `${file}:${issue.line}:${issue.column}`;
}

/** Writes one `file:line:column: path: message` line per issue. */
export function writeIssues(output: Output, file: string, issues: readonly ReportedIssue[]): void {
  const style = styleFor(output);
  for (const issue of issues) {
    const location = style.bold(where(file, issue));
    output.write(`${location}: ${style.yellow(issue.path)}: ${issue.message}\n`);
  }
}

/**
 * The one-line error for an input that is not JSON or YAML or cannot be read, without the
 * `trailmark: ` prefix: `bad.yaml:3:1: YAML syntax error: …`.
 */
export function problemLine(file: string, problem: InputProblem): string {
  const issue = problemIssue(problem);
  return `${where(file, issue)}: ${problem.message}`;
}

/** `1 problem`, `3 problems`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
