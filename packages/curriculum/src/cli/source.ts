/**
 * Reading a curriculum file (or standard input) as JSON or YAML, and mapping a path of keys back
 * to a line and column of the text, so problems can be shown as `file:line:column`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
} from 'yaml';
import { findJsonSyntaxError } from './json-syntax.js';
import type { CliContext } from './terminal.js';

/** The file name that means standard input. */
export const STDIN = '-';

/** Larger inputs are refused before they are read: no curriculum comes near this. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const LINE_BREAK = /\r?\n/;

/** A 1-based position in a text. */
export interface Position {
  line: number;
  column: number;
}

/** Why an input could not be read as data; it ends the command with exit code 2. */
export interface InputProblem {
  /** `unreadable_file`: missing, a directory, no permission, too large, not UTF-8 text. */
  code: 'unreadable_file' | 'syntax_error';
  message: string;
  position?: Position;
  /** The source line and a caret under the position, for syntax errors. */
  snippet?: string[];
}

/** An input read and parsed into plain data. */
export interface LoadedSource {
  /** The name to show: the path as given, or `<stdin>`. */
  name: string;
  data: unknown;
  /**
   * Where the value at `segments` is written; for `unknown_key` issues the key itself. Walks as far
   * as the document goes, so a missing key points at the object that lacks it.
   */
  locate(segments: ReadonlyArray<string | number>, code?: string): Position | undefined;
}

export type LoadResult =
  | { ok: true; name: string; source: LoadedSource; problem?: never }
  | { ok: false; name: string; problem: InputProblem; source?: never };

/** The name shown for standard input. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

const SIZE_LIMIT = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;

async function readBytes(file: string, context: CliContext): Promise<Uint8Array | InputProblem> {
  if (file === STDIN) return context.readStdin();
  const path = resolve(context.cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return { code: 'unreadable_file', message: 'is a directory; give a .json or .yaml file' };
    }
    if (info.size > MAX_INPUT_BYTES) {
      return { code: 'unreadable_file', message: `is larger than ${SIZE_LIMIT}` };
    }
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `cannot be read (${code ?? (error as Error).message})`;
    return { code: 'unreadable_file', message: reason };
  }
}

/**
 * The line of `text` at `position` with a caret under the column, as gutter lines:
 * `  3 | c: 3` / `    | ^`. Long lines are cut around the column.
 */
export function snippet(text: string, position: Position): string[] {
  const lines = text.split(LINE_BREAK);
  const line = lines[position.line - 1];
  if (line === undefined || line.trim() === '') return [];
  const width = 80;
  let column = position.column - 1;
  let shown = line;
  if (shown.length > width) {
    const start = Math.max(0, Math.min(column - width / 2, shown.length - width));
    shown = `${start > 0 ? '…' : ''}${shown.slice(start, start + width)}${start + width < line.length ? '…' : ''}`;
    column = column - start + (start > 0 ? 1 : 0);
  }
  const gutter = String(position.line);
  return [
    // Control characters from the file must not reach the terminal as escape sequences.
    ` ${gutter} | ${shown.replace(/\t/g, ' ').replace(/\p{Cc}/gu, '\ufffd')}`,
    ` ${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column))}^`,
  ];
}

function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The position of `offset` in `text`, counting lines the way the YAML parser does. */
function positionAt(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split(LINE_BREAK);
  return { line: lines.length, column: (lines.at(-1) as string).length + 1 };
}

function syntaxProblem(text: string, raw: string, position?: Position): InputProblem {
  // One line, whatever a parser's message quotes from the file.
  const message = raw.replace(/\p{Cc}+/gu, ' ');
  return position
    ? { code: 'syntax_error', message, position, snippet: snippet(text, position) }
    : { code: 'syntax_error', message };
}

type Segment = string | number;

/** The offset of the node at `segments` in a parsed YAML (or JSON) document. */
function offsetOf(
  doc: Document.Parsed,
  segments: readonly Segment[],
  code?: string,
): number | undefined {
  let node: unknown = doc.contents;
  // An empty document has no node: its problems are at the start.
  let offset = isNode(node) ? node.range?.[0] : 0;
  for (const [index, segment] of segments.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      // The last of repeated keys wins, as in JSON.parse.
      const pair = node.items.findLast(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const keyOffset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      if (index === segments.length - 1 && code === 'unknown_key') return keyOffset ?? offset;
      node = pair.value;
      offset = (isNode(node) ? node.range?.[0] : undefined) ?? keyOffset ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      offset = (isNode(node) ? node.range?.[0] : undefined) ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

/** `locate` over a YAML document parsed lazily: only invalid inputs need positions. */
function locator(text: string, parsed?: YamlDocument) {
  let cache: YamlDocument | null | undefined = parsed;
  return (segments: readonly Segment[], code?: string): Position | undefined => {
    if (cache === undefined) {
      // Positions are a help, not a need: JSON too deep for the YAML parser goes without them.
      cache = parseYamlDocument(text);
    }
    if (cache === null) return undefined;
    const offset = offsetOf(cache.doc, segments, code);
    return offset === undefined ? undefined : positionOf(cache.lineCounter, offset);
  };
}

function parseJson(text: string): { data: unknown } | InputProblem {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (!found) {
      return syntaxProblem(text, `JSON syntax error: ${(error as Error).message.split('\n')[0]}`);
    }
    return syntaxProblem(
      text,
      `JSON syntax error: ${found.message}`,
      positionAt(text, found.offset),
    );
  }
}

/**
 * Deeper YAML is refused before it is composed: yaml composes recursively, and near the stack limit
 * V8 can abort the whole process (seen: "RegExpCompiler Allocation failed") instead of throwing.
 * A curriculum nests about 12 levels.
 */
export const MAX_NESTING = 100;

/** Whether a CST token nests deeper than {@link MAX_NESTING}; walked with a stack, not recursion. */
function tooDeep(token: CST.Token): boolean {
  type CstNode = {
    key?: unknown;
    value?: unknown;
    items?: Array<{ key?: unknown; value?: unknown }>;
  };
  const stack: Array<[CstNode, number]> = [[token as CstNode, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_NESTING) return true;
    const children = [
      node.key,
      node.value,
      ...(node.items ?? []).flatMap((item) => [item.key, item.value]),
    ];
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push([child as CstNode, depth + 1]);
    }
  }
  return false;
}

interface YamlDocument {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Where a second document starts, if the text holds more than one. */
  secondDocument?: number;
}

/**
 * YAML (or JSON) text as a document with node positions, or `null` when it nests deeper than
 * {@link MAX_NESTING}. yaml's parser keeps its own stack, so it reads any depth safely; the depth
 * is checked on its syntax tree before the recursive composer sees it.
 */
function parseYamlDocument(text: string): YamlDocument | null {
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  if (tokens.some(tooDeep)) return null;
  const documents = new Composer({ prettyErrors: false }).compose(tokens, true, text.length);
  const first = documents.next();
  const second = documents.next();
  // compose() always yields at least one document when forced, even for an empty text.
  const doc = first.value as Document.Parsed;
  return second.done
    ? { doc, lineCounter }
    : { doc, lineCounter, secondDocument: second.value.range[0] };
}

function parseYaml(text: string): (YamlDocument & { data: unknown }) | InputProblem {
  const parsed = parseYamlDocument(text);
  if (!parsed) {
    return {
      code: 'unreadable_file',
      message: `is nested more than ${MAX_NESTING} levels deep; a curriculum needs about 12`,
    };
  }
  const { doc, lineCounter, secondDocument } = parsed;
  if (secondDocument !== undefined) {
    return syntaxProblem(
      text,
      'YAML syntax error: the file holds more than one YAML document (separated by "---"); put one curriculum in each file',
      positionOf(lineCounter, secondDocument),
    );
  }
  const [error] = doc.errors;
  if (error) {
    const message =
      error.code === 'DUPLICATE_KEY'
        ? 'a key is repeated in the same mapping; keys must be unique'
        : error.message;
    return syntaxProblem(
      text,
      `YAML syntax error: ${message}`,
      positionOf(lineCounter, error.pos[0]),
    );
  }
  try {
    // maxAliasCount stops "billion laughs" documents that expand aliases exponentially.
    return { ...parsed, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return syntaxProblem(text, `YAML could not be read: ${oneLine(error)}`);
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
}

/** JSON by extension `.json`; YAML by `.yaml`/`.yml`; else JSON when it starts with `{` or `[`. */
function formatOf(file: string, text: string): 'json' | 'yaml' {
  const extension = file === STDIN ? '' : extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/**
 * Reads `file` (`-` for standard input) and parses it as JSON or YAML. Never throws: a missing
 * file, text that is not UTF-8 or a syntax error comes back as a problem.
 */
export async function loadSource(file: string, context: CliContext): Promise<LoadResult> {
  const name = displayName(file);
  const bytes = await readBytes(file, context);
  if (!(bytes instanceof Uint8Array)) return { ok: false, name, problem: bytes };
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    return {
      ok: false,
      name,
      problem: { code: 'unreadable_file', message: `is larger than ${SIZE_LIMIT}` },
    };
  }
  let text: string;
  try {
    // Strips a byte order mark; rejects binary files and other encodings.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      name,
      problem: { code: 'unreadable_file', message: 'is not UTF-8 text; save it as UTF-8' },
    };
  }

  if (formatOf(file, text) === 'json') {
    const parsed = parseJson(text);
    if (!('data' in parsed)) return { ok: false, name, problem: parsed };
    return { ok: true, name, source: { name, data: parsed.data, locate: locator(text) } };
  }
  const parsed = parseYaml(text);
  if (!('data' in parsed)) return { ok: false, name, problem: parsed };
  return { ok: true, name, source: { name, data: parsed.data, locate: locator(text, parsed) } };
}
