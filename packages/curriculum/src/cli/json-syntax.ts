/**
 * Where JSON text stops being JSON, and why, in words. `JSON.parse` on Node 20 often says only
 * "Unexpected token" without a position; this scanner runs after it fails, to point at the spot.
 */

/** The first syntax error in a JSON text. */
export interface JsonSyntaxError {
  /** Index into the text (UTF-16 code units) where the error is. */
  offset: number;
  message: string;
}

type Expect =
  | 'value'
  | 'value-or-close'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close'
  | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;
const CLOSER = { '{': '}', '[': ']' } as const;

function describe(text: string, offset: number): string {
  const char = String.fromCodePoint(text.codePointAt(offset) as number);
  return char === '"' ? `'"'` : JSON.stringify(char);
}

/** Scans a string starting at `start` (a `"`); returns the index after it, or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) {
          return { offset: i, message: 'a \\u escape needs four hexadecimal digits, like \\u00e9' };
        }
        i += 5;
      } else if (next !== undefined && ESCAPES.has(next)) {
        i += 1;
      } else {
        return {
          offset: i,
          message: `invalid escape in a string; use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX`,
        };
      }
    } else if (char < ' ') {
      return {
        offset: i,
        message:
          'a line break or control character inside a string; write it as \\n, \\t or \\uXXXX',
      };
    }
  }
  return { offset: start, message: 'this string is never closed with a "' };
}

/**
 * The first place `text` is not valid JSON, or `undefined` when it is valid. Iterative, so deep
 * nesting cannot overflow the stack.
 * @example findJsonSyntaxError('{"a": 1,}') // { offset: 7, message: 'this comma before "}"…' }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Array<'{' | '['> = [];
  let expect: Expect = 'value';
  let i = 0;
  // Where the last comma was, while the next token is awaited: a closer there is a trailing comma.
  let comma: number | undefined;
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  while (true) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const open = stack.at(-1);
    if (i >= text.length) {
      if (expect === 'end') return undefined;
      const message = open
        ? `the input ends before this ${open === '{' ? 'object' : 'list'} is closed with "${CLOSER[open]}"`
        : 'the input is empty; a curriculum is a JSON object starting with "{"';
      return { offset: text.trimEnd().length, message };
    }
    const char = text[i] as string;

    const trailing = comma;
    comma = undefined;
    if (trailing !== undefined && open && char === CLOSER[open]) {
      return {
        offset: trailing,
        message: `this comma before "${char}" must be followed by another ${expect === 'key' ? 'property' : 'value'}; JSON allows no trailing comma`,
      };
    }
    switch (expect) {
      case 'value-or-close':
      case 'key-or-close':
        if (open && char === CLOSER[open]) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        expect = expect === 'value-or-close' ? 'value' : 'key';
        continue;
      case 'value': {
        if (char === '{' || char === '[') {
          stack.push(char);
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
          if (!NUMBER.test(text))
            return { offset: i, message: 'this number is not written as JSON' };
          i = NUMBER.lastIndex;
        } else {
          const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
          if (!word) {
            const hint = char === "'" ? '; JSON strings use double quotes' : '';
            return { offset: i, message: `expected a value, found ${describe(text, i)}${hint}` };
          }
          i += word.length;
        }
        expect = afterValue();
        continue;
      }
      case 'key': {
        if (char !== '"') {
          const hint = char === "'" ? '; JSON uses double quotes' : '';
          return {
            offset: i,
            message: `expected a property name in double quotes, found ${describe(text, i)}${hint}`,
          };
        }
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'colon':
        if (char !== ':') {
          return {
            offset: i,
            message: `expected ":" after the property name, found ${describe(text, i)}`,
          };
        }
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const closer = CLOSER[open as '{' | '['];
        if (char === ',') {
          i++;
          comma = i - 1;
          expect = open === '{' ? 'key' : 'value';
          continue;
        }
        if (char === closer) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        return {
          offset: i,
          message: `expected "," or "${closer}", found ${describe(text, i)}${char === '"' ? '; is a comma missing?' : ''}`,
        };
      }
      case 'end':
        return {
          offset: i,
          message: `unexpected ${describe(text, i)} after the end of the JSON value`,
        };
    }
  }
}
