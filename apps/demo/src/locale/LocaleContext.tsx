import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { type MessageKey, type MessageValues, translate } from './messages';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Provides the interface language of the page (taken from its URL). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** The page's interface language. */
export function useAppLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * A translator for the app's own strings (the components bring theirs). `{name}` placeholders are
 * filled from `values`, and `{count, plural, …}` forms pick by the number `values.count`
 * (`fillMessage` of `@trailmark/curriculum/locale`).
 * @example const t = useT(); t('progress.imported', { count: 3 })
 */
export function useT(): (key: MessageKey, values?: MessageValues) => string {
  const locale = useContext(LocaleContext);
  return useCallback((key, values) => translate(locale, key, values), [locale]);
}
