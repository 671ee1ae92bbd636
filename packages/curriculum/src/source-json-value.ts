/**
 * Reading JSON text by `readJson`'s rules without its positions: `JSON.parse`, plus the checks by
 * which `readJson` refuses more than `JSON.parse` does (a repeated key, nesting past `MAX_NESTING`,
 * a number too large to be finite). Whatever this accepts, `readJson` accepts with the same value,
 * and the other way round (a property test holds them to it). For a bundle that must stay small
 * (the embed): read with this, and load `readJson` only to say where and why a text is refused.
 */
import { MAX_NESTING } from './source-text.js';

/** What {@link readJsonValue} gives: the value, or why not (for a message when nothing says where). */
export type JsonValueRead = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Every string literal of a JSON text, in order, and whether a colon follows it (then it is a key).
 * Only for text `JSON.parse` accepted: there, no `"` stands outside a string.
 */
const STRING_LITERAL = /"[^"\\]*(?:\\.[^"\\]*)*"([ \t\n\r]*:)?/g;

/**
 * `text` as JSON, by the rules of `readJson` (a leading byte order mark allowed, repeated keys,
 * nesting past `MAX_NESTING` and non-finite numbers refused), without saying where a problem is.
 * Never throws; the walk is iterative, so no value can overflow the stack.
 * @example readJsonValue('{"a": 1, "a": 2}') // { ok: false, reason: 'a key is repeated in an object' }
 */
export function readJsonValue(text: string): JsonValueRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  // A repeated key leaves one property for two keys written: count both.
  let keysWritten = 0;
  for (const match of body.matchAll(STRING_LITERAL)) if (match[1] !== undefined) keysWritten++;
  let keysKept = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node === 'number' && !Number.isFinite(node)) {
      return { ok: false, reason: 'a number is too large to be finite' };
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_NESTING) {
      return { ok: false, reason: `nested more than ${MAX_NESTING} levels deep` };
    }
    const members = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) keysKept += members.length;
    for (const member of members) stack.push([member, depth + 1]);
  }
  if (keysKept !== keysWritten) return { ok: false, reason: 'a key is repeated in an object' };
  return { ok: true, value };
}
