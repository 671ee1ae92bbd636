import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { type MessageKey, messagesFor } from './messages';

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
 * filled from `values`.
 * @example const t = useT(); t('progress.imported', { count: 3 })
 */
export function useT(): (key: MessageKey, values?: Record<string, string | number>) => string {
  const messages = messagesFor(useContext(LocaleContext));
  return useCallback((key, values) => fillMessage(messages[key], values), [messages]);
}

/** Replaces each `{name}` in `template` with `values[name]`; unknown names stay as written. */
export function fillMessage(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
