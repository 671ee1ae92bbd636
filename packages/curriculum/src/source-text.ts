/**
 * What the JSON and YAML readers share: the result shape, positions, the limits, and the map from
 * an issue's path to where it is written. No parser lives here, so a JSON-only bundle stays small.
 */

/** How a text is read. */
export type SourceFormat = 'json' | 'yaml';

/** A stretch of the text as UTF-16 offsets, what `String.prototype.slice` and editors take. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A 1-based line and column (in UTF-16 code units), as editors show them. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Why a text could not be read as data. Every code has an English `message`; `params` holds the
 * values that message inserts, so a translation can word the same issue from `code` and `params`.
 *
 * - `empty`: nothing but whitespace (and, in YAML, comments).
 * - `duplicate_key` (`key`): an object repeats a key; JSON and YAML alike refuse it.
 * - `too_deep` (`limit`): more than {@link MAX_NESTING} nested objects and arrays.
 * - `too_many_aliases` (`limit`): YAML aliases expand to more than {@link MAX_ALIAS_COUNT} nodes.
 * - `non_finite_number` (`number`, as written): a number that is not finite (`1e400`, `.inf`).
 * - `unsupported_tag` (`tag`): a YAML tag or value that is not JSON data (`!!binary`, dates).
 * - `unsupported_key`: a YAML key that is a mapping or a sequence.
 * - `circular_alias`: a YAML alias inside the node it refers to (the value would never end).
 * - `multiple_documents`: a YAML text holding more than one document.
 * - `yaml_syntax` (`detail`: the yaml library's English words, `yamlCode`: its code).
 * - `json_*`: JSON syntax, named after what was expected. `found` is the character met, or
 *   `U+XXXX` for one that cannot be shown; `closer` is `}` or `]`.
 */
export type SyntaxIssueCode =
  | 'empty'
  | 'duplicate_key'
  | 'too_deep'
  | 'too_many_aliases'
  | 'non_finite_number'
  | 'unsupported_tag'
  | 'unsupported_key'
  | 'circular_alias'
  | 'multiple_documents'
  | 'yaml_syntax'
  | 'json_expected_value'
  | 'json_expected_property_name'
  | 'json_expected_colon'
  | 'json_expected_comma_or_brace'
  | 'json_expected_comma_or_bracket'
  | 'json_trailing_comma'
  | 'json_unexpected_end'
  | 'json_unexpected_after_end'
  | 'json_unterminated_string'
  | 'json_control_character'
  | 'json_bad_escape'
  | 'json_bad_unicode_escape'
  | 'json_bad_number';

/** A problem with the text itself, found before any schema check. */
export interface SyntaxIssue extends TextPosition {
  code: SyntaxIssueCode;
  /** The values {@link SyntaxIssue.message} inserts, by name; see {@link SyntaxIssueCode}. */
  params: Readonly<Record<string, string | number>>;
  /** In English, in the words of the format: JSON's for JSON, YAML's for YAML. */
  message: string;
  /** What to select; `line` and `column` are where it starts. */
  span: TextSpan;
}

interface ReadBase {
  format: SourceFormat;
  /** The line and column of an offset in the text. */
  positionOf(offset: number): TextPosition;
}

/** A text read into a value. */
export interface ReadValue extends ReadBase {
  ok: true;
  /** Plain JSON data: objects, arrays, strings, finite numbers, booleans and null. */
  value: unknown;
  /**
   * Where the value at `segments` (an issue's path) is written. When the path goes further than
   * the text, the nearest written ancestor: a missing key points at the object that lacks it. For
   * `code` `unknown_key`, the key itself rather than its value.
   */
  locate(segments: ReadonlyArray<string | number>, code?: string): TextSpan;
}

/** A text that could not be read. */
export interface ReadFailure extends ReadBase {
  ok: false;
  /** At least one; JSON stops at its first, YAML may report several. */
  issues: [SyntaxIssue, ...SyntaxIssue[]];
}

/** What reading a text gives: a value, or why there is none. */
export type ReadResult = ReadValue | ReadFailure;

/**
 * The deepest nesting of objects and arrays read; deeper texts get a `too_deep` issue. A
 * curriculum nests about 12 levels; recursive code further on (YAML's composer, validation) stays
 * far from the stack limit.
 */
export const MAX_NESTING = 100;

/** How many nodes YAML aliases may expand to ("billion laughs" documents expand exponentially). */
export const MAX_ALIAS_COUNT = 100;

/** Where a value is written, and its members' (an object's by key, an array's by index). */
export interface SourceNode {
  span: TextSpan;
  children?: Map<string, { key?: TextSpan; node: SourceNode }>;
}

/** `positionOf` for `text`: line starts are found once, then each position by binary search. */
export function positionsIn(text: string): (offset: number) => TextPosition {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - (starts[low] as number) + 1 };
  };
}

/** The span of `segments` under `root`, by the rule {@link ReadValue.locate} documents. */
export function locateIn(
  root: SourceNode,
  segments: ReadonlyArray<string | number>,
  code?: string,
): TextSpan {
  let node = root;
  for (const [index, segment] of segments.entries()) {
    const child = node.children?.get(String(segment));
    if (!child) break;
    if (index === segments.length - 1 && code === 'unknown_key' && child.key) return child.key;
    node = child.node;
  }
  return node.span;
}

type Unplaced = Omit<SyntaxIssue, 'line' | 'column'>;

/** A failed read, each issue with the line and column of its span's start. */
export function failure(
  format: SourceFormat,
  positionOf: (offset: number) => TextPosition,
  [first, ...rest]: [Unplaced, ...Unplaced[]],
): ReadFailure {
  const place = (issue: Unplaced): SyntaxIssue => ({ ...issue, ...positionOf(issue.span.start) });
  return { ok: false, format, positionOf, issues: [place(first), ...rest.map(place)] };
}

/** The issue for a text of whitespace only. */
export function emptyIssue(length: number): Omit<SyntaxIssue, 'line' | 'column'> {
  return {
    code: 'empty',
    params: {},
    message: 'the text is empty; expected a value',
    span: { start: length, end: length },
  };
}

/** The issue for nesting past {@link MAX_NESTING}, at the opening of the first too deep. */
export function tooDeepIssue(offset: number): Omit<SyntaxIssue, 'line' | 'column'> {
  return {
    code: 'too_deep',
    params: { limit: MAX_NESTING },
    message: `nested more than ${MAX_NESTING} levels deep; a curriculum needs about 12`,
    span: { start: offset, end: offset + 1 },
  };
}

/** The issue for a key written twice in one object. */
export function duplicateKeyIssue(
  key: string,
  span: TextSpan,
): Omit<SyntaxIssue, 'line' | 'column'> {
  return {
    code: 'duplicate_key',
    params: { key },
    message: `the key ${JSON.stringify(key)} is repeated in this object; each key may appear once`,
    span,
  };
}

/** The issue for a number that is not finite. */
export function nonFiniteIssue(
  number: string,
  span: TextSpan,
): Omit<SyntaxIssue, 'line' | 'column'> {
  return {
    code: 'non_finite_number',
    params: { number },
    message: `the number ${number} is out of range; only finite numbers can be read`,
    span,
  };
}
