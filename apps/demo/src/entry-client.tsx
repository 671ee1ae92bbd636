// The components' styles, design tokens included (light, dark and system themes).
import '@trailmark/react/styles.css';
import '@trailmark/react/map.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrationKey } from './hydration';
import { stripLocale } from './locale/locales';

/** Resolves in a later task, so the browser can handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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

// Evaluating every module at once was one long task on a slow phone (React DOM, zod, the
// roadmap, the site): each of these now has a task of its own. The roadmap is no longer validated
// here (the curriculum package checked it when it was built), but reading its 125 kB of JSON is
// still work worth a task. Every chunk is preloaded by the page, so this waits for no download.
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
  // The playground's chunk is needed to hydrate its page (its HTML preloads it): wait for it, so
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
