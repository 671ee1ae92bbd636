/**
 * Reads the playground's text as a curriculum source: JSON or YAML (told apart by the first
 * character), its syntax errors with line and column, its value, and where in the text any path of
 * the value is written. One parser serves both formats (JSON is YAML), so the same syntax tree
 * maps an issue path such as `levels[1].modules[0].topics[2].kind` back to its line and key.
 */
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from 'yaml';

/** How the text is read. */
export type SourceFormat = 'JSON' | 'YAML';

/** A 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A span of the text, as offsets (what `setSelectionRange` takes). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A problem reading the text itself, before any schema check. */
export interface SyntaxProblem extends TextPosition {
  message: string;
  span: TextSpan;
}

/** The text, read. */
export interface CurriculumSource {
  format: SourceFormat;
  /** Empty when the text can be read; then `value` holds what it says. */
  syntaxErrors: SyntaxProblem[];
  /** The plain value of the document (`undefined` when it has syntax errors or is empty). */
  value: unknown;
  /** Whether the text holds nothing but whitespace and comments. */
  empty: boolean;
  /** Where `segments` (an issue's path) is written: the key of its last part, or its nearest written ancestor. */
  locate(segments: ReadonlyArray<string | number>): TextSpan;
  /** The line and column of an offset. */
  positionOf(offset: number): TextPosition;
}

/** Aliases may repeat a node this many times; more is refused (an alias bomb could hang the tab). */
const MAX_ALIAS_COUNT = 1_000;

/** `JSON` when the text starts like JSON (`{` or `[`), else `YAML`. */
export function detectFormat(text: string): SourceFormat {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'JSON' : 'YAML';
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Where the node for `segments` (or its nearest existing ancestor) starts and ends. */
function locateIn(doc: Document, text: string, segments: ReadonlyArray<string | number>): TextSpan {
  let node: unknown = doc.contents;
  // The document root: its first line.
  let span: TextSpan = isNodeWithRange(node)
    ? { start: node.range[0], end: endOfLine(text, node.range[0]) }
    : { start: 0, end: 0 };
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) break;
      if (isNodeWithRange(pair.key)) {
        span = { start: pair.key.range[0], end: pair.key.range[1] };
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNodeWithRange(item)) break;
      const start = item.range[0];
      span = { start, end: Math.min(item.range[1], endOfLine(text, start)) };
      node = item;
    } else {
      break;
    }
  }
  return span;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as Node).range);
}

function syntaxProblem(error: YAMLError, lines: LineCounter, text: string): SyntaxProblem {
  const [start, end] = error.pos;
  const { line, col } = lines.linePos(start);
  // The first line of the message: yaml appends a caret drawing, which the editor itself replaces.
  const message = error.message.split('\n')[0] ?? error.message;
  return {
    message: message.replace(/ at line \d+, column \d+:?$/, ''),
    line,
    column: col,
    span: { start, end: Math.min(Math.max(end, start), text.length) },
  };
}

/** The position V8 reports in a JSON.parse error message, if any. */
function jsonErrorOffset(message: string): number | undefined {
  const match = /position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Reads `text` as JSON or YAML. Never throws.
 * @example readSource('{"id": 1,}').syntaxErrors[0] // { line: 1, column: 10, ... }
 */
export function readSource(text: string): CurriculumSource {
  const format = detectFormat(text);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const positionOf = (offset: number): TextPosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const syntaxErrors = doc.errors.map((error) => syntaxProblem(error, lines, text));
  let value: unknown;
  if (syntaxErrors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      syntaxErrors.push({
        message: error instanceof Error ? error.message : String(error),
        line: 1,
        column: 1,
        span: { start: 0, end: 0 },
      });
    }
  }
  // YAML accepts what JSON does not (comments, trailing commas, single quotes): hold JSON to JSON.
  if (syntaxErrors.length === 0 && format === 'JSON') {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const offset = Math.min(jsonErrorOffset(message) ?? 0, text.length);
      syntaxErrors.push({
        message: message.replace(/ in JSON at position \d+.*$/, ''),
        ...positionOf(offset),
        span: { start: offset, end: Math.min(offset + 1, text.length) },
      });
      value = undefined;
    }
  }
  return {
    format,
    syntaxErrors,
    value: syntaxErrors.length === 0 ? value : undefined,
    empty: doc.contents === null && syntaxErrors.length === 0,
    locate: (segments) => locateIn(doc, text, segments),
    positionOf,
  };
}
