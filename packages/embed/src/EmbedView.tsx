import type { Curriculum } from '@trailmark/curriculum';
import {
  type HeadingLevel,
  RoadmapTimeline,
  type Theme,
  type TimelineOrientation,
} from '@trailmark/react';
import type { EmbedView as EmbedViewName } from './attributes';
import { ErrorView, RenderBoundary } from './ErrorView';
import type { EmbedError } from './embed-error';
import type { ErrorsModule } from './errors/contract';
import { LoadingState } from './LoadingState';
import { MapHost } from './map/MapHost';
import type { ProgressBinding } from './progress-binding';

/** What the element is showing. */
export type ViewState =
  | { status: 'loading' }
  | {
      status: 'error';
      error: EmbedError;
      /** The errors script's words, for an error with issues; missing when it did not load. */
      describe?: ErrorsModule['describeIssue'];
    }
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

/** The element's whole shadow content: loading, error, or the roadmap as a timeline or a map. */
export function EmbedView({ view, ...props }: EmbedViewProps) {
  if (view.status === 'loading') return <LoadingState />;
  if (view.status === 'error') {
    return <ErrorView error={view.error} props={props} describe={view.describe} />;
  }
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
