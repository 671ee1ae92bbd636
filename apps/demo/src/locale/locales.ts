/**
 * The site's two interface languages and how they appear in URLs. English pages live at the root
 * (`/levels/l2`), Chinese pages under `/zh-CN` (`/zh-CN/levels/l2`), so every page in every language
 * is its own static, shareable, crawlable file; `vite/early-address.js`, the first script of every
 * page, sends a visitor whose browser (or earlier choice) prefers Chinese from a root page to its
 * `/zh-CN` twin before anything of the root page is requested.
 */

/** Interface languages, in the order the language switch lists them. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The language of unprefixed URLs (and of `x-default` in the hreflang alternates). */
export const DEFAULT_LOCALE: Locale = 'en';

const PREFIX: Record<Locale, string> = { en: '', 'zh-CN': '/zh-CN' };

/** Whether `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/**
 * The URL prefix of a locale, for wouter's `base`.
 * @example localePrefix('zh-CN') // '/zh-CN'
 */
export function localePrefix(locale: Locale): string {
  return PREFIX[locale];
}

/** The locale a full pathname belongs to: `/zh-CN/playground` -> `zh-CN`, `/playground` -> `en`. */
export function localeOfPath(pathname: string): Locale {
  const zh = PREFIX['zh-CN'];
  return pathname === zh || pathname.startsWith(`${zh}/`) ? 'zh-CN' : DEFAULT_LOCALE;
}

/**
 * The full pathname of a locale-relative path.
 * @example localizedPath('zh-CN', '/') // '/zh-CN/'
 * @example localizedPath('en', '/levels/l1') // '/levels/l1'
 */
export function localizedPath(locale: Locale, path: string): string {
  return `${PREFIX[locale]}${path}`;
}

/** The locale-relative part of a full pathname: `/zh-CN/levels/l1` -> `/levels/l1`. */
export function stripLocale(pathname: string): string {
  const prefix = PREFIX[localeOfPath(pathname)];
  return pathname.slice(prefix.length) || '/';
}
