/**
 * The options of an embedded roadmap, shared by the embed page (which writes them into snippets and
 * frame URLs) and the chromeless frame route (which reads them back from its query string).
 */
import { listRoadmaps } from '@trailmark/curriculum/roadmaps';
import type { EmbedViewMode } from '@trailmark/embed';
import {
  THEMES,
  type Theme,
  TIMELINE_ORIENTATIONS,
  type TimelineOrientation,
} from '@trailmark/react';
import { FRAME_PATH } from '../hydration';

/** What an embedded roadmap shows, and how. */
export interface EmbedOptions {
  /** A built-in roadmap id. */
  roadmap: string;
  /** The language of the roadmap's text (one of the roadmap's locales). */
  locale: string;
  /** `auto` follows the visitor's system. */
  theme: Theme;
  /** `auto` adapts to the width the timeline gets. */
  orientation: TimelineOrientation;
  /** The element's `expanded-levels`: `current` leaves the attribute out. @default 'current' */
  expandedLevels?: 'current' | 'none' | 'all';
  /** The element's `readonly`. @default false */
  readOnly?: boolean;
  /** The element's `heading-level` (2 to 6). @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The element's `view`: the timeline, or the map. @default 'timeline' */
  view?: EmbedViewMode;
}

/** The element's views, in the order the embed page offers them. */
export const EMBED_VIEWS: readonly EmbedViewMode[] = ['timeline', 'map'];

/** The element's attributes beyond the four every snippet writes, only where not the default. */
export function extraAttributes(options: EmbedOptions): string {
  const map = options.view === 'map';
  let extra = '';
  // Which levels start open is the timeline's; the map shows them all.
  if (!map && options.expandedLevels && options.expandedLevels !== 'current') {
    extra += ` expanded-levels="${options.expandedLevels}"`;
  }
  if (options.readOnly) extra += ' readonly';
  if (options.headingLevel && options.headingLevel !== 2) {
    extra += ` heading-level="${options.headingLevel}"`;
  }
  if (map) extra += ' view="map"';
  return extra;
}

/**
 * The options a frame opened with `search` shows (`roadmap`, `locale`, `theme`, `orientation`,
 * `view`); anything missing or unknown takes its default.
 */
export function readEmbedOptions(search: string): EmbedOptions {
  const query = new URLSearchParams(search);
  const roadmaps = listRoadmaps();
  const fallback = roadmaps[0];
  const roadmap = query.get('roadmap') ?? fallback?.id ?? '';
  const info = roadmaps.find((candidate) => candidate.id === roadmap);
  return {
    roadmap,
    locale: query.get('locale') ?? info?.defaultLocale ?? 'en',
    theme: THEMES.find((theme) => theme === query.get('theme')) ?? 'auto',
    orientation:
      TIMELINE_ORIENTATIONS.find((orientation) => orientation === query.get('orientation')) ??
      'vertical',
    view: EMBED_VIEWS.find((view) => view === query.get('view')) ?? 'timeline',
  };
}

/** The path and query of the chromeless frame showing `options` (`view` only when the map). */
export function framePath(options: EmbedOptions): string {
  const query = new URLSearchParams({
    roadmap: options.roadmap,
    locale: options.locale,
    theme: options.theme,
    orientation: options.orientation,
  });
  if (options.view === 'map') query.set('view', 'map');
  return `${FRAME_PATH}?${query}`;
}

/** The absolute URL of the chromeless frame showing `options`. */
export function frameUrl(origin: string, options: EmbedOptions): string {
  return `${origin}${framePath(options)}`;
}

/** The URL the embed script is served from on this site. */
export function embedScriptUrl(origin: string): string {
  return `${origin}/embed/trailmark-embed.js`;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function attribute(value: string): string {
  return value.replace(/[&"<]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

function html(value: string): string {
  return value.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] ?? char);
}

/** The link inside the element, for visitors without JavaScript and for crawlers. */
export interface EmbedFallback {
  /** The link text, in the roadmap's language. */
  text: string;
  /** The language of `text` (the host page's language may differ). */
  lang: string;
  /** The path on this site the link leads to, e.g. the home page of the roadmap's language. */
  path: string;
}

/**
 * The script-tag snippet: the module script and the element, with a link inside as the no-script
 * and crawler fallback.
 * @example scriptSnippet(origin, options, { text: 'View the LLM engineer roadmap', lang: 'en', path: '/' })
 */
export function scriptSnippet(
  origin: string,
  options: EmbedOptions,
  fallback: EmbedFallback,
): string {
  return [
    `<script type="module" src="${attribute(embedScriptUrl(origin))}"></script>`,
    `<trailmark-roadmap roadmap="${attribute(options.roadmap)}" locale="${attribute(options.locale)}" theme="${options.theme}" orientation="${options.orientation}"${extraAttributes(options)}>`,
    `  <a href="${attribute(origin + fallback.path)}" lang="${attribute(fallback.lang)}">${html(fallback.text)}</a>`,
    '</trailmark-roadmap>',
  ].join('\n');
}

/**
 * The iframe snippet. A fixed height with scrolling works everywhere; the resize listener (below)
 * lets it grow with its content. `style` is the one inline attribute: iframes draw a border by
 * default.
 */
export function iframeSnippet(origin: string, options: EmbedOptions, title: string): string {
  return [
    '<iframe',
    `  src="${attribute(frameUrl(origin, options))}"`,
    `  title="${attribute(title)}"`,
    '  width="100%" height="720" loading="lazy"',
    '  style="border: 0; max-width: 100%;"',
    '></iframe>',
  ].join('\n');
}

/** The message the frame posts to its parent whenever its content height changes. */
export interface FrameResizeMessage {
  type: 'trailmark:resize';
  /** The height of the frame's content in CSS pixels. */
  height: number;
}

/**
 * A listener for the page that hosts the iframe: it sets each Trailmark iframe's height to its
 * content's, accepting messages only from this site.
 */
export function resizeListenerSnippet(origin: string): string {
  return [
    '<script>',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== '${origin}' || event.data?.type !== 'trailmark:resize') return;`,
    "    for (const frame of document.querySelectorAll('iframe')) {",
    "      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';",
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}
