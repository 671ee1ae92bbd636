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
  /** The interface language of the page; sets `<html lang>`. */
  locale: Locale;
  /**
   * The locale-relative path of the page (`/levels/l2`): its canonical URL, and, unless
   * `alternates` is false, the path of its twins in the other languages.
   */
  path: string;
  /** Whether the same path exists in every locale. @default true */
  alternates?: boolean;
  /** Keep the page out of search indexes (chromeless frames, not-found pages). @default false */
  noindex?: boolean;
  /** schema.org data for the page, written as a JSON-LD script. */
  jsonLd?: Record<string, unknown>;
}

/** One element of the head, as plain data both renderers understand. */
export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attributes: Record<string, string>;
  text?: string;
}

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', 'zh-CN': 'zh_CN' };

/** The absolute URL of a full pathname on this site. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, SITE_URL).href;
}

/** Every head element of a page, in document order. */
export function headTags(head: PageHead): HeadTag[] {
  const url = absoluteUrl(localizedPath(head.locale, head.path));
  const tags: HeadTag[] = [
    { tag: 'title', attributes: {}, text: head.title },
    { tag: 'meta', attributes: { name: 'description', content: head.description } },
    { tag: 'link', attributes: { rel: 'canonical', href: url } },
  ];
  if (head.noindex) tags.push({ tag: 'meta', attributes: { name: 'robots', content: 'noindex' } });
  if (head.alternates !== false) {
    for (const locale of LOCALES) {
      tags.push({
        tag: 'link',
        attributes: {
          rel: 'alternate',
          hreflang: locale,
          href: absoluteUrl(localizedPath(locale, head.path)),
        },
      });
    }
    tags.push({
      tag: 'link',
      attributes: {
        rel: 'alternate',
        hreflang: 'x-default',
        href: absoluteUrl(localizedPath(DEFAULT_LOCALE, head.path)),
      },
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
    ['og:locale', OG_LOCALE[head.locale]],
  ];
  if (head.alternates !== false) {
    for (const locale of LOCALES) {
      if (locale !== head.locale) og.push(['og:locale:alternate', OG_LOCALE[locale]]);
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
  document.documentElement.lang = head.locale;
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
