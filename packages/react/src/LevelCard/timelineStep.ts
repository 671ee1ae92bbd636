import { createContext } from 'react';

/**
 * Whether the card is the learner's current level in a `RoadmapTimeline` (its header then carries
 * `aria-current="step"`). Private to the package: being a step exists only inside a timeline, so a
 * lone `LevelCard` has no prop for it.
 */
export const CurrentStepContext = /* @__PURE__ */ createContext(false);

/** The class of a card's header button: the timeline moves focus among these with arrow keys. */
export const LEVEL_TOGGLE_CLASS = 'tm-level-card__toggle';
