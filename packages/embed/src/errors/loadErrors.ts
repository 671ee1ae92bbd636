/**
 * Loading the errors script (`trailmark-embed-errors.js`) from beside the embed script, only when a
 * document fails: a page showing a valid roadmap loads nothing more.
 */
import { besideScript, importScript } from '../companion';
import { ERRORS_FILE, type ErrorsModule } from './contract';

/** Where the errors script is, and how to load it. */
export interface ErrorsScript {
  /** Its URL, for messages when it cannot be loaded. */
  url: string;
  /** Imports it; rejects when it cannot be loaded. */
  load(): Promise<ErrorsModule>;
}

/** The errors script beside the embed script at `scriptUrl`. */
export function errorsScript(scriptUrl: string): ErrorsScript {
  const url = besideScript(ERRORS_FILE, scriptUrl);
  return { url, load: () => importScript<ErrorsModule>(url) };
}
