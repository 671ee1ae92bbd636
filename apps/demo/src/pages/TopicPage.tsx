import {
  dependentsOf,
  type LocalizedText,
  localize,
  prerequisitesOf,
  statusOf,
  type TopicEntry,
} from '@trailmark/curriculum';
import { labelsFor } from '@trailmark/curriculum/locale';
import {
  isSymbolCode,
  ResourceLink,
  SkillTag,
  TopicList,
  useLocale,
  useProgress,
} from '@trailmark/react';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { Head } from '../head/Head';
import { absoluteUrl, localizedHead } from '../head/head';
import { HydrationBoundary } from '../layout/HydrationBoundary';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { localizedPath } from '../locale/locales';
import { roadmap } from '../roadmap/builtIn';
import { LazyMapView } from '../roadmap/lazyMap';
import { RoadmapProvider } from '../roadmap/RoadmapProvider';
import { TOPIC_IDS, TOPICS, topicPath } from '../roadmap/topicPages';
import { NotInRoadmap } from './NotInRoadmap';
import { PageTitle } from './PageTitle';
import { topicJsonLd } from './topicJsonLd';

/**
 * `/topics/:id`: one topic — summary, hours, where it sits, the reader's status, its resources, the
 * topics it needs and the ones it unlocks (each a link to its own page).
 */
export function TopicPage({ id }: { id: string }) {
  const entry = TOPICS.get(id);
  if (!entry) return <NotInRoadmap part="topic" id={id} path={topicPath(encodeURIComponent(id))} />;
  return (
    <RoadmapProvider>
      <TopicContent entry={entry} />
    </RoadmapProvider>
  );
}

function TopicContent({ entry }: { entry: TopicEntry }) {
  const t = useT();
  const locale = useAppLocale();
  const { format } = useLocale();
  const { topic, module, level, levelIndex } = entry;
  const text = (value: LocalizedText) => localize(value, locale, roadmap.defaultLocale);
  const title = text(topic.title);
  const levelName = isSymbolCode(level.code)
    ? text(level.title)
    : `${level.code} · ${text(level.title)}`;
  // The level as a short tag in the page title: its code, or the title of a symbol-coded level.
  const levelTag = isSymbolCode(level.code) ? text(level.title) : level.code;
  const path = topicPath(topic.id);
  const head = useMemo(
    () =>
      localizedHead(locale, path, {
        title: `${title} · ${levelTag} · ${localize(roadmap.title, locale, roadmap.defaultLocale)}`,
        description: localize(topic.summary, locale, roadmap.defaultLocale),
        jsonLd: topicJsonLd(
          roadmap,
          entry,
          locale,
          absoluteUrl(localizedPath(locale, '/')),
          absoluteUrl(localizedPath(locale, path)),
        ),
      }),
    [locale, path, title, levelTag, topic, entry],
  );
  const position = TOPIC_IDS.indexOf(topic.id);
  const previous = TOPICS.get(TOPIC_IDS[position - 1] ?? '');
  const next = TOPICS.get(TOPIC_IDS[position + 1] ?? '');
  const facts = [
    labelsFor(locale).kinds[topic.kind],
    t('topic.hours', { hours: format.hours(topic.estimatedHours) }),
  ];
  if (topic.optional) facts.push(t('topic.optional'));

  return (
    <article className="demo-page demo-topic" data-tone={(levelIndex % 5) + 1}>
      <Head {...head} />
      <nav aria-label={t('level.breadcrumb')} className="demo-breadcrumb">
        <ol>
          <li>
            <Link href="/">{text(roadmap.title)}</Link>
          </li>
          <li>
            <Link href={`/levels/${level.id}`}>
              {isSymbolCode(level.code) ? text(level.title) : level.code}
            </Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <header className="demo-hero">
        <PageTitle>{title}</PageTitle>
        <p className="demo-lead">{text(topic.summary)}</p>
        <p className="demo-meta">{facts.join(' · ')}</p>
        <p className="demo-meta">
          {t('topic.in', { level: levelName, module: text(module.title) })}
        </p>
      </header>

      <div className="demo-overview">
        <HydrationBoundary>
          <section className="demo-panel" aria-labelledby="status-heading">
            <h2 id="status-heading">{t('topic.status')}</h2>
            <TopicList topicIds={[topic.id]} />
          </section>
        </HydrationBoundary>
        {topic.skills.length > 0 && (
          <section className="demo-panel" aria-labelledby="skills-heading">
            <h2 id="skills-heading">{t('topic.skills')}</h2>
            <p className="demo-tags">
              {topic.skills.map((skill) => (
                <SkillTag key={skill} skill={skill} />
              ))}
            </p>
          </section>
        )}
      </div>

      <HydrationBoundary>
        <div className="demo-overview demo-section">
          <TopicLinks
            id="prerequisites"
            heading={t('topic.prerequisites')}
            none={t('topic.prerequisitesNone')}
            topicIds={prerequisitesOf(roadmap, topic.id)}
          />
          <TopicLinks
            id="dependents"
            heading={t('topic.dependents')}
            none={t('topic.dependentsNone')}
            topicIds={dependentsOf(roadmap, topic.id)}
          />
        </div>
      </HydrationBoundary>

      <section aria-labelledby="map-heading" className="demo-section">
        <h2 id="map-heading">{t('topic.map', { level: levelTag })}</h2>
        <HydrationBoundary>
          <LazyMapView
            className="demo-topic-map"
            level={level.id}
            defaultSelectedTopic={topic.id}
            headingLevel={3}
            timelinePath={`/levels/${level.id}`}
          />
        </HydrationBoundary>
      </section>

      {topic.resources.length > 0 && (
        <section aria-labelledby="resources-heading" className="demo-section">
          <h2 id="resources-heading">{t('topic.resources')}</h2>
          <ul className="demo-resources">
            {topic.resources.map((resource) => (
              <li key={resource.url}>
                <ResourceLink resource={resource} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label={t('topic.pager')} className="demo-pager">
        {previous && (
          <Link href={topicPath(previous.topic.id)} rel="prev">
            {t('topic.previous', { title: text(previous.topic.title) })}
          </Link>
        )}
        {next && (
          <Link href={topicPath(next.topic.id)} rel="next">
            {t('topic.next', { title: text(next.topic.title) })}
          </Link>
        )}
      </nav>
    </article>
  );
}

/** A titled list of topics as links to their pages, each with the reader's status. */
function TopicLinks({
  id,
  heading,
  none,
  topicIds,
}: {
  id: string;
  heading: string;
  none: string;
  topicIds: readonly string[];
}) {
  const { progress } = useProgress();
  const locale = useAppLocale();
  const statuses = labelsFor(locale).statuses;
  const text = (value: LocalizedText) => localize(value, locale, roadmap.defaultLocale);
  return (
    <section className="demo-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {topicIds.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="demo-topic-links">
          {topicIds.map((topicId) => {
            const other = TOPICS.get(topicId);
            if (!other) return null;
            const status = statusOf(progress, topicId);
            return (
              <li key={topicId} data-status={status}>
                <Link href={topicPath(topicId)}>{text(other.topic.title)}</Link>{' '}
                <span className="demo-meta">
                  {isSymbolCode(other.level.code) ? text(other.level.title) : other.level.code} ·{' '}
                  {statuses[status]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
