import { useSyncExternalStore } from 'react';

const listeners = /* @__PURE__ */ new Set<() => void>();
let observer: MutationObserver | undefined;

// A page that switches language (`document.documentElement.lang = 'zh-CN'`) is followed; one
// observer serves every component.
function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const listener of [...listeners]) listener();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

const readLanguage = () => document.documentElement.lang || undefined;
// The server has no page: it and the hydrating browser both read "unknown", so markup matches.
const unknown = () => undefined;

/**
 * The page's language, `<html lang>`, in the browser; `undefined` on the server, while hydrating,
 * and on a page without one.
 */
export function usePageLanguage(): string | undefined {
  return useSyncExternalStore(subscribe, readLanguage, unknown);
}
