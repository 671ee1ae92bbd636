/**
 * Picking the text for a reader's language out of a LocalizedText.
 */
import { matchLocale } from './locale/match.js';
import type { LocalizedText } from './schema.js';

/**
 * The text of `text` for `locale`, chosen by `matchLocale` (`@trailmark/curriculum/locale`): the exact tag, else the tag of
 * the same language that suits the reader best (the same script first: `zh-TW` reads `zh-Hant`
 * before `zh-CN`; then the same region; then no region: `en-GB` reads `en` before `en-US`); else
 * the text of `defaultLocale` (matched the same way); else the first text. Tags match whatever
 * their case. A plain string is returned as is.
 * @example
 * localize({ 'zh-CN': '检索增强生成', en: 'Retrieval-augmented generation' }, 'zh') // '检索增强生成'
 * localize({ 'zh-CN': '检索增强生成', en: 'Retrieval-augmented generation' }, 'fr', 'en')
 * // 'Retrieval-augmented generation'
 */
export function localize(text: LocalizedText, locale: string, defaultLocale?: string): string {
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const key =
    matchLocale(locale, keys) ??
    (defaultLocale === undefined ? undefined : matchLocale(defaultLocale, keys)) ??
    keys[0];
  return key === undefined ? '' : (text[key] as string);
}
