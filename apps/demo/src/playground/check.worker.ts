/**
 * Checks playground documents off the main thread: reading a 1,000-topic YAML text takes long
 * enough to drop keystrokes if it ran beside the editor.
 */
import { checkText } from './check';

/** A request: check `text`, wording issues in `locale`; `id` comes back with the report. */
export interface CheckRequest {
  id: number;
  text: string;
  locale: string;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, locale } = event.data;
  self.postMessage({ id, report: checkText(text, locale) });
};
