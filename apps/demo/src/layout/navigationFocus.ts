/**
 * After a client-side navigation, focus moves to the new page's `<h1>`, as a full page load would
 * put keyboard and screen-reader users at the start of the new content. The layout notices the
 * navigation; the title takes focus when it mounts, which for a lazily loaded page is later.
 */
let pending = false;

/** Called by the layout when the path changed through client-side navigation. */
export function requestTitleFocus(): void {
  pending = true;
}

/** Called by the page title once mounted: focuses it if a navigation asked for it. */
export function takeTitleFocus(title: HTMLElement | null): void {
  if (!pending || !title) return;
  pending = false;
  title.focus();
}
