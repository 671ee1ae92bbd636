/**
 * The check's issues as the editor shows them. Apart from `check.ts`, so that the page can mark
 * issues without loading what checks a text (the YAML reader, the validation): the worker does that.
 */
import type { Diagnostic } from '@codemirror/lint';
import type { PlacedIssue } from './check';

/** The issues as CodeMirror diagnostics: underlined at their span, in the gutter, on hover. */
export function toDiagnostics(issues: readonly PlacedIssue[]): Diagnostic[] {
  return issues.map(({ path, span, message }) => ({
    from: span.start,
    to: span.end,
    severity: 'error',
    message: path ? `${path}: ${message}` : message,
  }));
}
