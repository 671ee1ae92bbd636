import { type LocalizedText, localize, nextTopics, toJsonLd } from '@trailmark/curriculum';
import {
  isSymbolCode,
  ProgressMeter,
  RoadmapTimeline,
  RoleBadge,
  StudyPlan,
  useLocale,
  useProgress,
} from '@trailmark/react';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { Head } from '../head/Head';
import { absoluteUrl, localizedHead, type PageHead } from '../head/head';
import { HydrationBoundary } from '../layout/HydrationBoundary';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { type Locale, localizedPath } from '../locale/locales';
import { STORAGE_KEYS } from '../preferences/storage';
import { useStoredState } from '../preferences/useStoredState';
import { ProgressActions } from '../progress/ProgressActions';
import { roadmap } from '../roadmap/builtIn';
import { DownloadMap } from '../roadmap/DownloadMap';
import { NextUp } from '../roadmap/NextUp';
import { RoadmapProvider } from '../roadmap/RoadmapProvider';
import { usePrinting } from '../roadmap/usePrinting';
import { ViewSwitch } from '../roadmap/ViewSwitch';
import { useRememberedView } from '../roadmap/views';
import { PageTitle } from './PageTitle';

const LEVEL_IDS = roadmap.levels.map((level) => level.id);
const NONE: readonly string[] = [];

/** Hours per week the study plan starts from. */
const DEFAULT_HOURS_PER_WEEK = 10;

function decodeHours(stored: string): number | undefined {
  const hours = Number(stored);
  return Number.isFinite(hours) && hours > 0 && hours <= 168 ? hours : undefined;
}

/** The head of the roadmap page, with the roadmap as schema.org JSON-LD. */
function roadmapHead(locale: Locale, siteName: string): PageHead {
  const title = localize(roadmap.title, locale, roadmap.defaultLocale);
  const url = absoluteUrl(localizedPath(locale, '/'));
  return localizedHead(locale, '/', {
    title: `${title} · ${siteName}`,
    description: localize(roadmap.summary, locale, roadmap.defaultLocale),
    jsonLd: toJsonLd(roadmap, { locale, url }),
  });
}

/** `/`: the built-in roadmap with progress, next topics, the levels, the study plan and roles. */
export function RoadmapPage() {
  const t = useT();
  const locale = useAppLocale();
  const head = useMemo(() => roadmapHead(locale, t('site.name')), [locale, t]);
  return (
    <RoadmapProvider>
      <Head {...head} />
      <RoadmapContent />
    </RoadmapProvider>
  );
}

/**
 * The page body. It reads nothing that changes once the page hydrates (progress, stored
 * preferences): each part that does reads it itself, inside its own hydration boundary, so the
 * first client read re-renders that part alone and never the whole roadmap in one long task.
 */
function RoadmapContent() {
  const t = useT();
  const { locale } = useLocale();
  const appLocale = useAppLocale();
  // Paper gets every level open (a printed roadmap cannot be clicked open) in one column (cards
  // alternating on both sides of a rail break badly across pages); the screen keeps its state.
  const printing = usePrinting();
  useRememberedView();
  const text = (value: LocalizedText) => localize(value, locale, roadmap.defaultLocale);

  return (
    <article className="demo-page demo-roadmap">
      <header className="demo-hero">
        <PageTitle>{text(roadmap.title)}</PageTitle>
        <p className="demo-lead">{text(roadmap.summary)}</p>
        <ViewSwitch current="timeline" />
      </header>

      <div className="demo-overview">
        <HydrationBoundary>
          <OverallProgress />
        </HydrationBoundary>
        <HydrationBoundary>
          <RoadmapNextUp />
        </HydrationBoundary>
      </div>

      <HydrationBoundary>
        <section aria-labelledby="levels-heading" className="demo-section">
          <h2 id="levels-heading">{t('roadmap.levels')}</h2>
          {/* Levels start collapsed: the page is an overview (each level has its own page in depth),
              and a short first render matters on slow phones. The levels a reader opens stay open
              after a reload: the timeline keeps them in the progress store. Printing controls
              them (all open) in a timeline of its own, so neither switches between the two. */}
          <RoadmapTimeline
            key={printing ? 'print' : 'screen'}
            headingLevel={3}
            orientation={printing ? 'vertical' : 'auto'}
            expandedLevels={printing ? LEVEL_IDS : undefined}
            defaultExpandedLevels={NONE}
            levelHref={(id) => localizedPath(appLocale, `/levels/${id}`)}
          />
          <p className="demo-note">{t('roadmap.estimate')}</p>
          <DownloadMap label={t('map.download')} />
        </section>
      </HydrationBoundary>

      <HydrationBoundary>
        <RoadmapStudyPlan />
      </HydrationBoundary>

      <HydrationBoundary>
        <section aria-labelledby="roles-heading" className="demo-section">
          <h2 id="roles-heading">{t('roadmap.roles')}</h2>
          <ul className="demo-level-roles">
            {roadmap.levels.map((level) => (
              <li key={level.id}>
                <Link href={`/levels/${level.id}`} className="demo-level-link">
                  {/* A symbol code (★) would be read as "black star": such a level is named by its
                      title alone, in the visible text too, so the link's name is what it shows. */}
                  {isSymbolCode(level.code)
                    ? t('roadmap.levelLinkTitle', { title: text(level.title) })
                    : t('roadmap.levelLink', { code: level.code, title: text(level.title) })}
                </Link>
                <span className="demo-tags">
                  {level.roles.map((role) => (
                    <RoleBadge key={role} jobRole={role} />
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </HydrationBoundary>
    </article>
  );
}

/** The progress panel: the overall figures and the progress file actions. */
function OverallProgress() {
  const t = useT();
  const { format } = useLocale();
  const { overall } = useProgress().summary;
  return (
    <section className="demo-panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('roadmap.progress')}</h2>
      <ProgressMeter value={overall.percent} label={t('roadmap.progress')} />
      <p>
        {t('roadmap.progressSummary', {
          complete: format.number(overall.complete),
          total: format.number(overall.total),
          hours: format.hours(overall.hoursComplete),
        })}
      </p>
      <ProgressActions />
    </section>
  );
}

/** The next three topics to study, from the saved progress. */
function RoadmapNextUp() {
  const { progress } = useProgress();
  const next = useMemo(
    () => nextTopics(roadmap, progress, 3).map((entry) => entry.topic.id),
    [progress],
  );
  return <NextUp topicIds={next} />;
}

/** The study plan, at the hours per week this browser keeps. */
function RoadmapStudyPlan() {
  const t = useT();
  const [hoursPerWeek, setHoursPerWeek] = useStoredState(
    STORAGE_KEYS.hoursPerWeek,
    DEFAULT_HOURS_PER_WEEK,
    decodeHours,
    String,
  );
  return (
    <StudyPlan
      className="demo-section"
      headingLevel={2}
      heading={t('roadmap.plan')}
      hoursPerWeek={hoursPerWeek}
      onHoursPerWeekChange={setHoursPerWeek}
    />
  );
}
