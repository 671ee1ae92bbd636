import { Head } from '../head/Head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { PageTitle } from '../pages/PageTitle';

/** `/playground`: write a curriculum, see its issues and a live preview. */
export default function PlaygroundPage() {
  const t = useT();
  const locale = useAppLocale();
  return (
    <article className="demo-page">
      <Head
        title={t('playground.title')}
        description={t('playground.description')}
        locale={locale}
        path="/playground"
      />
      <PageTitle>{t('playground.title')}</PageTitle>
    </article>
  );
}
