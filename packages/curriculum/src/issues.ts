/**
 * The shape of a validation problem, and how paths and values are written in messages.
 */
import { enIssueWords, valueInEnglish } from './locale/issue-words.js';
import { PREVIEW_LENGTH, quote, summarizeValue, type ValueSummary } from './preview.js';

export { quote, summarizeValue, type ValueSummary };

/** The things of a curriculum that have ids, named in messages. */
export type IdKind = 'level' | 'module' | 'topic' | 'skill' | 'role';

/** The objects of the format, named in "expected a level (an object)". */
export type ObjectNoun = IdKind | 'curriculum' | 'resource' | 'author' | 'value';

/** What belongs where a type or value problem was found. */
export type Expectation =
  /** A LocalizedText: a non-empty string, or an object of locale -> text. */
  | { type: 'text' }
  /** One of these values, each written as JSON (`"concept"`). */
  | { type: 'one_of'; values: string[] }
  | { type: 'list' | 'string' | 'number' | 'boolean' }
  | { type: 'object'; noun: ObjectNoun };

/** A number, list or text out of range. `limit` is the bound; `count` what a list holds. */
export type RangeParams =
  | { origin: 'string'; limit: number }
  | { origin: 'array'; limit: number; count: number }
  | { origin: 'number'; limit: number; inclusive: boolean; got: ValueSummary };

/** What a malformed string was meant to be. */
export type FormatName = 'id' | 'locale' | 'version' | 'date' | 'calendar_date' | 'url';

/**
 * The details of each kind of issue, by code: what a message in any language is written from.
 *
 * - `invalid_type`: a value of the wrong type (a number where text belongs).
 * - `missing`: a required field is absent.
 * - `unknown_key`: a key the format does not define (often a typo; `suggestion` is the likely one).
 * - `invalid_value`: not one of the allowed values (`kind: "lecture"`); without `expected`, a value
 *   that is not valid where it is.
 * - `too_small` / `too_big`: empty text or lists, numbers or lengths out of range; `too_big` at the
 *   root (`origin: 'document'`): a document with too many problems (hundreds of thousands) to check.
 * - `invalid_format`: an id, locale tag, version, date or URL that is not well formed, or a date
 *   that is not on the calendar (`2023-02-29`).
 * - `unsafe_url`: a link that is not `http(s)://` (`javascript:`, `data:`, `//host`, …), or that
 *   hides its host behind user info (`https://good.example@evil.example/`).
 * - `duplicate_id`: an id used twice by the same kind of thing; `firstPath` is where it was first.
 * - `unknown_reference`: an id that points at nothing (prerequisites, skills, roles).
 * - `prerequisite_cycle`: topics that require each other, in order (`['a', 'b', 'a']`), or a topic
 *   that requires itself (`['a']`).
 * - `missing_locale`: text without the `defaultLocale` (`where: 'text'`), or `locales` without it.
 * - `unreadable_input`: the input could not be read at all (a getter or Proxy threw).
 *
 * A new code is added here, and its words to every table of `@trailmark/curriculum/locale`: a table
 * that lacks it does not compile.
 */
export interface IssueParams {
  invalid_type: { expected: Expectation; got: ValueSummary };
  missing: { expected: Expectation };
  unknown_key: { key: string; allowed: string[]; suggestion?: string };
  invalid_value: { expected?: Expectation; got: ValueSummary };
  too_small: RangeParams | { origin: 'text'; blank: boolean };
  too_big: RangeParams | { origin: 'document' };
  invalid_format: { format: FormatName; got: ValueSummary };
  unsafe_url: { got: ValueSummary };
  duplicate_id: { kind: IdKind; id: string; firstPath: string };
  unknown_reference: { kind: IdKind; id: string; suggestion?: string };
  prerequisite_cycle: { cycle: string[] };
  missing_locale: { locale: string; where: 'text' | 'locales' };
  unreadable_input: Record<string, never>;
}

/** What kind of problem an issue reports; see {@link IssueParams} for each one. */
export type IssueCode = keyof IssueParams;

/** One problem with a given code. */
export interface IssueOf<C extends IssueCode> {
  /**
   * Where the problem is, written like JavaScript property access:
   * `levels[1].modules[0].topics[3].resources[0].url`, `title["zh-CN"]`. Never empty:
   * `(root)` when the document as a whole is the problem (not an object, or unreadable).
   */
  path: string;
  /** The same location as keys and indexes: `['levels', 1, 'modules', 0]`. `[]` for the root. */
  segments: ReadonlyArray<string | number>;
  /** What kind of problem this is; stable, for programs. */
  code: C;
  /** The details a message is written from, in any language (`describeIssue` of the `./locale` entry). */
  params: IssueParams[C];
  /** What is wrong and what would be right, in English, for people. */
  message: string;
}

/** One problem found in a curriculum; narrowing on `code` types its `params`. */
export type CurriculumIssue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

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

/** Builds an issue whose `path` agrees with its `segments` and whose `message` is its English words. */
export function createIssue<C extends IssueCode>(
  segments: ReadonlyArray<string | number>,
  code: C,
  params: IssueParams[C],
): IssueOf<C> {
  const words = enIssueWords[code] as (params: IssueParams[C]) => string;
  return { path: formatPath(segments), segments, code, params, message: words(params) };
}

/**
 * One line per issue, `path: message`.
 * @example
 * formatIssues(result.issues)
 * // levels[0].modules[0].topics[1].kind: expected one of "concept", "practice", "project", got "lecture"
 */
export function formatIssues(issues: readonly Pick<CurriculumIssue, 'path' | 'message'>[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

/** Names a value for an English message ("got …"): `"text"`, `5`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  return valueInEnglish(summarizeValue(value));
}
