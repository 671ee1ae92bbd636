/**
 * The `yaml` library's errors in the words of the mistake an author made, at the line to change.
 * The library says where its reading failed, which is often a line before the mistake (a key
 * indented one space too far first reads as more of the value above it); this module looks at the
 * text around that place to name the mistake instead. Errors it cannot name stay `yaml_syntax`,
 * with the library's words.
 */
import type { CST, YAMLError } from 'yaml';
import type { SyntaxIssueParams, YamlSyntaxCode } from './issues.js';
import { enYamlSyntaxWords } from './locale/syntax-words.js';
import { type Unplaced, wordedIssue } from './source-text.js';

/** Builds an issue of a code only YAML has, whose `message` is its English words. */
export function yamlIssue<C extends YamlSyntaxCode>(
  code: C,
  params: SyntaxIssueParams[C],
  start: number,
  end = start + 1,
): Unplaced {
  const words = enYamlSyntaxWords[code] as (params: SyntaxIssueParams[C]) => string;
  return wordedIssue(code, params, words(params), start, end);
}

/** A line as `key: value` (or `- key: value`): its indent, where the key starts, the key. */
const KEY_LINE = /^( *)((?:- +)*)([^\s#'"-][^:#]*?|"[^"]*"|'[^']*'): ?/;
/** A line starting a list item: its indent. */
const ITEM_LINE = /^( *)- /;

interface Line {
  start: number;
  text: string;
  /** 1-based. */
  number: number;
}

/** The lines of `text`, each with the offset it starts at. */
function linesOf(text: string): Line[] {
  let start = 0;
  return text.split('\n').map((line, i) => {
    const found = { start, text: line, number: i + 1 };
    start += line.length + 1;
    return found;
  });
}

/** The key a line starts with, with its 0-based column, if it is a `key:` line. */
function keyOf(line: Line | undefined): { key: string; column: number } | undefined {
  const match = line && KEY_LINE.exec(line.text);
  if (!match) return undefined;
  const [, indent = '', dashes = '', key = ''] = match;
  return { key: key.replace(/^["']|["']$/g, ''), column: indent.length + dashes.length };
}

/** How many spaces a line starts with; a blank line or comment counts as indented without end. */
function indentOf(line: Line): number {
  return isBlank(line) ? Number.POSITIVE_INFINITY : (/^ */.exec(line.text)?.[0].length ?? 0);
}

/** Whether a line holds nothing to read: blank, or a comment. */
function isBlank(line: Line): boolean {
  return /^\s*(?:#|$)/.test(line.text);
}

/** The nearest line before `index` that is not blank and passes `test`. */
function lineBefore(lines: Line[], index: number, test: (line: Line) => boolean): Line | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (!isBlank(line) && test(line)) return line;
  }
  return undefined;
}

/** The last node of `type` in the syntax tree that starts before `offset`. */
function lastNodeBefore(tokens: readonly CST.Token[], type: string, offset: number) {
  type CstNode = {
    type?: string;
    offset?: number;
    key?: unknown;
    value?: unknown;
    items?: unknown;
  };
  let found: CstNode | undefined;
  const stack = [...tokens] as CstNode[];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const at = node.offset ?? Number.POSITIVE_INFINITY;
    if (node.type === type && at < offset && at >= (found?.offset ?? -1)) found = node;
    const items = Array.isArray(node.items) ? (node.items as CstNode[]) : [];
    for (const child of [
      node.key,
      node.value,
      ...items.flatMap((item) => [item.key, item.value]),
    ]) {
      if (typeof child === 'object' && child !== null) stack.push(child as CstNode);
    }
  }
  return found?.offset;
}

/**
 * The issue for a key or list item at `line` that is not lined up with the one at `sibling`:
 * it starts at the key or the dash, which the author moves.
 */
function misaligned(line: Line, sibling: Line, item: boolean): Unplaced | undefined {
  const here = item ? ITEM_LINE.exec(line.text)?.[1]?.length : keyOf(line)?.column;
  const there = item ? ITEM_LINE.exec(sibling.text)?.[1]?.length : keyOf(sibling)?.column;
  if (here === undefined || there === undefined || here === there) return undefined;
  const key = item ? undefined : keyOf(line)?.key;
  const start = line.start + here;
  return yamlIssue(
    'yaml_indent',
    { key, column: here + 1, expected: there + 1, line: sibling.number },
    start,
    start + (key?.length ?? 1),
  );
}

/**
 * Names the mistake behind one `yaml` error, with where to change it; `undefined` when the error
 * is not one of the mistakes known here.
 */
function explain(
  error: YAMLError,
  text: string,
  lines: Line[],
  tokens: readonly CST.Token[],
): Unplaced | undefined {
  const [at] = error.pos;
  const index = lines.findLastIndex((line) => line.start <= at);
  const line = lines[index] as Line;
  const { code, message } = error;
  const leading = /^\s*/.exec(line.text)?.[0] ?? '';
  if (code === 'TAB_AS_INDENT' || (code === 'BAD_INDENT' && leading.includes('\t'))) {
    // yaml points at the tab itself, or (for a key out of line) at the line's start.
    const tab = code === 'TAB_AS_INDENT' ? at : line.start + leading.indexOf('\t');
    return yamlIssue('yaml_tab_indent', {}, tab);
  }
  if (message.startsWith('Missing closing')) {
    const quote = message.charAt(16) === "'" ? "'" : '"';
    const type = quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
    const start = lastNodeBefore(tokens, type, at);
    return start === undefined ? undefined : yamlIssue('yaml_unclosed_quote', { quote }, start);
  }
  if (code === 'BAD_INDENT' && message.startsWith('Flow')) {
    const start = lastNodeBefore(tokens, 'flow-collection', at);
    const closer = message.endsWith('}') ? '}' : ']';
    return start === undefined ? undefined : yamlIssue('yaml_unclosed_flow', { closer }, start);
  }
  if (code === 'BAD_SCALAR_START') {
    return yamlIssue('yaml_reserved_start', { char: text.charAt(at) }, at);
  }
  if (message.startsWith('Comments must')) return yamlIssue('yaml_comment_space', {}, at);
  if (message === 'Unexpected scalar at node end') {
    return yamlIssue('yaml_text_after_quote', {}, at);
  }
  // A list item whose dash is not under the dashes before it.
  if (message.startsWith('All sequence items') || message.startsWith('A block sequence may not')) {
    const sibling = lineBefore(lines, index, (other) => {
      const indent = ITEM_LINE.exec(other.text)?.[1]?.length;
      return indent !== undefined && indent < (ITEM_LINE.exec(line.text)?.[1]?.length ?? 0);
    });
    return sibling && misaligned(line, sibling, true);
  }
  // A key at a line start that lines up with no key above it: less indented than its siblings.
  if (message.startsWith('All mapping items') || message.startsWith('Sequence item without')) {
    const sibling = lineBefore(lines, index, (other) => keyOf(other) !== undefined);
    return sibling && misaligned(line, sibling, false);
  }
  if (code !== 'BLOCK_AS_IMPLICIT_KEY' && code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  const rest = text.slice(at, line.start + line.text.length);
  const own = keyOf(line);
  // `title: RAG: retrieval`: the value holds ": ".
  if (own && at > line.start + own.column && /:(?: |$)/.test(rest)) {
    return yamlIssue('yaml_colon_in_value', { value: rest.trim() }, at, at + rest.length);
  }
  // `title: A` then `  summary: B`, one space too far: B reads as more of A.
  const next = lines.slice(index + 1).find((other) => !isBlank(other));
  const nextKey = keyOf(next);
  if (own && next && nextKey && nextKey.column > own.column) return misaligned(next, line, false);
  // `title:Web`: no space after the colon, so no key.
  const glued = /^( *(?:- +)*)[^\s:#]+:\S/.exec(line.text);
  if (glued) {
    const start = line.start + (glued[1] as string).length;
    const word = /^\S+/.exec(line.text.slice(start - line.start))?.[0] ?? '';
    return yamlIssue('yaml_colon_space', { text: word }, start, start + word.length);
  }
  if (!line.text.includes(':')) {
    const start = line.start + leading.length;
    return yamlIssue('yaml_expected_key', {}, start, line.start + line.text.length);
  }
  return undefined;
}

/**
 * The issues for the errors `yaml` reported reading `text`, in text order. One mistake often
 * makes several errors on the lines it touches: once a mistake is named, further errors on the
 * lines between the error and the mistake are left out.
 */
export function yamlMistakes(
  text: string,
  errors: readonly YAMLError[],
  tokens: readonly CST.Token[],
): [Unplaced, ...Unplaced[]] {
  const lines = linesOf(text);
  const issues: Unplaced[] = [];
  let coveredUntil = -1;
  for (const error of errors) {
    const [start, end] = error.pos;
    if (start <= coveredUntil) continue;
    const named = explain(error, text, lines, tokens);
    if (named) {
      issues.push(named);
      // Every line up to the mistake's, and the lines indented under it (a misplaced item's).
      const at = Math.max(start, named.span.start);
      let index = lines.findLastIndex((line) => line.start <= at);
      const column = at - (lines[index] as Line).start;
      while (lines[index + 1] && indentOf(lines[index + 1] as Line) > column) index++;
      const last = lines[index] as Line;
      coveredUntil = last.start + last.text.length;
    } else {
      const detail = error.message.split('\n')[0] as string;
      issues.push(yamlIssue('yaml_syntax', { detail, yamlCode: error.code }, start, end));
    }
  }
  // yaml may place an error just past the text's end.
  for (const { span } of issues) {
    span.start = Math.min(Math.max(span.start, 0), text.length);
    span.end = Math.min(Math.max(span.end, span.start), text.length);
  }
  return issues.sort((a, b) => a.span.start - b.span.start) as [Unplaced, ...Unplaced[]];
}
