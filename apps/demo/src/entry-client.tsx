// The components' styles, design tokens included (light, dark and system themes).
import '@trailmark/react/styles.css';
import '@trailmark/react/map.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, loadPlayground } from './App';
import { hydrationKey } from './hydration';
import { stripLocale } from './locale/locales';
import { migrateOpenLevels } from './roadmap/builtIn';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A page has one address, without a trailing slash (a language's home, `/` or `/zh-CN/`, keeps
// it). The preview server redirects `/levels/l1/` to it; a static host that cannot answers with
// 404.html, and this puts the right address in the bar before the page for it renders.
const { pathname, search, hash } = location;
if (pathname.endsWith('/') && stripLocale(pathname) !== '/') {
  history.replaceState(history.state, '', `${pathname.replace(/\/+$/, '')}${search}${hash}`);
}

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
  // Loading the modules was one long task; hydrating starts in the next, so input is not held up.
  await new Promise((resolve) => setTimeout(resolve, 0));
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
