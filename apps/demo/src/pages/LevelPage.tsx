import { type Level, type LocalizedText, levelHours, localize } from '@trailmark/curriculum';
import {
  isSymbolCode,
  ProgressMeter,
  RoleBadge,
  TopicList,
  useLocale,
  useProgress,
} from '@trailmark/react';
import { Link } from 'wouter';
import { Head } from '../head/Head';
import { localizedHead } from '../head/head';
import { HydrationBoundary } from '../layout/HydrationBoundary';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { roadmap } from '../roadmap/builtIn';
import { DownloadMap } from '../roadmap/DownloadMap';
import { RoadmapProvider } from '../roadmap/RoadmapProvider';
import { ViewSwitch } from '../roadmap/ViewSwitch';
import { useRememberedView } from '../roadmap/views';
import { NotInRoadmap } from './NotInRoadmap';
import { PageTitle } from './PageTitle';

/** `/levels/:id`: one level in depth — outcomes, roles, every module and topic with its status. */
export function LevelPage({ id }: { id: string }) {
  const index = roadmap.levels.findIndex((level) => level.id === id);
  const level = roadmap.levels[index];
  if (!level)
    return <NotInRoadmap part="level" id={id} path={`/levels/${encodeURIComponent(id)}`} />;
  return (
    <RoadmapProvider>
      <LevelContent
        level={level}
        previous={roadmap.levels[index - 1]}
        next={roadmap.levels[index + 1]}
      />
    </RoadmapProvider>
  );
}

function LevelContent({
  level,
  previous,
  next,
}: {
  level: Level;
  previous: Level | undefined;
  next: Level | undefined;
}) {
  const t = useT();
  const locale = useAppLocale();
  const { format } = useLocale();
  const { summary } = useProgress();
  const text = (value: LocalizedText) => localize(value, locale, roadmap.defaultLocale);
  const title = `${level.code} · ${text(level.title)}`;
  const counts = summary.levels[level.id];
  useRememberedView(level.id);

  return (
    <article className="demo-page demo-level" data-tone={(roadmap.levels.indexOf(level) % 5) + 1}>
      <Head
        {...localizedHead(locale, `/levels/${level.id}`, {
          title: `${title} · ${text(roadmap.title)}`,
          description: text(level.summary),
        })}
      />
      <nav aria-label={t('level.breadcrumb')} className="demo-breadcrumb">
        <ol>
          <li>
            <Link href="/">{text(roadmap.title)}</Link>
          </li>
          <li aria-current="page">{isSymbolCode(level.code) ? text(level.title) : level.code}</li>
        </ol>
      </nav>
      <header className="demo-hero">
        <PageTitle>
          <span className="demo-level-code" aria-hidden={isSymbolCode(level.code) || undefined}>
            {level.code}
          </span>{' '}
          {text(level.title)}
        </PageTitle>
        <p className="demo-lead">{text(level.summary)}</p>
        <p className="demo-meta">
          {t('level.hours', { hours: format.hours(levelHours(level)) })}
          {level.optional && ` · ${t('level.optional')}`}
        </p>
        <ViewSwitch current="timeline" levelId={level.id} />
        <ProgressMeter
          value={counts?.percent ?? 0}
          label={t('level.progress', {
            level: isSymbolCode(level.code) ? text(level.title) : level.code,
          })}
        />
      </header>

      <div className="demo-overview">
        {level.outcomes.length > 0 && (
          <section className="demo-panel" aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">{t('level.outcomes')}</h2>
            <ul>
              {level.outcomes.map((outcome) => {
                const line = text(outcome);
                return <li key={line}>{line}</li>;
              })}
            </ul>
          </section>
        )}
        {level.roles.length > 0 && (
          <section className="demo-panel" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{t('level.roles')}</h2>
            <ul className="demo-role-list">
              {level.roles.map((roleId) => {
                const role = roadmap.roles.find((candidate) => candidate.id === roleId);
                return (
                  <li key={roleId}>
                    <RoleBadge jobRole={roleId} />
                    {role && <p>{text(role.summary)}</p>}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>

      <section aria-labelledby="modules-heading" className="demo-section">
        <h2 id="modules-heading">{t('level.modules')}</h2>
        {level.modules.map((module) => (
          <HydrationBoundary key={module.id}>
            <section className="demo-module" aria-labelledby={`module-${module.id}`}>
              <h3 id={`module-${module.id}`}>{text(module.title)}</h3>
              <p>{text(module.summary)}</p>
              <TopicList moduleId={module.id} />
            </section>
          </HydrationBoundary>
        ))}
        <HydrationBoundary>
          <DownloadMap
            levelId={level.id}
            label={t('map.downloadLevel', {
              level: isSymbolCode(level.code) ? text(level.title) : level.code,
            })}
          />
        </HydrationBoundary>
      </section>

      <nav aria-label={t('level.pager')} className="demo-pager">
        {previous && (
          <Link href={`/levels/${previous.id}`} rel="prev">
            {t('level.previous', { title: `${previous.code} ${text(previous.title)}` })}
          </Link>
        )}
        {next && (
          <Link href={`/levels/${next.id}`} rel="next">
            {t('level.next', { title: `${next.code} ${text(next.title)}` })}
          </Link>
        )}
      </nav>
    </article>
  );
}
