import { type ReactNode, useEffect, useRef } from 'react';
import { takeTitleFocus } from '../layout/navigationFocus';

/**
 * The page's one `<h1>`, on every page. Focusable by script (not by Tab) so that after a client-side
 * navigation it can take focus, as the start of a freshly loaded page would.
 */
export function PageTitle({
  children,
  className = 'demo-title',
}: {
  children: ReactNode;
  /** @default 'demo-title' */
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The page (for a lazily loaded one, its chunk too) has hydrated or rendered: it is
    // interactive. The e2e tests wait for this mark.
    document.documentElement.dataset.tmReady = '';
    takeTitleFocus(ref.current);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
