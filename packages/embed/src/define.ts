import { supportsAdoptedStyles } from './styles';
import { TrailmarkRoadmapElement } from './TrailmarkRoadmapElement';

/** The custom element's tag name. */
export const TAG_NAME = 'trailmark-roadmap';

/**
 * Registers `<trailmark-roadmap>` once per page. Loading the script twice (or both builds) is
 * harmless: the first registration wins. Browsers without constructed stylesheets keep showing
 * the light-DOM fallback content rather than an unstyled roadmap.
 * @param scriptUrl the URL the script was loaded from; built-in roadmap data sits beside it.
 */
export function defineTrailmarkRoadmap(scriptUrl: string): void {
  if (typeof customElements === 'undefined' || customElements.get(TAG_NAME)) return;
  if (!supportsAdoptedStyles()) return;
  TrailmarkRoadmapElement.scriptUrl = scriptUrl;
  customElements.define(TAG_NAME, TrailmarkRoadmapElement);
}
