/**
 * The document head of each page: title, description, canonical and hreflang links, Open Graph,
 * robots and JSON-LD. The prerender step writes these tags into each HTML file; in the browser,
 * `applyHead` keeps them in step with client-side navigation. Both come from `headTags`, so the two
 * cannot drift apart.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale, localizedPath } from '../locale/locales';
import { SITE_URL } from '../site';

/** What a page declares about itself. */
export interface PageHead {
  /** The whole `<title>`, e.g. `L2 · LLM API application engineering · Trailmark`. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
  /** The language of the page (BCP 47); sets `<html lang>`. */
  lang: string;
  /** The full pathname of the page's canonical URL, e.g. `/zh-CN/levels/l2`. */
  path: string;
  /** The same page in other languages, for hreflang links (include the page itself). */
  alternates?: ReadonlyArray<{ hreflang: string; path: string }>;
  /** Keep the page out of search indexes (chromeless frames, not-found pages). @default false */
  noindex?: boolean;
  /** schema.org data for the page, written as a JSON-LD script. */
  jsonLd?: Record<string, unknown>;
}

/**
 * The head of a page that exists in every interface language at the same relative path.
 * @example localizedHead('zh-CN', '/playground', { title, description })
 */
export function localizedHead(
  locale: Locale,
  path: string,
  fields: Pick<PageHead, 'title' | 'description' | 'jsonLd'>,
): PageHead {
  return {
    ...fields,
    lang: locale,
    path: localizedPath(locale, path),
    alternates: [
      ...LOCALES.map((hreflang) => ({ hreflang, path: localizedPath(hreflang, path) })),
      { hreflang: 'x-default', path: localizedPath(DEFAULT_LOCALE, path) },
    ],
  };
}

/** One element of the head, as plain data both renderers understand. */
export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attributes: Record<string, string>;
  text?: string;
}

const OG_LOCALE: Record<string, string> = { en: 'en_US', 'zh-CN': 'zh_CN' };

function ogLocale(lang: string): string {
  return OG_LOCALE[lang] ?? lang.replace('-', '_');
}

/** The absolute URL of a full pathname on this site. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, SITE_URL).href;
}

/** Every head element of a page, in document order. */
export function headTags(head: PageHead): HeadTag[] {
  const url = absoluteUrl(head.path);
  const alternates = head.alternates ?? [];
  const tags: HeadTag[] = [
    { tag: 'title', attributes: {}, text: head.title },
    { tag: 'meta', attributes: { name: 'description', content: head.description } },
    { tag: 'link', attributes: { rel: 'canonical', href: url } },
  ];
  if (head.noindex) tags.push({ tag: 'meta', attributes: { name: 'robots', content: 'noindex' } });
  for (const { hreflang, path } of alternates) {
    tags.push({
      tag: 'link',
      attributes: { rel: 'alternate', hreflang, href: absoluteUrl(path) },
    });
  }
  const og: Array<[string, string]> = [
    ['og:type', 'website'],
    ['og:site_name', 'Trailmark'],
    ['og:title', head.title],
    ['og:description', head.description],
    ['og:url', url],
    ['og:image', absoluteUrl('/og-image.png')],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:locale', ogLocale(head.lang)],
  ];
  for (const { hreflang } of alternates) {
    if (hreflang !== head.lang && hreflang !== 'x-default') {
      og.push(['og:locale:alternate', ogLocale(hreflang)]);
    }
  }
  for (const [property, content] of og) {
    tags.push({ tag: 'meta', attributes: { property, content } });
  }
  tags.push({ tag: 'meta', attributes: { name: 'twitter:card', content: 'summary_large_image' } });
  if (head.jsonLd) {
    tags.push({
      tag: 'script',
      attributes: { type: 'application/ld+json' },
      text: JSON.stringify(head.jsonLd),
    });
  }
  return tags;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * The head elements as HTML, for the prerendered files. Each carries `data-tm-head` so the browser
 * side can replace exactly these and nothing else.
 */
export function renderHeadHtml(head: PageHead): string {
  return headTags(head)
    .map(({ tag, attributes, text }) => {
      const attrs = Object.entries({ ...attributes, 'data-tm-head': '' })
        .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
        .join('');
      if (tag === 'meta' || tag === 'link') return `<${tag}${attrs}>`;
      // In a script, `<` is escaped as \u003c so text like "</script>" cannot end the element early.
      const body =
        tag === 'script' ? (text ?? '').replace(/</g, '\\u003c') : escapeHtml(text ?? '');
      return `<${tag}${attrs}>${body}</${tag}>`;
    })
    .join('\n');
}

/** Replaces the page's head elements in the live document (client-side navigation). */
export function applyHead(head: PageHead): void {
  document.documentElement.lang = head.lang;
  for (const element of document.head.querySelectorAll('[data-tm-head]')) element.remove();
  const fragment = document.createDocumentFragment();
  for (const { tag, attributes, text } of headTags(head)) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('data-tm-head', '');
    if (text !== undefined) element.textContent = text;
    fragment.append(element);
  }
  document.head.append(fragment);
}
