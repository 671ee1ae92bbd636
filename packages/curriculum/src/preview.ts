/**
 * Naming a value in a message without flooding it: long text is cut short, objects are not read.
 */

/** Longest string quoted in full in a message or path; a 10 MB key must not flood either. */
export const PREVIEW_LENGTH = 60;

/** Quotes a string for a message, cut short (ending in …) so a 10 MB value cannot flood it. */
export function quote(text: string): string {
  if (text.length <= PREVIEW_LENGTH) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, PREVIEW_LENGTH))}…`;
}

/**
 * What a value was, for "got …" in an issue: a `literal` written the same in every language
 * (`"lecture"` quoted and cut short, `5`, `true`, `null`, `undefined`), or a kind named in words.
 */
export type ValueSummary =
  | { type: 'literal'; text: string }
  | { type: 'empty_string' | 'list' | 'object' | 'function' | 'symbol' };

/**
 * Summarizes a value without reading into it: objects may be cyclic, Proxies or have throwing
 * getters, so only `typeof` and `Array.isArray` are used on them.
 */
export function summarizeValue(value: unknown): ValueSummary {
  const type = typeof value;
  if (type === 'string') {
    return value === ''
      ? { type: 'empty_string' }
      : { type: 'literal', text: quote(value as string) };
  }
  if (type === 'function' || type === 'symbol') return { type };
  if (value === null || type !== 'object') return { type: 'literal', text: String(value) };
  try {
    return { type: Array.isArray(value) ? 'list' : 'object' };
  } catch {
    // Array.isArray throws on a revoked Proxy.
    return { type: 'object' };
  }
}
