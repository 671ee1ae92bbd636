import { supportsAdoptedStyles } from './styles';
import { createTrailmarkRoadmapElement } from './TrailmarkRoadmapElement';

/** The custom element's tag name. */
export const TAG_NAME = 'trailmark-roadmap';

/**
 * Registers `<trailmark-roadmap>` once per page. Loading the script twice (or both builds) is
 * harmless: the first registration wins. Browsers without constructed stylesheets keep showing
 * the light-DOM fallback content rather than an unstyled roadmap. Where there is no DOM (Node, a
 * server render) it does nothing, so importing the package there is safe.
 * @param scriptUrl the URL the script was loaded from; built-in roadmap data sits beside it.
 */
export function defineTrailmarkRoadmap(scriptUrl: string): void {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return;
  if (customElements.get(TAG_NAME) || !supportsAdoptedStyles()) return;
  customElements.define(TAG_NAME, createTrailmarkRoadmapElement(scriptUrl));
}
