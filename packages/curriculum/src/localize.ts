/**
 * Picking the text for a reader's language out of a LocalizedText.
 */
import type { LocalizedText } from './schema.js';

/**
 * The text of `text` for `locale`. Tags match case-insensitively, falling back in this order:
 * the exact tag; ever shorter tags (`zh-Hant-TW` -> `zh-Hant` -> `zh`); any tag of the same
 * language (`zh` -> `zh-CN`); `defaultLocale`; the first text. A plain string is returned as is.
 * @example
 * localize({ 'zh-CN': '检索增强生成', en: 'Retrieval-augmented generation' }, 'zh') // '检索增强生成'
 * localize({ 'zh-CN': '检索增强生成', en: 'Retrieval-augmented generation' }, 'fr', 'en')
 * // 'Retrieval-augmented generation'
 */
export function localize(text: LocalizedText, locale: string, defaultLocale?: string): string {
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const lookup = (tag: string): string | undefined => {
    const wanted = tag.toLowerCase();
    const key = keys.find((candidate) => candidate.toLowerCase() === wanted);
    return key === undefined ? undefined : text[key];
  };
  for (let tag = locale; tag !== ''; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
    const found = lookup(tag);
    if (found !== undefined) return found;
  }
  const language = locale.split('-')[0]?.toLowerCase();
  const sameLanguage = keys.find((key) => key.split('-')[0]?.toLowerCase() === language);
  if (language && sameLanguage !== undefined) return text[sameLanguage] as string;
  const fallback = defaultLocale === undefined ? undefined : lookup(defaultLocale);
  if (fallback !== undefined) return fallback;
  const first = keys[0];
  return first === undefined ? '' : (text[first] as string);
}
