/**
 * Checking the playground's document: its text read (JSON or YAML), then validated as a
 * curriculum, and every issue placed in the text and worded for the page. The result is plain data,
 * so that a worker can compute it (check.worker.ts) while the editor keeps taking keystrokes.
 */
import { type Curriculum, parseCurriculum } from '@trailmark/curriculum';
import { describeIssue } from '@trailmark/curriculum/locale';
import { readSource, type SourceFormat, type TextSpan } from '@trailmark/curriculum/source';
// With its extension: vite/playground-starter.ts runs this module in Node when the site builds.
import { type DocumentIds, documentIds } from './document-ids.ts';

/** One issue where it is written, worded for the page's language. */
export interface PlacedIssue {
  /** The issue's path (`levels[0].id`); empty for syntax errors. */
  path: string;
  span: TextSpan;
  line: number;
  column: number;
  message: string;
}

/** What the document says, checked: plain data, the same from a worker or the page itself. */
export interface CheckReport {
  /** The text that was checked. */
  text: string;
  locale: string;
  format: SourceFormat;
  kind: 'empty' | 'syntax' | 'invalid' | 'valid';
  issues: PlacedIssue[];
  /** The ids the document declares, when it reads (valid or not). */
  ids?: DocumentIds;
  /** The curriculum, when the document is valid. */
  curriculum?: Curriculum;
}

/** Reads and validates `text`, placing and wording its issues in `locale`. */
export function checkText(text: string, locale: string): CheckReport {
  const read = readSource(text);
  const base = { text, locale, format: read.format };
  if (!read.ok) {
    if (read.issues[0].code === 'empty') return { ...base, kind: 'empty', issues: [] };
    const issues = read.issues.map((issue) => ({
      path: '',
      span: issue.span,
      line: issue.line,
      column: issue.column,
      message: describeIssue(issue, locale),
    }));
    return { ...base, kind: 'syntax', issues };
  }
  const ids = documentIds(read.value);
  const result = parseCurriculum(read.value);
  if (result.ok) return { ...base, kind: 'valid', issues: [], ids, curriculum: result.value };
  const issues = result.issues.map((issue) => {
    // The value, the key itself for an unknown key, or the object a field is missing from.
    const span = read.locate(issue.segments, issue.code);
    const { line, column } = read.positionOf(span.start);
    return { path: issue.path, span, line, column, message: describeIssue(issue, locale) };
  });
  return { ...base, kind: 'invalid', issues, ids };
}
