import { localize } from '@trailmark/curriculum';
import { createLocalStorageStore, type ProgressStore, RoadmapTimeline } from '@trailmark/react';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { useSearch } from 'wouter';
import { type FrameResizeMessage, readEmbedOptions } from '../embed/options';
import { useBuiltInRoadmap } from '../embed/useBuiltInRoadmap';
import { Head } from '../head/Head';
import { FRAME_PATH } from '../hydration';
import { isLocale } from '../locale/locales';
import { translate } from '../locale/messages';
import { roadmap as bundled, progressStore } from '../roadmap/builtIn';
import { PageTitle } from './PageTitle';

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
 * `/embed/frame?roadmap=…&locale=…&theme=…&orientation=…`: the timeline alone, for iframes. Options
 * that are missing or unknown take their defaults; an unknown roadmap says so.
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
      {state.status === 'ready' && (
        <RoadmapTimeline
          curriculum={state.curriculum}
          locale={options.locale}
          store={storeFor(state.curriculum.id)}
          theme={options.theme}
          orientation={options.orientation}
          headingLevel={2}
        />
      )}
      {state.status === 'loading' && <p role="status">{translate(locale, 'frame.loading')}</p>}
      {state.status === 'unknown' && (
        <p role="alert">{translate(locale, 'frame.unknownRoadmap', { id: options.roadmap })}</p>
      )}
    </main>
  );
}
