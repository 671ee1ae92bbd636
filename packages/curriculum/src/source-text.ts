/**
 * What the JSON and YAML readers share: the result shape, positions, the limits, issues, and the
 * map from an issue's path to where it is written. No parser lives here, so a JSON-only bundle
 * stays small.
 */
import type { SyntaxIssueCode, SyntaxIssueParams, YamlSyntaxCode } from './issues.js';
import { enSharedSyntaxWords } from './locale/syntax-words.js';

export type { SyntaxIssueCode, SyntaxIssueParams };

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

/** One problem with the text itself, of a given code, found before any schema check. */
export interface SyntaxIssueOf<C extends SyntaxIssueCode> extends TextPosition {
  /** Why the text could not be read; see {@link SyntaxIssueParams}. */
  code: C;
  /** The details its words are written from, in any language (`describeIssue` of `./locale`). */
  params: SyntaxIssueParams[C];
  /** In English, in the words of the format: JSON's for JSON, YAML's for YAML. */
  message: string;
  /** What to select; `line` and `column` are where it starts. */
  span: TextSpan;
}

/** A problem with the text itself; narrowing on `code` types its `params`. */
export type SyntaxIssue = { [C in SyntaxIssueCode]: SyntaxIssueOf<C> }[SyntaxIssueCode];

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

/** A syntax issue before its line and column are known. */
export type Unplaced = {
  [C in SyntaxIssueCode]: Omit<SyntaxIssueOf<C>, 'line' | 'column'>;
}[SyntaxIssueCode];

/** A syntax issue whose `message` is `message`, the English words of its code and params. */
export function wordedIssue<C extends SyntaxIssueCode>(
  code: C,
  params: SyntaxIssueParams[C],
  message: string,
  start: number,
  end = start + 1,
): Unplaced {
  return { code, params, message, span: { start, end } } as Unplaced;
}

/**
 * Builds a syntax issue that JSON and YAML share, or a JSON one, whose `message` is its English
 * words, from the table `describeIssue` of `./locale` reads them from too. (YAML's own codes have
 * theirs in `yamlIssue`, so a JSON-only bundle carries none of them.)
 * @default end start + 1
 */
export function syntaxIssue<C extends Exclude<SyntaxIssueCode, YamlSyntaxCode>>(
  code: C,
  params: SyntaxIssueParams[C],
  start: number,
  end = start + 1,
): Unplaced {
  const words = enSharedSyntaxWords[code] as (params: SyntaxIssueParams[C]) => string;
  return wordedIssue(code, params, words(params), start, end);
}

/** A failed read, each issue with the line and column of its span's start. */
export function failure(
  format: SourceFormat,
  positionOf: (offset: number) => TextPosition,
  [first, ...rest]: [Unplaced, ...Unplaced[]],
): ReadFailure {
  const place = (issue: Unplaced) => ({ ...issue, ...positionOf(issue.span.start) }) as SyntaxIssue;
  return { ok: false, format, positionOf, issues: [place(first), ...rest.map(place)] };
}

/** The issue for a text of whitespace only. */
export function emptyIssue(length: number): Unplaced {
  return syntaxIssue('empty', {}, length, length);
}

/** The issue for nesting past {@link MAX_NESTING}, at the opening of the first too deep. */
export function tooDeepIssue(offset: number): Unplaced {
  return syntaxIssue('too_deep', { limit: MAX_NESTING }, offset);
}

/** The issue for a key written twice in one object. */
export function duplicateKeyIssue(key: string, span: TextSpan): Unplaced {
  return syntaxIssue('duplicate_key', { key }, span.start, span.end);
}

/** The issue for a number that is not finite. */
export function nonFiniteIssue(number: string, span: TextSpan): Unplaced {
  return syntaxIssue('non_finite_number', { number }, span.start, span.end);
}

/**
 * `json` when the text (after a byte order mark and whitespace) starts with `{` or `[`, else
 * `yaml`: how a text without a file name is told apart. Here rather than beside `readSource`, so
 * that a bundle using it alone carries no `yaml`.
 */
export function sniffFormat(text: string): SourceFormat {
  return /^\ufeff?\s*[[{]/.test(text) ? 'json' : 'yaml';
}
