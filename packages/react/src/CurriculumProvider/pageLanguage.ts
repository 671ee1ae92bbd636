import { useSyncExternalStore } from 'react';

const listeners = /* @__PURE__ */ new Set<() => void>();
let observer: MutationObserver | undefined;

// A page that switches language (`document.documentElement.lang = 'zh-CN'`, or a `lang` on any
// element) is followed; one observer serves every component.
function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const listener of [...listeners]) listener();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** The nearest non-empty `lang` around `element` (itself included), else `<html lang>`. */
const languageAt = (element: Element | null | undefined) =>
  element?.closest('[lang]:not([lang=""])')?.getAttribute('lang') ||
  document.documentElement.lang ||
  undefined;
// The server has no page: it and the hydrating browser both read "unknown", so markup matches.
const unknown = () => undefined;

/**
 * The page's language where `element` sits: the nearest `lang` around it, else `<html lang>` (also
 * when `element` is not known yet), in the browser; `undefined` on the server, while hydrating, and
 * on a page without one.
 */
export function usePageLanguage(element?: Element | null): string | undefined {
  return useSyncExternalStore(subscribe, () => languageAt(element), unknown);
}
