/**
 * Whether an element is laid out right-to-left. The computed `direction` also sees a `dir` set
 * outside a shadow root; the attribute lookup covers environments without layout (jsdom).
 */
export function isRightToLeft(element: Element): boolean {
  const computed = getComputedStyle(element).direction;
  if (computed) return computed === 'rtl';
  return element.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl';
}
