import type { CurriculumIssue } from '@trailmark/curriculum';
import type { SyntaxIssue } from '@trailmark/curriculum/source';

/**
 * What went wrong, as `detail.kind` of the `trailmark:error` event:
 * - `no-source`: none of `roadmap`, `src` or an inline `<script type="application/json">` child.
 * - `unknown-roadmap`: `roadmap` names no built-in roadmap.
 * - `invalid-src`: `src` is neither a path on the page's site nor an address `isSafeHttpUrl`
 *   accepts.
 * - `network`: the request failed (offline, DNS, refused, blocked by CORS or CSP).
 * - `http`: the server answered with a status other than 2xx.
 * - `too-large`: the document is over the size cap.
 * - `not-json`: the text is not JSON.
 * - `invalid`: JSON that is not a valid curriculum; `issues` lists every problem with its path.
 * - `render`: the roadmap could not be drawn.
 * - `map`: `view="map"` asked for the map, but its script (`trailmark-embed-map.js`, beside the
 *   embed script) could not be loaded; the timeline is shown instead.
 */
export type EmbedErrorKind =
  | 'no-source'
  | 'unknown-roadmap'
  | 'invalid-src'
  | 'network'
  | 'http'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'render'
  | 'map';

/** An error shown inside the element and sent as the `trailmark:error` event's detail. */
export interface EmbedError {
  kind: EmbedErrorKind;
  /** One or two sentences: what failed, where, and what would work. */
  message: string;
  /** For `invalid`: every schema problem, each with its path in the document. */
  issues?: CurriculumIssue[];
  /**
   * For `not-json` (unless the text is empty): where the text stops being JSON and why, with a
   * `code` and `params` that `describeIssue` of `@trailmark/curriculum/locale` words in any language
   * (the element shows it in its `locale`).
   */
  syntax?: SyntaxIssue;
}
