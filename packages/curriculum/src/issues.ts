/**
 * The shape of a validation problem, and how paths and values are written in messages.
 */
import { enCurriculumWords, valueInEnglish } from './locale/issue-words.js';
import { PREVIEW_LENGTH, quote, summarizeValue, type ValueSummary } from './preview.js';
import type { TopicStatus } from './schema.js';

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

/**
 * The details of each problem met reading saved or imported progress (`parseProgress`), by code.
 * The first five concern the input as a whole, which then gives no progress at all; the last three
 * one entry of `topics`, which is left out while the others are kept. Text is cut short at 60
 * characters, ending in `…`.
 *
 * - `not_json`: text that is not JSON.
 * - `not_progress`: not a progress record: not an object (no `field`), or `field` (`curriculumId`
 *   text, `schemaVersion` a number, `topics` an object) missing or of another type.
 * - `other_curriculum`: progress through the curriculum `got`, not `expected`.
 * - `unsupported_version`: a `schemaVersion` this version of Trailmark does not read.
 * - `unreadable_progress`: the input could not be read at all (a getter or Proxy threw), or a file
 *   could not be read (`reason`, the error, as `importProgress` of `@trailmark/react` reports it).
 * - `invalid_topic_id`: a key of `topics` that is not a topic id (`Not An Id`).
 * - `invalid_entry`: an entry without one of `statuses` and a date on the calendar.
 * - `unknown_topic`: an entry for a topic the curriculum does not have (only when the curriculum
 *   itself is given, not just its id).
 */
export interface ProgressIssueParams {
  not_json: Record<string, never>;
  not_progress: { field?: 'curriculumId' | 'schemaVersion' | 'topics'; got: ValueSummary };
  other_curriculum: { got: string; expected: string };
  unsupported_version: { got: number; expected: number };
  unreadable_progress: { reason?: string };
  invalid_topic_id: { topic: string };
  invalid_entry: { topic: string; statuses: readonly TopicStatus[] };
  unknown_topic: { topic: string; curriculumId: string };
}

/** What kind of problem reading progress met; see {@link ProgressIssueParams}. */
export type ProgressIssueCode = keyof ProgressIssueParams;

/** The character a JSON syntax issue met: itself, or `U+XXXX` for one that cannot be shown. */
type Found = { found: string };

/**
 * The details of each reason a text could not be read as data (`@trailmark/curriculum/source`),
 * by code.
 *
 * - `empty`: nothing but whitespace (and, in YAML, comments).
 * - `duplicate_key`: an object repeats a key; JSON and YAML alike refuse it.
 * - `too_deep`: more than `limit` nested objects and arrays.
 * - `too_many_aliases`: YAML aliases expand to more than `limit` nodes.
 * - `non_finite_number`: a number that is not finite (`1e400`, `.inf`), as written.
 * - `unsupported_tag`: a YAML tag or value that is not JSON data (`!!binary`, dates).
 * - `unsupported_key`: a YAML key that is a mapping or a sequence.
 * - `circular_alias`: a YAML alias inside the node it refers to (the value would never end).
 * - `multiple_documents`: a YAML text holding more than one document.
 * - `yaml_syntax`: YAML syntax no other code names; `detail` is the yaml library's English words,
 *   `yamlCode` its code.
 * - `yaml_indent`: a key (`key`) or list item (no `key`) at 1-based `column` that does not line up
 *   with the one on `line`, at column `expected`. The issue is on the key or item to move (for a
 *   key one space too far, the key's line, not the line above where the yaml library stops).
 * - `yaml_tab_indent`: a tab in a line's indentation; YAML indents with spaces.
 * - `yaml_colon_in_value`: an unquoted value holding `": "` (`title: RAG: basics`), read as a key.
 * - `yaml_colon_space`: `text` such as `title:Web`, with no space after the colon, so no key.
 * - `yaml_unclosed_quote`: a quoted text never closed; the issue is on its opening `quote`.
 * - `yaml_unclosed_flow`: a `[` or `{` never closed by `closer`; the issue is on the opener.
 * - `yaml_reserved_start`: a plain value starting with a reserved `char` (`@`, `` ` ``, `%`).
 * - `yaml_text_after_quote`: text after a quoted value's closing quote (`"A" B`).
 * - `yaml_comment_space`: a `#` right after a value, which starts a comment only after a space.
 * - `yaml_expected_key`: a line where a `key: value` belongs holds no key (`title` alone).
 * - `json_*`: JSON syntax, named after what was expected; `closer` is the `}` or `]` missing.
 */
export interface SyntaxIssueParams {
  empty: Record<string, never>;
  duplicate_key: { key: string };
  too_deep: { limit: number };
  too_many_aliases: { limit: number };
  non_finite_number: { number: string };
  unsupported_tag: { tag: string };
  unsupported_key: Record<string, never>;
  circular_alias: { alias: string };
  multiple_documents: Record<string, never>;
  yaml_syntax: { detail: string; yamlCode: string };
  yaml_indent: { key?: string; column: number; expected: number; line: number };
  yaml_tab_indent: Record<string, never>;
  yaml_colon_in_value: { value: string };
  yaml_colon_space: { text: string };
  yaml_unclosed_quote: { quote: '"' | "'" };
  yaml_unclosed_flow: { closer: ']' | '}' };
  yaml_reserved_start: { char: string };
  yaml_text_after_quote: Record<string, never>;
  yaml_comment_space: Record<string, never>;
  yaml_expected_key: Record<string, never>;
  json_expected_value: Found;
  json_expected_property_name: Found;
  json_expected_colon: Found;
  json_expected_comma_or_brace: Found;
  json_expected_comma_or_bracket: Found;
  json_trailing_comma: { closer: '}' | ']' };
  json_unexpected_end: { closer?: '}' | ']' };
  json_unexpected_after_end: Found;
  json_unterminated_string: Record<string, never>;
  json_control_character: Found;
  json_bad_escape: { escape: string };
  json_bad_unicode_escape: Record<string, never>;
  json_bad_number: Record<string, never>;
}

/** Why a text could not be read as data; see {@link SyntaxIssueParams}. */
export type SyntaxIssueCode = keyof SyntaxIssueParams;

/** The syntax codes only YAML text can have: their words stay out of a JSON-only bundle. */
export type YamlSyntaxCode =
  | Extract<SyntaxIssueCode, `yaml_${string}`>
  | 'too_many_aliases'
  | 'unsupported_tag'
  | 'unsupported_key'
  | 'circular_alias'
  | 'multiple_documents';

/**
 * Every code of the one issue vocabulary, curriculum, progress and syntax alike, with its params:
 * what `describeIssue` of `@trailmark/curriculum/locale` words in every built-in language.
 */
export type AllIssueParams = IssueParams & ProgressIssueParams & SyntaxIssueParams;

/** Any issue code: of a curriculum, of progress, or of a document's text. */
export type AnyIssueCode = keyof AllIssueParams;

/** A code with its params, narrowed together: what an issue is worded from. */
export type CodedIssue = {
  [C in AnyIssueCode]: { code: C; params: AllIssueParams[C] };
}[AnyIssueCode];

/** One problem with a given code, found at a path of the data. */
export interface IssueOf<C extends AnyIssueCode> {
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
  params: AllIssueParams[C];
  /** What is wrong and what would be right, in English, for people. */
  message: string;
}

/** One problem found in a curriculum; narrowing on `code` types its `params`. */
export type CurriculumIssue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** One problem met reading progress; narrowing on `code` types its `params`. */
export type ProgressIssue = { [C in ProgressIssueCode]: IssueOf<C> }[ProgressIssueCode];

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

/**
 * The one way an issue at a path is built: its `path` written from its `segments`, its `message`
 * by its English `words`. The typed builders ({@link createIssue}, `progressIssue`) pair each code
 * with its params and words.
 */
export function issueAt<C extends AnyIssueCode, P>(
  segments: ReadonlyArray<string | number>,
  code: C,
  params: P,
  words: (params: P) => string,
): IssueOf<C> {
  const path = formatPath(segments);
  return { path, segments, code, params, message: words(params) } as IssueOf<C>;
}

/** Builds a curriculum issue whose `path` agrees with its `segments` and whose `message` is its English words. */
export function createIssue<C extends IssueCode>(
  segments: ReadonlyArray<string | number>,
  code: C,
  params: IssueParams[C],
): IssueOf<C> {
  return issueAt(segments, code, params, enCurriculumWords[code] as (p: IssueParams[C]) => string);
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
