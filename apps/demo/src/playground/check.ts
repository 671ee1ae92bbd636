/**
 * Checking the playground's document: its text read (JSON or YAML), then validated as a
 * curriculum, and every issue placed in the text for the editor and the issue list.
 */
import type { Diagnostic } from '@codemirror/lint';
import { type Curriculum, type CurriculumIssue, parseCurriculum } from '@trailmark/curriculum';
import { describeIssue } from '@trailmark/curriculum/locale';
import {
  type ReadResult,
  type ReadValue,
  readSource,
  type SyntaxIssue,
  type TextSpan,
} from '@trailmark/curriculum/source';

/** What the document says, checked. */
export type Checked =
  | { kind: 'empty'; read: ReadResult }
  | { kind: 'syntax'; read: ReadResult; issues: SyntaxIssue[] }
  | { kind: 'invalid'; read: ReadValue; issues: CurriculumIssue[] }
  | { kind: 'valid'; read: ReadValue; curriculum: Curriculum };

/** One issue where it is written, worded for the page's language. */
export interface PlacedIssue {
  /** The issue's path (`levels[0].id`); empty for syntax errors and the document root. */
  path: string;
  span: TextSpan;
  line: number;
  column: number;
  message: string;
}

/** Reads and validates `text`. */
export function checkDocument(text: string): Checked {
  const read = readSource(text);
  if (!read.ok) {
    return read.issues[0].code === 'empty'
      ? { kind: 'empty', read }
      : { kind: 'syntax', read, issues: read.issues };
  }
  const result = parseCurriculum(read.value);
  return result.ok
    ? { kind: 'valid', read, curriculum: result.value }
    : { kind: 'invalid', read, issues: result.issues };
}

/** Every issue of `checked`, placed and worded in `locale`. */
export function placeIssues(checked: Checked, locale: string): PlacedIssue[] {
  if (checked.kind === 'syntax') {
    return checked.issues.map((issue) => ({
      path: '',
      span: issue.span,
      line: issue.line,
      column: issue.column,
      message: describeIssue(issue, locale),
    }));
  }
  if (checked.kind !== 'invalid') return [];
  return checked.issues.map((issue) => {
    // The value, the key itself for an unknown key, or the object a field is missing from.
    const span = checked.read.locate(issue.segments, issue.code);
    const { line, column } = checked.read.positionOf(span.start);
    return { path: issue.path, span, line, column, message: describeIssue(issue, locale) };
  });
}

/** The issues as CodeMirror diagnostics: underlined at their span, in the gutter, on hover. */
export function toDiagnostics(issues: readonly PlacedIssue[]): Diagnostic[] {
  return issues.map(({ path, span, message }) => ({
    from: span.start,
    to: span.end,
    severity: 'error',
    message: path ? `${path}: ${message}` : message,
  }));
}
