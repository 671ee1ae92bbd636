/**
 * The shape of a validation problem, and how paths and values are written in messages.
 */

/**
 * What kind of problem an issue reports.
 *
 * - `invalid_type`: a value of the wrong type (a number where text belongs).
 * - `missing`: a required field is absent.
 * - `unknown_key`: a key the format does not define (often a typo).
 * - `invalid_value`: not one of the allowed values (`kind: "lecture"`).
 * - `too_small` / `too_big`: empty text or lists, numbers or lengths out of range; `too_big` at the
 *   root: a document with too many problems (hundreds of thousands) to check.
 * - `invalid_format`: an id, locale tag, version, date or URL that is not well formed, or a date
 *   that is not on the calendar (`2023-02-29`).
 * - `unsafe_url`: a link that is not `http(s)://` (`javascript:`, `data:`, `//host`, …), or that
 *   hides its host behind user info (`https://good.example@evil.example/`).
 * - `duplicate_id`: an id used twice by the same kind of thing.
 * - `unknown_reference`: an id that points at nothing (prerequisites, skills, roles).
 * - `prerequisite_cycle`: topics that require each other, or a topic that requires itself.
 * - `missing_locale`: text without the `defaultLocale`, or `locales` without it.
 * - `unreadable_input`: the input could not be read at all (a getter or Proxy threw).
 */
export type IssueCode =
  | 'invalid_type'
  | 'missing'
  | 'unknown_key'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'unsafe_url'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'prerequisite_cycle'
  | 'missing_locale'
  | 'unreadable_input';

/** One problem found in a curriculum. */
export interface CurriculumIssue {
  /**
   * Where the problem is, written like JavaScript property access:
   * `levels[1].modules[0].topics[3].resources[0].url`, `title["zh-CN"]`. Never empty:
   * `(root)` when the document as a whole is the problem (not an object, or unreadable).
   */
  path: string;
  /** The same location as keys and indexes: `['levels', 1, 'modules', 0]`. `[]` for the root. */
  segments: ReadonlyArray<string | number>;
  /** What kind of problem this is; stable, for programs. */
  code: IssueCode;
  /** What is wrong and what would be right, in English, for people. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Longest string quoted in full in a message or path; a 10 MB key must not flood either. */
const PREVIEW_LENGTH = 60;

/**
 * Writes path segments the way a reader would type them: `levels[0].title["zh-CN"]`; `(root)` for
 * none. Keys longer than 60 characters are cut short, ending in `…`.
 * @example formatPath(['levels', 1, 'modules', 0, 'id']) // 'levels[1].modules[0].id'
 */
export function formatPath(segments: ReadonlyArray<string | number>): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (segment.length <= PREVIEW_LENGTH && IDENTIFIER.test(segment)) {
      path += path === '' ? segment : `.${segment}`;
    } else path += `[${quote(segment)}]`;
  }
  return path || '(root)';
}

/** Builds an issue whose `path` always agrees with its `segments`. */
export function createIssue(
  segments: ReadonlyArray<string | number>,
  code: IssueCode,
  message: string,
): CurriculumIssue {
  return { path: formatPath(segments), segments, code, message };
}

/**
 * One line per issue, `path: message`.
 * @example
 * formatIssues(result.issues)
 * // levels[0].modules[0].topics[1].kind: expected one of "concept", "practice", "project", got "lecture"
 */
export function formatIssues(issues: readonly CurriculumIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

/** Quotes a string for a message, cut short (ending in …) so a 10 MB value cannot flood it. */
export function quote(text: string): string {
  if (text.length <= PREVIEW_LENGTH) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, PREVIEW_LENGTH))}…`;
}

/**
 * Names a value for a message ("got …") without reading into it: objects may be cyclic, Proxies
 * or have throwing getters, so only `typeof` and `Array.isArray` are used on them.
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return value === '' ? 'an empty string' : quote(value as string);
  if (type === 'function' || type === 'symbol') return `a ${type}`;
  if (value === null || type !== 'object') return String(value);
  try {
    return Array.isArray(value) ? 'a list' : 'an object';
  } catch {
    // Array.isArray throws on a revoked Proxy.
    return 'an object';
  }
}
