/**
 * What the element and its map script agree on. The map (`trailmark-embed-map.js`) is a separate
 * file, loaded only for `view="map"`; it draws itself into a container the element gives it, with
 * its own renderer, so the two scripts share nothing but these plain values.
 */
import type { Curriculum, TopicStatus } from '@trailmark/curriculum';
import type { HeadingLevel, ProgressStore, Theme } from '@trailmark/react';
import type { EmbedError } from '../embed-error';

/** The map script's file name; it is looked for beside the embed script. */
export const MAP_FILE = 'trailmark-embed-map.js';

/** What the map draws, from the element's state and attributes. */
export interface MapProps {
  curriculum: Curriculum;
  store: ProgressStore;
  /** The element's progress handler: it reports `trailmark:progress`. */
  onStatusChange(topicId: string, status: TopicStatus): void;
  locale: string;
  theme: Theme;
  readOnly: boolean;
  headingLevel: HeadingLevel;
  /**
   * Called when drawing the map threw (a `render` error); the map script shows the error in its
   * place itself, and the element reports it as `trailmark:error`.
   */
  onRenderError(error: EmbedError): void;
}

/** A map drawn into a container. */
export interface MapMount {
  /** Draws it again with new props. */
  render(props: MapProps): void;
  /** Removes it (the container is left empty). */
  unmount(): void;
}

/** The map script's exports. */
export interface MapModule {
  /** Draws the map into `container` (an element inside the element's shadow root). */
  mountMap(container: HTMLElement, props: MapProps): MapMount;
}
