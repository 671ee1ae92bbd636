/**
 * Which address a prerendered HTML file was rendered for. The server writes it on the root element;
 * the browser hydrates only when its own address gives the same key, and renders afresh otherwise
 * (404.html answering an unknown path, the frame opened with other options), so hydration never
 * meets markup rendered for another page.
 */
export function hydrationKey(pathname: string, search: string): string {
  // The chromeless frame renders from its query; every other page from its path alone.
  return pathname === FRAME_PATH ? `${pathname}${search}` : pathname;
}

/** The chromeless route iframes point at. */
export const FRAME_PATH = '/embed/frame';
