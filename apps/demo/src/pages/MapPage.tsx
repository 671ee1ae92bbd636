import { type Level, type LocalizedText, localize, toJsonLd } from '@trailmark/curriculum';
import { isSymbolCode } from '@trailmark/react';
import { Link } from 'wouter';
import { Head } from '../head/Head';
import { absoluteUrl, localizedHead } from '../head/head';
import { HydrationBoundary } from '../layout/HydrationBoundary';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { localizedPath } from '../locale/locales';
import { roadmap } from '../roadmap/builtIn';
import { DownloadMap } from '../roadmap/DownloadMap';
import { LazyMapView } from '../roadmap/lazyMap';
import { RoadmapProvider } from '../roadmap/RoadmapProvider';
import { usePrinting } from '../roadmap/usePrinting';
import { ViewSwitch } from '../roadmap/ViewSwitch';
import { viewPath } from '../roadmap/views';
import { PageTitle } from './PageTitle';

/**
 * `/map` and `/levels/:id/map`: the roadmap, or one level, as a map. Prerendered, so the picture is
 * there before any script runs; each topic leads to its own page.
 */
export function MapPage({ levelId }: { levelId?: string }) {
  const level = levelId ? roadmap.levels.find((candidate) => candidate.id === levelId) : undefined;
  return (
    <RoadmapProvider>
      <MapContent level={level} />
    </RoadmapProvider>
  );
}

function MapContent({ level }: { level: Level | undefined }) {
  const t = useT();
  const locale = useAppLocale();
  const text = (value: LocalizedText) => localize(value, locale, roadmap.defaultLocale);
  const roadmapTitle = text(roadmap.title);
  const levelName = level && (isSymbolCode(level.code) ? text(level.title) : level.code);
  const title = level
    ? t('map.levelTitle', {
        level: isSymbolCode(level.code)
          ? text(level.title)
          : `${level.code} · ${text(level.title)}`,
      })
    : t('map.title', { title: roadmapTitle });
  const path = viewPath('map', level?.id);
  const timeline = viewPath('timeline', level?.id);
  const printing = usePrinting();

  return (
    <article className="demo-page demo-map-page">
      <Head
        {...localizedHead(locale, path, {
          title: `${title} · ${roadmapTitle}`,
          description: level ? text(level.summary) : t('map.description', { title: roadmapTitle }),
          ...(level
            ? {}
            : {
                jsonLd: toJsonLd(roadmap, {
                  locale,
                  url: absoluteUrl(localizedPath(locale, '/')),
                }),
              }),
        })}
      />
      {level && (
        <nav aria-label={t('level.breadcrumb')} className="demo-breadcrumb">
          <ol>
            <li>
              <Link href="/map">{roadmapTitle}</Link>
            </li>
            <li aria-current="page">{levelName}</li>
          </ol>
        </nav>
      )}
      <header className="demo-hero">
        <PageTitle>{title}</PageTitle>
        <p className="demo-lead">{level ? text(level.summary) : text(roadmap.summary)}</p>
        <ViewSwitch current="map" levelId={level?.id} />
      </header>
      <p className="demo-note">{t('map.intro')}</p>
      <HydrationBoundary>
        {printing && !level ? (
          // On paper the whole roadmap goes level by level, each level's map at the page's width
          // from the top of a page, rather than one tall picture cut wherever a page ends.
          roadmap.levels.map((each) => (
            <LazyMapView
              key={each.id}
              className="demo-map demo-map--level"
              level={each.id}
              headingLevel={2}
              timelinePath={viewPath('timeline', each.id)}
            />
          ))
        ) : (
          <LazyMapView
            className="demo-map"
            level={level?.id}
            headingLevel={2}
            timelinePath={timeline}
          />
        )}
        <DownloadMap
          levelId={level?.id}
          label={level ? t('map.downloadLevel', { level: levelName ?? '' }) : t('map.download')}
        />
      </HydrationBoundary>
    </article>
  );
}
