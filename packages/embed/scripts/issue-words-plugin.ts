/**
 * Keeps the words of issues out of the scripts every page loads. `ErrorPanel` of
 * `@trailmark/react` imports `describeIssue` (and with it every language's issue words, about 6 kB
 * gzip); the element never lets it word an issue: it hands the panel issues already worded with
 * the words of `trailmark-embed-errors.js`, loaded only when a document fails (see
 * `src/errors/`). So in these builds `@trailmark/curriculum/locale` resolves to
 * `src/errors/locale-without-issue-words.ts`: the same module, whose `describeIssue` returns the
 * issue's English `message` and reaches no word table.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const LOCALE = '@trailmark/curriculum/locale';
const withoutWords = fileURLToPath(
  new URL('../src/errors/locale-without-issue-words.ts', import.meta.url),
);

/** The Vite plugin: every import of the locale module but the stand-in's own goes to the stand-in. */
export function issueWordsOnDemand(): Plugin {
  return {
    name: 'trailmark-embed-issue-words-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== LOCALE || importer === withoutWords) return null;
      return withoutWords;
    },
  };
}
