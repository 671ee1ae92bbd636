/**
 * Server entry, used only at build time by scripts/build.js: renders each static route to HTML
 * with react-dom/static (which waits for lazy routes such as the playground) and collects the head
 * the page declares.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App, PLAYGROUND_MODULE } from './App';
import { HeadCollectorProvider } from './head/Head';
import { type PageHead, renderHeadHtml } from './head/head';
import { FRAME_PATH, hydrationKey } from './hydration';
import { LOCALES, localizedPath } from './locale/locales';
import { roadmap } from './roadmap/builtIn';
import { MAP_VIEW_MODULE } from './roadmap/lazyMap';
import { TOPIC_IDS, topicPath } from './roadmap/topicPages';
import { viewPath } from './roadmap/views';

/** One prerendered page. */
export interface RenderedPage {
  /** The markup of the app root. */
  html: string;
  /** The head elements, as HTML. */
  head: string;
  /** The `<html lang>` value. */
  lang: string;
  /** The address this page was rendered for; see hydration.ts. */
  hydrationKey: string;
}

/** A path to prerender. */
export interface PrerenderPath {
  pathname: string;
  /** The file to write, when not the one a static host looks for (`/levels/l1` -> levels/l1.html). */
  file?: string;
  /** Source modules of lazily loaded chunks the page needs at once, listed in its HTML to fetch. */
  preload?: string[];
}

/** What scripts/build.js imports from the server bundle. */
export interface ServerEntry {
  render(url: string): Promise<RenderedPage>;
  prerenderPaths(): PrerenderPath[];
}

/**
 * Every static route in every language (the roadmap and each level as a timeline and as a map, each
 * topic), the frame with its default options, and the 404 pages.
 */
export function prerenderPaths(): PrerenderPath[] {
  const paths: PrerenderPath[] = [];
  for (const locale of LOCALES) {
    const timelines = roadmap.levels.map((level) => viewPath('timeline', level.id));
    const maps = roadmap.levels.map((level) => viewPath('map', level.id));
    const topics = TOPIC_IDS.map(topicPath);
    for (const path of ['/', ...timelines, '/embed']) {
      paths.push({ pathname: localizedPath(locale, path) });
    }
    // Pages with a map list its chunk, so hydration does not wait for it to be discovered.
    for (const path of [viewPath('map'), ...maps, ...topics]) {
      paths.push({ pathname: localizedPath(locale, path), preload: [MAP_VIEW_MODULE] });
    }
    paths.push({ pathname: localizedPath(locale, '/playground'), preload: [PLAYGROUND_MODULE] });
    paths.push({
      pathname: localizedPath(locale, '/404'),
      file: localizedPath(locale, '/404.html'),
    });
  }
  paths.push({ pathname: FRAME_PATH });
  return paths;
}

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Renders one address of the site. Throws when rendering fails, which fails the build. */
export async function render(url: string): Promise<RenderedPage> {
  const { pathname, search } = new URL(url, 'http://prerender.invalid');
  let head: PageHead | undefined;
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <HeadCollectorProvider
        collect={(declared) => {
          head = declared;
        }}
      >
        <App ssrPath={pathname} ssrSearch={search.replace(/^\?/, '')} />
      </HeadCollectorProvider>
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Every boundary inline and in order: React would otherwise move large ones to the end of
      // the document behind an inline script, which needs JavaScript (and 'unsafe-inline').
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  const html = await streamToString(prelude);
  if (errors.length > 0) {
    throw new Error(`Rendering ${url} failed`, { cause: errors[0] });
  }
  if (!head) throw new Error(`${url} rendered no <Head>: every page must declare its head`);
  return {
    html,
    head: renderHeadHtml(head),
    lang: head.lang,
    hydrationKey: hydrationKey(pathname, search),
  };
}
