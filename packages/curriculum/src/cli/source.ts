/**
 * Reading a curriculum file (or standard input) as JSON or YAML, and mapping a path of keys back
 * to a line and column of the text, so problems can be shown as `file:line:column`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { readSource, type SourceFormat, type SyntaxIssue, type TextPosition } from '../source.js';
import { CliError } from './errors.js';
import type { CliContext } from './terminal.js';

/** The file name that means standard input. */
export const STDIN = '-';

/**
 * Refuses a command line that names standard input more than once: it can be read only once.
 * @throws {CliError} exit code 2.
 */
export function refuseRepeatedStdin(files: readonly string[], command: string): void {
  if (files.filter((file) => file === STDIN).length > 1) {
    throw new CliError('standard input ("-") can be read only once', {
      help: `see "trailmark ${command} --help"`,
    });
  }
}

/** Larger inputs are refused before they are read: no curriculum comes near this. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const LINE_BREAK = /\r?\n/;

/** Why an input could not be read as data; it ends the command with exit code 2. */
export interface InputProblem {
  /** `unreadable_file`: missing, a directory, no permission, too large, not UTF-8 text. */
  code: 'unreadable_file' | 'syntax_error';
  message: string;
  position?: TextPosition;
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
  locate(segments: ReadonlyArray<string | number>, code?: string): TextPosition;
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
export function snippet(text: string, position: TextPosition): string[] {
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

/** The CLI's one-line problem for the reader's first issue, with the line under it. */
function syntaxProblem(text: string, format: SourceFormat, issue: SyntaxIssue): InputProblem {
  const position = { line: issue.line, column: issue.column };
  // A limit is not a syntax error; everything else the reader refuses is one.
  const limit = issue.code === 'too_deep' || issue.code === 'too_many_aliases';
  const label = format === 'json' ? 'JSON syntax error: ' : 'YAML syntax error: ';
  return {
    code: 'syntax_error',
    // One line, whatever a parser's message quotes from the file.
    message: `${limit ? '' : label}${issue.message.replace(/\p{Cc}+/gu, ' ')}`,
    position,
    snippet: snippet(text, position),
  };
}

/** JSON by extension `.json`; YAML by `.yaml`/`.yml`; else as the reader sniffs the text. */
function formatOf(file: string): SourceFormat | undefined {
  const extension = file === STDIN ? '' : extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  return undefined;
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

  const read = readSource(text, formatOf(file));
  if (!read.ok) {
    return {
      ok: false,
      name,
      problem: syntaxProblem(text, read.format, read.issues[0]),
    };
  }
  const locate = (segments: ReadonlyArray<string | number>, code?: string) =>
    read.positionOf(read.locate(segments, code).start);
  return { ok: true, name, source: { name, data: read.value, locate } };
}
