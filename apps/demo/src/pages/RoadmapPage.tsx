import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { PageTitle } from './PageTitle';

/** `/`: the built-in roadmap with progress, next topics and the study plan. */
export function RoadmapPage() {
  const t = useT();
  const locale = useAppLocale();
  return (
    <article className="demo-page">
      <Head title={t('site.name')} description={t('site.tagline')} locale={locale} path="/" />
      <PageTitle>{t('nav.roadmap')}</PageTitle>
    </article>
  );
}
