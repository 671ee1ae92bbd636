import { Link } from 'wouter';
import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { localizedPath } from '../locale/locales';
import { PageTitle } from './PageTitle';

/** Any address no route matches. */
export function NotFoundPage() {
  const t = useT();
  const locale = useAppLocale();
  return (
    <article className="demo-page demo-message">
      <Head
        title={`${t('notFound.title')} · ${t('site.name')}`}
        description={t('notFound.body')}
        lang={locale}
        path={localizedPath(locale, '/404')}
        noindex
      />
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
