/**
 * `@trailmark/curriculum/source`: reading a document's text (JSON or YAML) into plain data, with
 * the same rules for both formats and in every JavaScript engine, and finding where any path of the
 * value is written; `writeSource` writes a curriculum back as text to edit. Browser-safe. Import `readJson` alone to keep the `yaml` library out of a
 * JSON-only bundle.
 * @example
 * const read = readSource(text);
 * if (!read.ok) for (const issue of read.issues) show(issue.line, issue.column, issue.message);
 * else {
 *   const result = parseCurriculum(read.value);
 *   if (!result.ok) for (const issue of result.issues) select(read.locate(issue.segments, issue.code));
 * }
 */
import { readJson } from './source-json.js';
import { type ReadResult, type SourceFormat, sniffFormat } from './source-text.js';
import { readYaml } from './source-yaml.js';

// `readJsonValue` through `source-json.js`, so the build puts it in the chunk of `readJson`, which
// imports no `yaml`.
export { type JsonValueRead, readJson, readJsonValue } from './source-json.js';
export {
  MAX_ALIAS_COUNT,
  MAX_NESTING,
  type ReadFailure,
  type ReadResult,
  type ReadValue,
  type SourceFormat,
  type SyntaxIssue,
  type SyntaxIssueCode,
  type SyntaxIssueOf,
  type SyntaxIssueParams,
  sniffFormat,
  type TextPosition,
  type TextSpan,
} from './source-text.js';
export { type WriteSourceOptions, writeSource } from './source-write.js';
export { readYaml } from './source-yaml.js';

/**
 * Reads `text` as `format`, or as {@link sniffFormat} tells when none is given. Never throws.
 * @example readSource('{"id": "a",}').issues[0].message // 'trailing comma before }; JSON allows none'
 */
export function readSource(text: string, format: SourceFormat = sniffFormat(text)): ReadResult {
  return format === 'json' ? readJson(text) : readYaml(text);
}
