import { type ReactNode, useEffect, useRef, useState } from 'react';
import { importScript } from '../companion';
import type { EmbedError } from '../embed-error';
import { LoadingState } from '../LoadingState';
import type { MapModule, MapMount, MapProps } from './contract';
import { mapLoadError } from './loadMap';

/** Props of {@link MapHost}. */
export interface MapHostProps {
  /** The map script's URL (`mapScriptUrl`). */
  url: string;
  /** What the map draws. */
  map: MapProps;
  /** Shown when the map script cannot be loaded: the same roadmap as a timeline. */
  fallback: ReactNode;
  /** Told when the map script could not be loaded. */
  onLoadError: (error: EmbedError) => void;
}

/**
 * `view="map"`: loads the map script on first use and lets it draw into a container of its own
 * (the map script brings its renderer, so this tree never renders inside that container). While
 * it loads, the loading message shows; if it cannot load, the timeline does, and `onLoadError`
 * says why. Kept small: it is in the script every page loads.
 */
export function MapHost({ url, map, fallback, onLoadError }: MapHostProps) {
  // undefined: loading; null: failed.
  const [module, setModule] = useState<MapModule | null>();
  const container = useRef<HTMLDivElement>(null);
  const mount = useRef<MapMount>(undefined);

  useEffect(() => {
    importScript<MapModule>(url).then(setModule, (thrown: unknown) => {
      setModule(null);
      onLoadError(mapLoadError(url, thrown));
    });
  }, [url, onLoadError]);
  // After every render: the map draws with the element's latest state and attributes.
  useEffect(() => {
    if (!module || !container.current) return;
    if (mount.current) mount.current.render(map);
    else mount.current = module.mountMap(container.current, map);
  });
  useEffect(() => () => mount.current?.unmount(), []);

  if (module === null) return fallback;
  return (
    <>
      {!module && <LoadingState />}
      <div ref={container} className="tm-embed-map" />
    </>
  );
}
