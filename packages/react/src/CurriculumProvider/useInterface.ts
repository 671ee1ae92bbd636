import { type LocalizedText, localize } from '@trailmark/curriculum';
import { type Formatters, formattersFor } from '../i18n/format';
import { type MessageOverrides, resolveMessages, type SharedMessages } from '../i18n/messages';
import { useOptionalCurriculumContext } from './context';

/** Strings, formatters and text lookup for components that also work without a provider. */
export interface InterfaceText {
  locale: string;
  messages: SharedMessages;
  format: Formatters;
  text(value: LocalizedText): string;
}

/**
 * The interface language for a leaf component: its own `locale`/`messages` props first, then the
 * nearest provider's, then English.
 */
export function useInterface(locale?: string, overrides?: MessageOverrides): InterfaceText {
  const context = useOptionalCurriculumContext();
  if (context && locale === undefined && overrides === undefined) return context;
  const effective = locale ?? context?.locale ?? 'en';
  const defaultLocale = context?.curriculum.defaultLocale;
  return {
    locale: effective,
    messages: resolveMessages(effective, overrides ?? context?.overrides),
    format: formattersFor(effective),
    text: (value) => localize(value, effective, defaultLocale),
  };
}
