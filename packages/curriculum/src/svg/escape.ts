/**
 * Text made safe for an XML document: markup escaped, and characters XML cannot carry dropped.
 */

/**
 * Characters an XML 1.0 document cannot contain, even as references (C0 controls other than tab,
 * line feed and carriage return; lone surrogates; U+FFFE, U+FFFF), and the bidirectional
 * embedding, override and isolate controls, which would let one title reverse how the text after
 * it reads.
 */
// With the `u` flag a surrogate pair is one code point, so the surrogate range matches only lone
// halves.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` for XML character data or a quoted attribute value: `& < > " '` escaped, unsafe
 * characters removed. Line breaks and tabs become spaces (an SVG text is one line).
 * @example xmlText('<script>"1 & 2"') // '&lt;script&gt;&quot;1 &amp; 2&quot;'
 */
export function xmlText(text: string): string {
  return text
    .replace(UNSAFE, '')
    .replace(/[\t\n\r]/g, ' ')
    .replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}
