import { type LocalizedText, localize } from '@trailmark/curriculum';
import { type Formatters, formattersFor } from '../i18n/format';
import { type MessageOverrides, resolveMessages, type SharedMessages } from '../i18n/messages';
import { useOptionalCurriculumContext } from './context';
import { usePageLanguage } from './pageLanguage';

/** Strings, formatters and text lookup for components that also work without a provider. */
export interface InterfaceText {
  locale: string;
  messages: SharedMessages;
  format: Formatters;
  text(value: LocalizedText): string;
}

/** The strings, formatters and text lookup of `locale` (the one place they are put together). */
export function interfaceText(
  locale: string,
  overrides: MessageOverrides | undefined,
  defaultLocale: string | undefined,
): InterfaceText {
  return {
    locale,
    messages: resolveMessages(locale, overrides),
    format: formattersFor(locale),
    text: (value) => localize(value, locale, defaultLocale),
  };
}

/**
 * The interface language for a leaf component: its own `locale`/`messages` props first, then the
 * nearest provider's, then the page's `<html lang>` (in the browser), then English.
 */
export function useInterface(locale?: string, overrides?: MessageOverrides): InterfaceText {
  const context = useOptionalCurriculumContext();
  const pageLanguage = usePageLanguage();
  if (context && locale === undefined && overrides === undefined) return context;
  return interfaceText(
    locale ?? context?.locale ?? pageLanguage ?? 'en',
    overrides ?? context?.overrides,
    context?.curriculum.defaultLocale,
  );
}
