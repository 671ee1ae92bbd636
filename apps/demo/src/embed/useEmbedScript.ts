import { useEffect } from 'react';
import { embedScriptUrl } from './options';

/**
 * Loads the real `<trailmark-roadmap>` script from this site, after hydration (the element's
 * upgrade must not race React's hydration of the page around it). Loading it twice is harmless:
 * the module is evaluated once.
 */
export function useEmbedScript(): void {
  useEffect(() => {
    import(/* @vite-ignore */ embedScriptUrl(location.origin)).catch((error: unknown) => {
      console.error('Could not load the embed script:', error);
    });
  }, []);
}
