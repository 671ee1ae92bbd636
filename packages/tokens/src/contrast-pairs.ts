import type { ColorTokenName } from './tokens.js';

/**
 * What the pair is checked against. WCAG 2.2 AA: `text` needs 4.5:1 (SC 1.4.3); `non-text`
 * (focus indicators, control boundaries, meter fills) needs 3:1 (SC 1.4.11).
 */
export type ContrastKind = 'text' | 'non-text';

/** A foreground color token drawn on a background color token somewhere in the components. */
export interface ContrastPair {
  readonly fg: ColorTokenName;
  readonly bg: ColorTokenName;
  readonly kind: ContrastKind;
  /** Where the pair appears, for failure messages and the contrast table. */
  readonly use: string;
}

const text = (fg: ColorTokenName, bg: ColorTokenName, use: string): ContrastPair => ({
  fg,
  bg,
  kind: 'text',
  use,
});
const nonText = (fg: ColorTokenName, bg: ColorTokenName, use: string): ContrastPair => ({
  fg,
  bg,
  kind: 'non-text',
  use,
});

const statuses = ['not-started', 'in-progress', 'done', 'skipped'] as const;
const levels = [1, 2, 3, 4, 5] as const;

/**
 * Every foreground/background combination the Trailmark components draw, checked in both themes by
 * `checkContrast`. A component that puts a new pair on screen adds it here (or, in its own tests,
 * checks `[...contrastPairs, newPair]`).
 *
 * @example
 * ```ts
 * import { checkContrast, contrastPairs } from '@trailmark/tokens/contrast';
 * const failures = checkContrast([
 *   ...contrastPairs,
 *   { fg: 'color-accent', bg: 'color-bg-subtle', kind: 'text', use: 'Level code badge' },
 * ]).filter((result) => !result.pass);
 * ```
 */
export const contrastPairs: readonly ContrastPair[] = [
  text('color-text', 'color-bg', 'Body text on the page'),
  text('color-text', 'color-bg-subtle', 'Body text on subtle backgrounds'),
  text('color-text', 'color-surface', 'Body text on cards'),
  text('color-text', 'color-surface-raised', 'Body text in popovers'),
  text('color-text-muted', 'color-bg', 'Secondary text on the page'),
  text('color-text-muted', 'color-bg-subtle', 'Secondary text on subtle backgrounds'),
  text('color-text-muted', 'color-surface', 'Secondary text (hours, summaries) on cards'),
  text('color-text-muted', 'color-surface-raised', 'Secondary text in popovers'),
  text('color-accent', 'color-bg', 'Accent text on the page'),
  text('color-accent', 'color-surface', 'Accent text on cards'),
  text('color-accent', 'color-accent-subtle', 'Current or selected item label'),
  text('color-link', 'color-bg', 'Links on the page'),
  text('color-link', 'color-surface', 'Resource links on cards'),
  text('color-link-visited', 'color-bg', 'Visited links on the page'),
  text('color-link-visited', 'color-surface', 'Visited resource links on cards'),
  text('color-text-on-accent', 'color-accent', 'Primary button label'),
  text('color-text-on-accent', 'color-accent-hover', 'Primary button label, hovered'),
  ...statuses.flatMap((status) => [
    text(`color-status-${status}-fg`, `color-status-${status}-bg`, `Status "${status}" badge`),
    text(`color-status-${status}-fg`, 'color-surface', `Status "${status}" label on cards`),
  ]),
  text('color-danger-fg', 'color-danger-bg', 'Error panel heading'),
  text('color-danger-fg', 'color-surface', 'Inline error on cards'),
  text('color-text', 'color-danger-bg', 'Error panel issue list'),
  ...levels.flatMap((level) => [
    text(`color-level-${level}`, 'color-surface', `Level ${level} code on cards`),
    text('color-text-on-accent', `color-level-${level}`, `Level ${level} filled code badge`),
  ]),
  nonText('color-focus-ring', 'color-bg', 'Focus ring on the page'),
  nonText('color-focus-ring', 'color-surface', 'Focus ring on cards'),
  nonText('color-focus-ring', 'color-surface-raised', 'Focus ring in popovers'),
  nonText('color-border-strong', 'color-bg', 'Control boundary on the page'),
  nonText('color-border-strong', 'color-surface', 'Control boundary on cards'),
  nonText('color-border-strong', 'color-surface-raised', 'Control boundary in popovers'),
  nonText('color-accent', 'color-bg-subtle', 'Progress meter fill on its track'),
];
