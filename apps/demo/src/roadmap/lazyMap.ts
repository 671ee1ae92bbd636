import { lazy } from 'react';

/** The map (`MapView`, with `@trailmark/react/map` and its layout library): loaded where shown. */
export const loadMapView = () => import('./MapView');

/** {@link loadMapView}'s component; wrap it in a Suspense boundary (`HydrationBoundary`). */
export const LazyMapView = lazy(loadMapView);

/** The source module of the map's chunk, which the prerendered pages showing a map list. */
export const MAP_VIEW_MODULE = 'src/roadmap/MapView.tsx';
