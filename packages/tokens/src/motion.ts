/**
 * Durations and easing curves. Consumers honour `prefers-reduced-motion` themselves (for example by
 * setting the `--tm-motion-duration-*` variables to `0ms` in a media query), because only they know
 * which transitions carry meaning.
 */
export const motion = {
  duration: {
    fast: '120ms',
    normal: '200ms',
    slow: '320ms',
  },
  easing: {
    /** Moves that start and end on screen. */
    standard: 'cubic-bezier(0.2, 0, 0, 1)',
    /** Things appearing: decelerate into place. */
    enter: 'cubic-bezier(0, 0, 0, 1)',
    /** Things leaving: accelerate away. */
    exit: 'cubic-bezier(0.3, 0, 1, 1)',
  },
} as const;
