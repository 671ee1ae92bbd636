import { localize } from '@trailmark/curriculum';
import { createLocalStorageStore, type ProgressStore, RoadmapTimeline } from '@trailmark/react';
import { lazy, type RefObject, Suspense, useEffect, useMemo, useRef } from 'react';
import { useSearch } from 'wouter';
import { type FrameResizeMessage, framePath, readEmbedOptions } from '../embed/options';
import { useBuiltInRoadmap } from '../embed/useBuiltInRoadmap';
import { Head } from '../head/Head';
import { FRAME_PATH } from '../hydration';
import { isLocale } from '../locale/locales';
import { translate } from '../locale/messages';
import { roadmap as bundled, progressStore } from '../roadmap/builtIn';
import { PageTitle } from './PageTitle';

/** The map, with its layout library: loaded only by a frame asked for `view=map`. */
const RoadmapMap = lazy(() =>
  import('@trailmark/react/map').then((module) => ({ default: module.RoadmapMap })),
);

const stores = new Map<string, ProgressStore>([[bundled.id, progressStore]]);

/** One progress store per roadmap id, shared with the rest of the site for the bundled roadmap. */
function storeFor(id: string): ProgressStore {
  let store = stores.get(id);
  if (!store) {
    store = createLocalStorageStore({ curriculumId: id });
    stores.set(id, store);
  }
  return store;
}

/**
 * Tells the embedding page how tall the frame's content is, whenever that changes, so that it can
 * size the iframe (see the resize listener on the embed page). Only inside a frame.
 */
function useReportHeight(element: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const target = element.current;
    if (!target || window.parent === window) return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(target.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: FrameResizeMessage = { type: 'trailmark:resize', height };
      // The height is not a secret; any embedding page may read it.
      window.parent.postMessage(message, '*');
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
}

/**
 * `/embed/frame?roadmap=…&locale=…&theme=…&orientation=…&view=…`: the roadmap alone, for iframes,
 * as a timeline or (`view=map`) a map whose list form is the same frame as a timeline. Options that
 * are missing or unknown take their defaults; an unknown roadmap says so.
 */
export function FramePage() {
  const search = useSearch();
  const options = useMemo(() => readEmbedOptions(search), [search]);
  const state = useBuiltInRoadmap(options.roadmap);
  const main = useRef<HTMLElement>(null);
  useReportHeight(main);
  const locale = isLocale(options.locale) ? options.locale : 'en';
  const title =
    state.status === 'ready'
      ? localize(state.curriculum.title, options.locale, state.curriculum.defaultLocale)
      : 'Trailmark';
  const loading = <p role="status">{translate(locale, 'frame.loading')}</p>;

  return (
    <main ref={main} className="demo-frame" data-tm-theme={options.theme}>
      <Head
        title={title}
        description={
          state.status === 'ready'
            ? localize(state.curriculum.summary, options.locale, state.curriculum.defaultLocale)
            : title
        }
        lang={options.locale}
        path={FRAME_PATH}
        noindex
      />
      <PageTitle className="demo-frame__title">{title}</PageTitle>
      {state.status === 'ready' &&
        (options.view === 'map' ? (
          <Suspense fallback={loading}>
            <RoadmapMap
              curriculum={state.curriculum}
              locale={options.locale}
              store={storeFor(state.curriculum.id)}
              theme={options.theme}
              headingLevel={2}
              timelineHref={framePath({ ...options, view: 'timeline' })}
            />
          </Suspense>
        ) : (
          <RoadmapTimeline
            curriculum={state.curriculum}
            locale={options.locale}
            store={storeFor(state.curriculum.id)}
            theme={options.theme}
            orientation={options.orientation}
            headingLevel={2}
          />
        ))}
      {state.status === 'loading' && loading}
      {state.status === 'unknown' && (
        <p role="alert">{translate(locale, 'frame.unknownRoadmap', { id: options.roadmap })}</p>
      )}
    </main>
  );
}
