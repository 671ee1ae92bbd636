import type { KeyboardEvent } from 'react';

/** Which arrows move: Up/Down (`vertical`), Left/Right (`horizontal`) or all four (`both`). */
export type FocusAxis = 'vertical' | 'horizontal' | 'both';

/**
 * Arrow keys, Home and End over a collection: moves focus from the item that received `event` to
 * the previous, next, first or last of `items`, and prevents the key's default (scrolling). Returns
 * whether it handled the key: `false` for other keys, or when the target is not one of `items`.
 * The one keyboard-navigation rule of the package: the timeline's level headers and the status
 * menu's items both move by it.
 * @param wrap past the last item comes the first (menus), instead of staying at the end.
 * @param rtl Left and Right swap, as in a right-to-left layout.
 */
export function moveFocusByKey(
  event: KeyboardEvent,
  items: readonly HTMLElement[],
  axis: FocusAxis,
  wrap = false,
  rtl = false,
): boolean {
  const index = items.indexOf(event.target as HTMLElement);
  const last = items.length - 1;
  if (index < 0) return false;
  const ahead = rtl ? -1 : 1;
  const steps: Record<string, number | false> = {
    ArrowDown: axis !== 'horizontal' && 1,
    ArrowUp: axis !== 'horizontal' && -1,
    ArrowRight: axis !== 'vertical' && ahead,
    ArrowLeft: axis !== 'vertical' && -ahead,
  };
  const step = steps[event.key];
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = last;
  else if (step) next = wrap ? (index + step + items.length) % items.length : index + step;
  else return false;
  event.preventDefault();
  items[Math.min(Math.max(next, 0), last)]?.focus();
  return true;
}
