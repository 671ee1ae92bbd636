import { type LocalizedText, localize } from '@trailmark/curriculum';
import { Link } from 'wouter';
import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { localizedPath } from '../locale/locales';
import type { MessageKey } from '../locale/messages';
import { roadmap } from '../roadmap/builtIn';
import { PageTitle } from './PageTitle';

/** What was asked for and is not in the roadmap. */
export type MissingPart = 'level' | 'topic';

const WORDS: Record<MissingPart, { title: MessageKey; body: MessageKey }> = {
  level: { title: 'level.notFoundTitle', body: 'level.notFoundBody' },
  topic: { title: 'topic.notFoundTitle', body: 'topic.notFoundBody' },
};

/**
 * The page for a level or topic id the built-in roadmap does not have (`/levels/:id`,
 * `/topics/:id`): what is missing, and the roadmap's levels to go to instead. Not indexed.
 * @param path the locale-relative address asked for, e.g. `/topics/no-such-topic`.
 */
export function NotInRoadmap({ part, id, path }: { part: MissingPart; id: string; path: string }) {
  const t = useT();
  const locale = useAppLocale();
  const text = (value: LocalizedText) => localize(value, locale, roadmap.defaultLocale);
  const words = WORDS[part];
  return (
    <article className="demo-page demo-message">
      <Head
        title={`${t(words.title)} · ${t('site.name')}`}
        description={t(words.body, { id })}
        lang={locale}
        path={localizedPath(locale, path)}
        noindex
      />
      <PageTitle>{t(words.title)}</PageTitle>
      <p>{t(words.body, { id })}</p>
      <ul>
        {roadmap.levels.map((level) => (
          <li key={level.id}>
            <Link href={`/levels/${level.id}`}>
              {level.code} · {text(level.title)}
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
