import { Link, useLocation } from 'wouter';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { LOCALES, type Locale, localizedPath } from '../locale/locales';
import { STORAGE_KEYS, writeStored } from '../preferences/storage';

const NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/**
 * Links to the current page in each language. They are real links (each language has its own
 * URL), so they work before the script loads; choosing one is remembered for the next visit.
 */
export function LanguageSwitch() {
  const t = useT();
  const current = useAppLocale();
  // Relative to the locale's base: `/levels/l1` whether the page is English or Chinese.
  const [path] = useLocation();
  return (
    <nav aria-label={t('language.label')} className="demo-language">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link
              href={`~${localizedPath(locale, path)}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'page' : undefined}
              onClick={() => writeStored(STORAGE_KEYS.locale, locale)}
            >
              {NAMES[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
