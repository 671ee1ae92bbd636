/**
 * Loading the errors script (`trailmark-embed-errors.js`) from beside the embed script, only when a
 * document fails: a page showing a valid roadmap loads nothing more.
 */
import { ERRORS_FILE, type ErrorsModule } from './contract';

/** Where the errors script is, and how to load it. */
export interface ErrorsScript {
  /** Its URL, for messages when it cannot be loaded. */
  url: string;
  /** Imports it; rejects when it cannot be loaded. */
  load(): Promise<ErrorsModule>;
}

/**
 * The errors script beside the embed script at `scriptUrl`. The browser's module map makes every
 * element on the page share one request. A module import from a URL known only at run time works
 * in both builds: a classic script can `import()` too.
 * @example const { describeIssue } = await errorsScript(import.meta.url).load();
 */
export function errorsScript(scriptUrl: string): ErrorsScript {
  const url = new URL(ERRORS_FILE, scriptUrl).href;
  return { url, load: () => import(/* @vite-ignore */ url) };
}
