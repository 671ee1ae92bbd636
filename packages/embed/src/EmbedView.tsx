import type { Curriculum } from '@trailmark/curriculum';
import {
  ErrorPanel,
  type HeadingLevel,
  RoadmapTimeline,
  type Theme,
  type TimelineOrientation,
} from '@trailmark/react';
import { Component, type ReactNode } from 'react';
import type { EmbedView as EmbedViewName } from './attributes';
import type { EmbedError } from './embed-error';
import { LoadingState } from './LoadingState';
import { describeError } from './load';
import { MapHost } from './map/MapHost';
import type { ProgressBinding } from './progress-binding';

/** What the element is showing. */
export type ViewState =
  | { status: 'loading' }
  | { status: 'error'; error: EmbedError }
  | { status: 'ready'; curriculum: Curriculum; progress: ProgressBinding };

/** Props of {@link EmbedView}: the element's state and attributes, already normalised. */
export interface EmbedViewProps {
  view: ViewState;
  locale: string;
  theme: Theme;
  orientation: TimelineOrientation;
  readOnly: boolean;
  headingLevel: HeadingLevel;
  /** The levels open at first (`expanded-levels`); undefined: the learner's current level. */
  expandedLevels: readonly string[] | 'all' | undefined;
  /** The `view` attribute: the timeline, or the map (its script loaded from `mapUrl` on first use). */
  viewMode: EmbedViewName;
  /** Where the map script is, beside the embed script. */
  mapUrl: string;
  /** Called when drawing the roadmap threw, or the map script failed to load; the view then shows the error itself (or, for the map, the timeline). */
  onRenderError: (error: EmbedError) => void;
}

/** Issues listed in full before the rest are counted; a broken file can have thousands. */
const MAX_LISTED_ISSUES = 50;

/**
 * What the element shows instead of a roadmap when loading or drawing it failed: what failed, and
 * for an invalid document every problem with its path (for a syntax error, its `line:column`), so
 * the author can fix the file. The heading and the problems are in the element's locale; the
 * loader's message is English, and marked so.
 */
function ErrorView({ error, props }: { error: EmbedError; props: Omit<EmbedViewProps, 'view'> }) {
  const { syntax } = error;
  return (
    <ErrorPanel
      issues={syntax ? [{ ...syntax, path: `${syntax.line}:${syntax.column}` }] : error.issues}
      description={<span lang="en">{error.message}</span>}
      maxIssues={MAX_LISTED_ISSUES}
      locale={props.locale}
      theme={props.theme}
      headingLevel={props.headingLevel}
      data-kind={error.kind}
    />
  );
}

/** The element's whole shadow content: loading, error, or the roadmap as a timeline or a map. */
export function EmbedView({ view, ...props }: EmbedViewProps) {
  if (view.status === 'loading') return <LoadingState />;
  if (view.status === 'error') return <ErrorView error={view.error} props={props} />;
  // What the timeline and the map both take, written once.
  const shared = {
    curriculum: view.curriculum,
    store: view.progress.store,
    onStatusChange: view.progress.onStatusChange,
    locale: props.locale,
    theme: props.theme,
    readOnly: props.readOnly,
    headingLevel: props.headingLevel,
  };
  const timeline = (
    <RoadmapTimeline
      {...shared}
      orientation={props.orientation}
      defaultExpandedLevels={props.expandedLevels}
    />
  );
  return (
    <RenderBoundary props={props} resetKey={view}>
      {props.viewMode === 'map' ? (
        <MapHost
          url={props.mapUrl}
          map={{ ...shared, onRenderError: props.onRenderError }}
          fallback={timeline}
          onLoadError={props.onRenderError}
        />
      ) : (
        timeline
      )}
    </RenderBoundary>
  );
}

interface RenderBoundaryProps {
  children: ReactNode;
  /** The view's props: `onRenderError` is told of a caught error, the rest style its panel. */
  props: Omit<EmbedViewProps, 'view'>;
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
class RenderBoundary extends Component<RenderBoundaryProps, RenderBoundaryState> {
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
