import { RoadmapMap, type RoadmapMapProps } from '@trailmark/react/map';
import { useAppLocale } from '../locale/LocaleContext';
import { localizedPath } from '../locale/locales';
import { topicPath } from './topicPages';

/** Props of {@link MapView}: the map's, with the site's links filled in. */
export type MapViewProps = Omit<RoadmapMapProps, 'topicHref' | 'timelineHref'> & {
  /** The locale-relative address of the same content as a timeline. */
  timelinePath: string;
};

/**
 * The built-in roadmap (inside `RoadmapProvider`) as a map whose topics lead to their pages. A
 * module of its own, loaded lazily (see `lazyMap.ts`): the map and its layout library are for the
 * pages that show a map, not for every page of the site.
 */
export default function MapView({ timelinePath, ...props }: MapViewProps) {
  const locale = useAppLocale();
  return (
    <RoadmapMap
      {...props}
      timelineHref={localizedPath(locale, timelinePath)}
      topicHref={(id) => localizedPath(locale, topicPath(id))}
    />
  );
}
