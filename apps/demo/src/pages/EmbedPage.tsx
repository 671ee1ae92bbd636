import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { PageTitle } from './PageTitle';

/** `/embed`: the snippet generator. */
export function EmbedPage() {
  const t = useT();
  const locale = useAppLocale();
  return (
    <article className="demo-page">
      <Head
        title={t('embed.title')}
        description={t('embed.description')}
        locale={locale}
        path="/embed"
      />
      <PageTitle>{t('embed.title')}</PageTitle>
    </article>
  );
}
