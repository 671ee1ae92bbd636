import { useSyncExternalStore } from 'react';
import { SITE_URL } from '../site';

const noSubscription = () => () => {};
const siteOrigin = new URL(SITE_URL).origin;

/**
 * The origin this page is served from (`location.origin`), for absolute URLs in snippets. Server
 * rendering and hydration use the configured site URL's origin; the real one follows at once.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => location.origin,
    () => siteOrigin,
  );
}
