import type { ReactNode } from 'react';

/**
 * The page's one `<h1>`. Focusable by script (not by Tab) so that a client-side navigation can move
 * focus to it, as a full page load would.
 */
export function PageTitle({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h1 tabIndex={-1} id={id} className="demo-title">
      {children}
    </h1>
  );
}
