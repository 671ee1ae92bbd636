import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { PageTitle } from './PageTitle';

/** `/levels/:id`: one level in depth. */
export function LevelPage({ id }: { id: string }) {
  const t = useT();
  const locale = useAppLocale();
  return (
    <article className="demo-page">
      <Head title={id} description={t('site.tagline')} locale={locale} path={`/levels/${id}`} />
      <PageTitle>{id}</PageTitle>
    </article>
  );
}
