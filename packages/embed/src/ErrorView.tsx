/**
 * How the element shows a failure: the error panel, and the boundary that turns an exception while
 * drawing into it. Shared by the element (the timeline) and the map script, which draws on its own.
 */
import type { CodedIssue } from '@trailmark/curriculum';
import { ErrorPanel, type HeadingLevel, type Theme } from '@trailmark/react';
import { Component, type ReactNode } from 'react';
import type { EmbedError } from './embed-error';
import type { ErrorsModule } from './errors/contract';
import { describeError } from './load';

/** What styles the error panel, and who hears of an error caught while drawing. */
export interface ErrorViewProps {
  locale: string;
  theme: Theme;
  headingLevel: HeadingLevel;
  /** Told of an error caught while drawing (the element reports it as `trailmark:error`). */
  onRenderError: (error: EmbedError) => void;
}

/** Issues listed in full before the rest are counted; a broken file can have thousands. */
const MAX_LISTED_ISSUES = 50;

/**
 * What the element shows instead of a roadmap when loading or drawing it failed: what failed, and
 * for an invalid document every problem with its path (for a syntax error, its `line:column`), so
 * the author can fix the file. The heading and the problems are in the element's locale (the
 * problems worded by `describe`, the errors script's; without it, in English); the loader's
 * message is English, and marked so.
 */
export function ErrorView({
  error,
  props,
  describe,
}: {
  error: EmbedError;
  props: ErrorViewProps;
  /** Words an issue in a language; the panel is given issues already worded. */
  describe?: ErrorsModule['describeIssue'] | undefined;
}) {
  const { syntax } = error;
  const words = (issue: CodedIssue & { message: string }) =>
    describe ? describe(issue, props.locale) : issue.message;
  return (
    <ErrorPanel
      issues={
        syntax
          ? [{ path: `${syntax.line}:${syntax.column}`, message: words(syntax) }]
          : error.issues?.map((issue) => ({ path: issue.path, message: words(issue) }))
      }
      description={<span lang="en">{error.message}</span>}
      maxIssues={MAX_LISTED_ISSUES}
      locale={props.locale}
      theme={props.theme}
      headingLevel={props.headingLevel}
      data-kind={error.kind}
    />
  );
}

interface RenderBoundaryProps {
  children: ReactNode;
  /** `onRenderError` is told of a caught error, the rest style its panel. */
  props: ErrorViewProps;
  /** A new value (a newly loaded curriculum) clears a caught error. */
  resetKey: unknown;
}

interface RenderBoundaryState {
  error: EmbedError | null;
  resetKey: unknown;
}

function renderError(thrown: unknown): EmbedError {
  return { kind: 'render', message: `The roadmap could not be drawn: ${describeError(thrown)}` };
}

/** Turns an exception while drawing into the error state, so the host page never sees it. */
export class RenderBoundary extends Component<RenderBoundaryProps, RenderBoundaryState> {
  override state: RenderBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(thrown: unknown): Partial<RenderBoundaryState> {
    return { error: renderError(thrown) };
  }

  static getDerivedStateFromProps(
    props: RenderBoundaryProps,
    state: RenderBoundaryState,
  ): Partial<RenderBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  // Preact applies the derived state after this call, so the error is rebuilt from `thrown`.
  override componentDidCatch(thrown: unknown): void {
    this.props.props.onRenderError(renderError(thrown));
  }

  override render() {
    const { error } = this.state;
    return error ? <ErrorView error={error} props={this.props.props} /> : this.props.children;
  }
}
