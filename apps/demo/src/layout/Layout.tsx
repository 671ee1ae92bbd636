import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../locale/LocaleContext';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { requestTitleFocus, takeTitleFocus } from './navigationFocus';
import { ThemeSwitch } from './ThemeSwitch';

const NAV = [
  { href: '/', label: 'nav.roadmap' },
  { href: '/playground', label: 'nav.playground' },
  { href: '/embed', label: 'nav.embed' },
] as const;

/**
 * `page` for the entry of this very page, `true` for its section (levels, topics and the map are
 * in the roadmap).
 */
function currentness(href: string, path: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return href === '/' && /^\/(levels|topics|map)(\/|$)/.test(path) ? 'true' : undefined;
}

/** After a client-side navigation: start at the top, and let the new page's title take focus. */
function useFocusOnNavigation(path: string) {
  // The path last handled; comparing (not counting runs) keeps StrictMode's re-run harmless.
  const handled = useRef(path);
  useEffect(() => {
    if (handled.current === path) return;
    handled.current = path;
    if (location.hash) return;
    window.scrollTo(0, 0);
    requestTitleFocus();
    // A page rendered in the same commit has mounted its title already.
    takeTitleFocus(document.querySelector<HTMLElement>('main h1'));
  }, [path]);
}

/** The site's frame: skip link, header with navigation and preferences, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const [path] = useLocation();
  useFocusOnNavigation(path);
  return (
    <div className="demo-shell">
      <a className="demo-skip" href="#main">
        {t('skip.main')}
      </a>
      <header className="demo-header">
        <div className="demo-header__inner">
          <Link href="/" className="demo-brand">
            <Logo />
            <span>{t('site.name')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="demo-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={currentness(item.href, path)}>
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="demo-prefs">
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="demo-main">
        {children}
      </main>
      <footer className="demo-footer">
        <p>{t('footer.about')}</p>
        <p>{t('footer.privacy')}</p>
      </footer>
    </div>
  );
}
