/**
 * Stands in for codemirror-json-schema's `utils/markdown` (see vite/codemirror.ts): our
 * schema's descriptions use only `code` spans, so a few lines replace markdown-it and the shiki
 * highlighter that module loads (hundreds of kilobytes, and a WebAssembly engine).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` as HTML: escaped, with `code` spans as `<code>`; a paragraph unless `inline`. */
export function renderMarkdown(text: string, inline = true): string {
  const html = text
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
    .replace(/`([^`]+)`/g, '<code>$1</code>');
  return inline ? html : `<p>${html}</p>`;
}
