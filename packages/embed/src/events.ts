/**
 * The events `<trailmark-roadmap>` dispatches. All bubble and are `composed`, so a listener on
 * `document` hears them even when the element sits inside another shadow root.
 */
import type { ProgressSummary, TopicStatus } from '@trailmark/curriculum';
import type { EmbedError } from './embed-error';

/**
 * A validated, frozen curriculum as the element shows it. Its full shape is the `Curriculum` type
 * of `@trailmark/curriculum`; the declarations here keep to what needs no other package, so install
 * `@trailmark/curriculum` and narrow with `as Curriculum` when you read more than `id`/`version`.
 */
export interface CurriculumData {
  readonly id: string;
  readonly version: string;
  readonly [key: string]: unknown;
}

/** Detail of `trailmark:ready`, sent each time a curriculum has loaded and is drawn. */
export interface ReadyEventDetail {
  curriculum: CurriculumData;
}

/** Detail of `trailmark:progress`, sent when the learner changes a topic's status in this element. */
export interface ProgressEventDetail {
  topicId: string;
  status: TopicStatus;
  /** The whole curriculum's progress after the change. */
  summary: ProgressSummary;
}

/** Event name to detail type, for `addEventListener` typing. */
export interface TrailmarkEventMap {
  'trailmark:ready': CustomEvent<ReadyEventDetail>;
  'trailmark:progress': CustomEvent<ProgressEventDetail>;
  'trailmark:error': CustomEvent<EmbedError>;
}

/** Dispatches one of the element's events from `target`. */
export function emit<K extends keyof TrailmarkEventMap>(
  target: EventTarget,
  type: K,
  detail: TrailmarkEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // The events are composed and bubble: every element on the path, and the document, hear them.
  interface HTMLElementEventMap extends TrailmarkEventMap {}
  interface DocumentEventMap extends TrailmarkEventMap {}
}
