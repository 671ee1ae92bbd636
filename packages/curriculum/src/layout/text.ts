/**
 * Text measured and wrapped without a DOM, so a server, the CLI and a browser compute the same box
 * sizes (and server-rendered markup matches the browser's on hydration).
 */

/**
 * Advance widths of ASCII 32–126 in hundredths of an em, measured in Chromium for DejaVu Sans,
 * what the design tokens' sans-serif stack resolves to on Linux. It is the widest of the common
 * system faces (Segoe UI, San Francisco, Roboto and Arial are narrower), so text measured with it
 * fits wherever it is drawn.
 */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
  60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
/** The same for the bold face. */
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85,
  73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72,
  71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];

/**
 * Whether a code point is East Asian Wide or Fullwidth (Unicode UAX #11): Han, kana, Hangul,
 * full-width forms and punctuation, emoji. These take a whole em.
 */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Marks drawn on the letter before them, and invisible format characters: no advance. */
function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

/** Width of one character in ems. Other scripts (accented Latin, Cyrillic, Greek…) count 0.7. */
function charWidth(code: number, bold: boolean): number {
  if (code >= 32 && code < 127) return ((bold ? BOLD : REGULAR)[code - 32] as number) / 100;
  if (isWide(code)) return 1;
  if (isZeroWidth(code) || code < 32) return 0;
  return bold ? 0.78 : 0.7;
}

/** A font for measuring: its size in pixels, and whether it is bold. */
export interface TextFont {
  /** Font size in pixels. */
  size: number;
  /** Bold text is measured with the bold face's widths. */
  bold?: boolean;
}

/**
 * The width of `text` in pixels, wide characters counted as a whole em.
 * @example textWidth('RAG', { size: 10 }) // 20.4
 */
export function textWidth(text: string, font: TextFont): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char.codePointAt(0) as number, font.bold === true);
  return ems * font.size;
}

/** Text broken into lines that fit a width. */
export interface WrappedText {
  /** The lines, without spaces at their ends. */
  lines: string[];
  /** Whether text was cut to fit `maxLines` (the last line then ends with "…"). */
  truncated: boolean;
}

/** The BMP ranges of {@link isWide}, as a regular-expression class body. */
const WIDE_CLASS =
  '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
/** Closing punctuation that must not start a line: 、。，：；！？）」』 */
const CLOSING = '\\u3001\\u3002\\uff0c\\uff1a\\uff1b\\uff01\\uff1f\\uff09\\u300d\\u300f';
/** A piece a line may break after: one wide character (with closing punctuation), or a word. */
const SEGMENT = new RegExp(`[${WIDE_CLASS}][${CLOSING}]?|[^\\s${WIDE_CLASS}]+\\s*|\\s+`, 'gu');

/** Cuts `text` to the longest start that, with "…", fits `width`. */
function ellipsize(text: string, width: number, font: TextFont): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, font) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Greedy line breaking: between words, and between wide (CJK) characters, never before closing
 * punctuation such as "，". A word longer than the line is broken between characters. Runs of
 * white space count as one space. Past `maxLines`, the last line ends with "…".
 * @example wrapText('Retrieval-augmented generation', 100, { size: 13 }, 3)
 */
export function wrapText(
  text: string,
  width: number,
  font: TextFont,
  maxLines: number,
): WrappedText {
  const lines: string[] = [];
  let line = '';
  const pieces = text.replace(/\s+/gu, ' ').trim().match(SEGMENT) ?? [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    // A line never starts with a space (one after a wide character is a piece of its own).
    if (line === '' && piece.trim() === '') continue;
    if (textWidth((line + piece).trimEnd(), font) <= width) {
      line += piece;
      continue;
    }
    if (line.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
    }
    if (piece.trim() === '') continue;
    if (textWidth(piece.trimEnd(), font) <= width) {
      line = piece;
      continue;
    }
    // A word wider than the line: as many characters as fit, the rest goes on.
    const word = piece.trimEnd();
    let part = '';
    for (const char of word) {
      if (part !== '' && textWidth(part + char, font) > width) {
        lines.push(part);
        part = '';
      }
      part += char;
    }
    line = part + piece.slice(word.length);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, font);
  return { lines: kept, truncated: true };
}
