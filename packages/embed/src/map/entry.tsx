/**
 * Entry of `trailmark-embed-map.js`: the map of `view="map"`, loaded by either build of the embed
 * script from beside itself (see `loadMap.ts`). Self-contained: it brings its own renderer, the
 * map component and its stylesheet, and draws into the container the element gives it.
 */

import stylesheet from 'virtual:trailmark-embed-map-stylesheet';
import { RoadmapMap } from '@trailmark/react/map';
import { createRoot } from 'react-dom/client';
import { RenderBoundary } from '../ErrorView';
import type { MapModule, MapProps } from './contract';

let sheet: CSSStyleSheet | undefined;

/** Adds the map's stylesheet (a constructed one: no `style-src` needed) to the element's shadow root. */
function adoptMapStyles(root: Node): void {
  if (!(root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(stylesheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

function MapView({ props }: { props: MapProps }) {
  const { onRenderError, ...map } = props;
  return (
    <RenderBoundary props={props} resetKey={props.curriculum}>
      <RoadmapMap {...map} />
    </RenderBoundary>
  );
}

/** Draws the map into `container`; see {@link MapModule}. */
export const mountMap: MapModule['mountMap'] = (container, props) => {
  adoptMapStyles(container.getRootNode());
  const root = createRoot(container);
  root.render(<MapView props={props} />);
  return {
    render: (next) => root.render(<MapView props={next} />),
    unmount: () => root.unmount(),
  };
};
