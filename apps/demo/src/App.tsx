import { lazy, Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { FRAME_PATH } from './hydration';
import { Layout } from './layout/Layout';
import { LocaleProvider } from './locale/LocaleContext';
import { localeOfPath, localePrefix } from './locale/locales';
import { EmbedPage } from './pages/EmbedPage';
import { FramePage } from './pages/FramePage';
import { LevelPage } from './pages/LevelPage';
import { MapPage } from './pages/MapPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RoadmapPage } from './pages/RoadmapPage';
import { TopicPage } from './pages/TopicPage';
import { roadmap } from './roadmap/builtIn';

/** The playground brings the YAML parser and the editor: loaded only when visited. */
export const loadPlayground = () => import('./playground/PlaygroundPage');
const PlaygroundPage = lazy(loadPlayground);

/** The source module of the playground's chunk, which its prerendered pages list to fetch early. */
export const PLAYGROUND_MODULE = 'src/playground/PlaygroundPage.tsx';

/** Props of {@link App}. */
export interface AppProps {
  /** Server rendering: the path being rendered (the browser reads its own location). */
  ssrPath?: string;
  /** Server rendering: the query string being rendered, without `?`. */
  ssrSearch?: string;
}

/**
 * The whole site. The chromeless frame stands alone; every other page sits in the layout, under
 * the language its URL names (`/zh-CN/...` or the English root).
 */
export function App({ ssrPath, ssrSearch }: AppProps) {
  return (
    <Router ssrPath={ssrPath} ssrSearch={ssrSearch}>
      <Switch>
        <Route path={FRAME_PATH} component={FramePage} />
        <Route>
          <LocalizedSite />
        </Route>
      </Switch>
    </Router>
  );
}

function LocalizedSite() {
  const [pathname] = useLocation();
  const locale = localeOfPath(pathname);
  return (
    <Router base={localePrefix(locale)}>
      <LocaleProvider locale={locale}>
        <Layout>
          <Switch>
            <Route path="/" component={RoadmapPage} />
            <Route path="/map">
              <MapPage />
            </Route>
            <Route path="/levels/:id">{(params) => <LevelPage id={params.id} />}</Route>
            <Route path="/levels/:id/map">
              {(params) =>
                roadmap.levels.some((level) => level.id === params.id) ? (
                  <MapPage levelId={params.id} />
                ) : (
                  <LevelPage id={params.id} />
                )
              }
            </Route>
            <Route path="/topics/:id">{(params) => <TopicPage id={params.id} />}</Route>
            <Route path="/playground">
              <Suspense>
                <PlaygroundPage />
              </Suspense>
            </Route>
            <Route path="/embed" component={EmbedPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Layout>
      </LocaleProvider>
    </Router>
  );
}
