/**
 * Reading JSON text: one iterative scan checks it as strictly as `JSON.parse`, finds repeated keys
 * and nesting past the limit, and records where every value and key is written; `JSON.parse` then
 * builds the value. Positions come from the scan, never from an engine's error message, so every
 * browser reports the same line and column in the same words.
 */
import {
  duplicateKeyIssue,
  emptyIssue,
  failure,
  locateIn,
  MAX_NESTING,
  nonFiniteIssue,
  positionsIn,
  type ReadResult,
  type SourceNode,
  type SyntaxIssueParams,
  syntaxIssue,
  type TextSpan,
  tooDeepIssue,
  type Unplaced,
} from './source-text.js';

/** The codes whose issue names the character found where something else was expected. */
type FoundCode = {
  [C in keyof SyntaxIssueParams]: SyntaxIssueParams[C] extends { found: string } ? C : never;
}[keyof SyntaxIssueParams];

/** What the scan waits for next. */
type Expect =
  | 'value'
  | 'value-or-close'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close'
  | 'end';

interface Frame {
  object: boolean;
  /** The keys so far (objects), to refuse a repeated one. */
  keys: Set<string>;
  /** The member whose value comes next (objects). */
  key?: { name: string; span: TextSpan };
  /** How many values so far. */
  count: number;
  /** Where the container is written, and its members: only when a tree is asked for. */
  node?: SourceNode & { children: NonNullable<SourceNode['children']> };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
/** A run of string characters needing no check: JSON strings refuse U+0000–U+001F unescaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPES = '"\\/bfnrt';

/** The character at `offset` as an issue shows it: itself, or `U+XXXX` when it cannot be seen. */
function found(text: string, offset: number): string {
  const char = String.fromCodePoint(text.codePointAt(offset) as number);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)
    ? char
    : `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** An issue naming what was expected and the character found instead. */
function expected(code: FoundCode, text: string, at: number): Unplaced {
  return syntaxIssue(code, { found: found(text, at) }, at);
}

/** Scans the string opening at `start`: the offset after its closing quote, or the issue. */
function scanString(text: string, start: number): number | Unplaced {
  for (let i = start + 1; i < text.length; i++) {
    // Skip a run of plain characters at once: most strings have no escape at all.
    PLAIN.lastIndex = i;
    PLAIN.test(text);
    i = PLAIN.lastIndex;
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) {
          return syntaxIssue('json_bad_unicode_escape', {}, i, Math.min(i + 6, text.length));
        }
        i += 5;
      } else if (next !== undefined && ESCAPES.includes(next)) {
        i += 1;
      } else {
        const written = next === undefined ? '\\' : `\\${found(text, i + 1)}`;
        return syntaxIssue('json_bad_escape', { escape: written }, i, i + 2);
      }
    } else if (code < 0x20) {
      return syntaxIssue('json_control_character', { found: found(text, i) }, i);
    }
  }
  return syntaxIssue('json_unterminated_string', {}, start, text.length);
}

/**
 * Checks `text` as JSON: the first issue, or (when `tree` is asked for) where every value and key
 * is written. A valid text is scanned a second time, for the tree, only when a place is looked up.
 */
function scan(text: string, tree: true): Unplaced | SourceNode;
function scan(text: string, tree: false): Unplaced | undefined;
function scan(text: string, tree: boolean): Unplaced | SourceNode | undefined {
  const stack: Frame[] = [];
  let root: SourceNode | undefined;
  let started = false;
  let expect: Expect = 'value';
  // The offset of a comma while the token after it is awaited: a closer there is a trailing comma.
  let comma = -1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  /** Records a value: it is a member of the innermost open container. */
  const place = (node: SourceNode | undefined): void => {
    started = true;
    const frame = stack[stack.length - 1];
    if (frame) frame.count++;
    if (!node) return;
    if (!frame) root = node;
    else if (frame.object && frame.key) {
      frame.node?.children.set(frame.key.name, { key: frame.key.span, node });
    } else frame.node?.children.set(String(frame.count - 1), { node });
  };
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
    const frame = stack[stack.length - 1];
    if (i >= text.length) {
      if (expect === 'end') break;
      if (!started) return emptyIssue(text.length);
      const closer = frame?.object ? '}' : ']';
      return syntaxIssue('json_unexpected_end', frame ? { closer } : {}, text.length, text.length);
    }
    const char = text[i] as string;
    const closer = frame?.object ? '}' : ']';
    if (comma !== -1) {
      const at = comma;
      comma = -1;
      if (frame && char === closer) {
        return syntaxIssue('json_trailing_comma', { closer }, at);
      }
    }
    switch (expect) {
      case 'value-or-close':
      case 'key-or-close':
        if (frame && char === closer) {
          stack.pop();
          i++;
          if (frame.node) frame.node.span.end = i;
          expect = afterValue();
          continue;
        }
        expect = expect === 'value-or-close' ? 'value' : 'key';
        continue;
      case 'value': {
        const start = i;
        if (char === '{' || char === '[') {
          if (stack.length >= MAX_NESTING) return tooDeepIssue(i);
          const node = tree ? { span: { start, end: start + 1 }, children: new Map() } : undefined;
          place(node);
          stack.push({ node, object: char === '{', keys: new Set(), count: 0 });
          i++;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        if (char === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
        } else if (char === '-' || (char >= '0' && char <= '9')) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) {
            return syntaxIssue('json_bad_number', {}, i);
          }
          i = NUMBER.lastIndex;
          const written = text.slice(start, i);
          if (!Number.isFinite(Number(written))) {
            return nonFiniteIssue(written, { start, end: i });
          }
        } else {
          const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
          if (!word) return expected('json_expected_value', text, i);
          i += word.length;
        }
        place(tree ? { span: { start, end: i } } : undefined);
        expect = afterValue();
        continue;
      }
      case 'key': {
        if (char !== '"') {
          return expected('json_expected_property_name', text, i);
        }
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        const raw = text.slice(i + 1, end - 1);
        const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const span = { start: i, end };
        if ((frame as Frame).keys.has(name)) return duplicateKeyIssue(name, span);
        (frame as Frame).keys.add(name);
        (frame as Frame).key = { name, span };
        i = end;
        expect = 'colon';
        continue;
      }
      case 'colon':
        if (char !== ':') {
          return expected('json_expected_colon', text, i);
        }
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close':
        if (char === ',') {
          comma = i;
          i++;
          expect = (frame as Frame).object ? 'key' : 'value';
          continue;
        }
        if (char === closer) {
          stack.pop();
          i++;
          const { node } = frame as Frame;
          if (node) node.span.end = i;
          expect = afterValue();
          continue;
        }
        return (frame as Frame).object
          ? expected('json_expected_comma_or_brace', text, i)
          : expected('json_expected_comma_or_bracket', text, i);
      case 'end':
        return expected('json_unexpected_after_end', text, i);
    }
  }
  return tree ? root : undefined;
}

export { type JsonValueRead, readJsonValue } from './source-json-value.js';
/**
 * Reads JSON text: the value, or the first syntax issue with its line, column and span. Accepts
 * exactly what `JSON.parse` accepts, plus a leading byte order mark, and refuses repeated keys,
 * numbers too large to be finite and nesting past {@link MAX_NESTING}. Never throws; iterative, so
 * no text can overflow the stack.
 * @example readJson('{"a": 1 "b": 2}') // issues[0]: json_expected_comma_or_brace at 1:9
 */
export function readJson(text: string): ReadResult {
  const positionOf = positionsIn(text);
  const problem = scan(text, false);
  if (problem) {
    // Spans end inside the text even where the error is the text ending (`"\` has no escape).
    const { span } = problem;
    return failure('json', positionOf, [
      { ...problem, span: { ...span, end: Math.min(span.end, text.length) } },
    ]);
  }
  let tree: SourceNode | undefined;
  return {
    ok: true,
    format: 'json',
    // The scan accepted exactly what JSON.parse accepts, so this cannot throw.
    value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
    positionOf,
    locate: (segments, code) => {
      tree ??= scan(text, true) as SourceNode;
      return locateIn(tree, segments, code);
    },
  };
}
