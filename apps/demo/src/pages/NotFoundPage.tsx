import { Link } from 'wouter';
import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
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
        locale={locale}
        path="/404"
        alternates={false}
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
