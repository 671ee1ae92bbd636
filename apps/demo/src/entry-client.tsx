// The components' styles, design tokens included (light, dark and system themes).
import '@trailmark/react/styles.css';
import '@trailmark/react/map.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { hydrationKey } from './hydration';
import { stripLocale } from './locale/locales';

/** Resolves in a later task, so the browser can handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has painted a frame, or after 200 ms in a page that is not painting
 * (a background tab, a frame scrolled out of view), which should not wait to become interactive.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 200);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Starts downloading, all at once, the chunks the page needs to hydrate: the build lists them on
 * the root element (`data-tm-chunks`, see scripts/build.js). Absent in development, where Vite
 * serves modules one by one.
 */
function fetchChunks(root: HTMLElement): void {
  for (const file of (root.dataset.tmChunks ?? '').split(' ')) {
    if (file === '') continue;
    const link = document.createElement('link');
    // A module preload is the very request the import() below makes: downloaded once.
    link.rel = 'modulepreload';
    link.href = `/${file}`;
    document.head.append(link);
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A page has one address, without a trailing slash (a language's home, `/` or `/zh-CN/`, keeps
// it). The preview server redirects `/levels/l1/` to it; a static host that cannot answers with
// 404.html, and this puts the right address in the bar before the page for it renders.
const { pathname, search, hash } = location;
if (pathname.endsWith('/') && stripLocale(pathname) !== '/') {
  history.replaceState(history.state, '', `${pathname.replace(/\/+$/, '')}${search}${hash}`);
}

// The prerendered page is complete: it is painted before any of the site's code is fetched, so
// on a slow connection the page's own bytes and stylesheet have the bandwidth to themselves.
await afterPaint();
fetchChunks(container);
// Evaluating every module at once was one long task on a slow phone (React DOM, zod, the
// roadmap, the site): each of these now has a task of its own. The roadmap is no longer validated
// here (the curriculum package checked it when it was built), but reading its 125 kB of JSON is
// still work worth a task. Every chunk is being fetched by now, so each step waits only for its
// own download.
const { createRoot, hydrateRoot } = await import('react-dom/client');
await nextTask();
await import('@trailmark/curriculum');
await nextTask();
await import('@trailmark/curriculum/roadmaps/llm-engineer');
await nextTask();
const { App, loadPlayground } = await import('./App');
const { migrateOpenLevels } = await import('./roadmap/builtIn');

migrateOpenLevels();

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

if (container.dataset.tmSsr === hydrationKey(location.pathname, location.search)) {
  // The playground's chunk is needed to hydrate its page (which lists it): wait for it, so
  // the page becomes interactive at once rather than after a second round of loading.
  if (stripLocale(location.pathname) === '/playground') await loadPlayground();
  // Hydrating starts in a task after the modules' evaluation, so input is not held up.
  await nextTask();
  hydrateRoot(container, app, {
    // Production React repairs a mismatch silently; say so, so the e2e tests can catch it.
    onRecoverableError: (error) => console.error('Hydration error:', error),
  });
} else {
  // Markup rendered for another address (404.html, the frame with other options): start afresh.
  container.replaceChildren();
  delete container.dataset.tmSsr;
  createRoot(container).render(app);
}
