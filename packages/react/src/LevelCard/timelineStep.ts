import type { Level, LocalizedText } from '@trailmark/curriculum';
import { createContext } from 'react';

/**
 * Whether the card is the learner's current level in a `RoadmapTimeline` (its header then carries
 * `aria-current="step"`). Private to the package: being a step exists only inside a timeline, so a
 * lone `LevelCard` has no prop for it.
 */
export const CurrentStepContext = /* @__PURE__ */ createContext(false);

/**
 * Whether a level code is a symbol with no letter or digit (`★`): a screen reader would read it
 * as "black star", so it is hidden from them and the level's title names the level alone.
 * @example isSymbolCode('★') // true; isSymbolCode('L2') // false
 */
export const isSymbolCode = (code: string): boolean => !/[\p{L}\p{N}]/u.test(code);

/**
 * A level's name as it is read: its code and title ("L2 LLM API application engineering"), or the
 * title alone when the code is a symbol ({@link isSymbolCode}).
 */
export const levelName = (level: Level, text: (value: LocalizedText) => string): string =>
  isSymbolCode(level.code) ? text(level.title) : `${level.code} ${text(level.title)}`;

/** The class of a card's header button: the timeline moves focus among these with arrow keys. */
export const LEVEL_TOGGLE_CLASS = 'tm-level-card__toggle';
