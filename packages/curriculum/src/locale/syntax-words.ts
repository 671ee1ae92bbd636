/**
 * Syntax issues in English, in the words of each format: the `message` of every issue of
 * `readJson` and `readYaml`. No other words come along, so a JSON-only bundle stays small.
 */
import type { SyntaxIssueParams, YamlSyntaxCode } from '../issues.js';
import type { WordsFor } from './issue-words.js';

/** The character a JSON syntax issue found, quoted: `","`, `'"'`, or `U+000A` as it is. */
export function quoteFound(found: string): string {
  if (found.startsWith('U+') && found.length > 2) return found;
  return found === '"' ? `'"'` : `"${found}"`;
}

/** How far a YAML line is off: `1 space more`, `2 spaces less`. */
export function spaces(p: { column: number; expected: number }): string {
  const n = Math.abs(p.column - p.expected);
  return `${n} space${n === 1 ? '' : 's'} ${p.column > p.expected ? 'more' : 'less'}`;
}

/** The English words of the syntax issues JSON and YAML share, and of JSON's own. */
export const enSharedSyntaxWords: WordsFor<Omit<SyntaxIssueParams, YamlSyntaxCode>> = {
  empty: () => 'the text is empty; expected a value',
  duplicate_key: (p) =>
    `the key ${JSON.stringify(p.key)} is repeated in this object; each key may appear once`,
  too_deep: (p) => `nested more than ${p.limit} levels deep; a curriculum needs about 12`,
  non_finite_number: (p) =>
    `the number ${p.number} is out of range; only finite numbers can be read`,
  json_expected_value: (p) => `expected a value, found ${quoteFound(p.found)}`,
  json_expected_property_name: (p) =>
    `expected a property name in double quotes, found ${quoteFound(p.found)}`,
  json_expected_colon: (p) => `expected : after a property name, found ${quoteFound(p.found)}`,
  json_expected_comma_or_brace: (p) =>
    `expected , or } after a property value, found ${quoteFound(p.found)}`,
  json_expected_comma_or_bracket: (p) =>
    `expected , or ] after an array element, found ${quoteFound(p.found)}`,
  json_trailing_comma: (p) => `trailing comma before ${p.closer}; JSON allows none`,
  json_unexpected_end: (p) =>
    `unexpected end of JSON text${p.closer === undefined ? '' : `; ${p.closer} is missing`}`,
  json_unexpected_after_end: (p) =>
    `expected the end of the JSON text, found ${quoteFound(p.found)}`,
  json_unterminated_string: () => 'unterminated string: it has no closing "',
  json_control_character: (p) =>
    `bad control character ${p.found} in a string; write it as an escape such as \\n or \\u0009`,
  json_bad_escape: (p) =>
    `bad escape ${p.escape} in a string; JSON escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
  json_bad_unicode_escape: () =>
    'bad Unicode escape in a string: \\u takes four hexadecimal digits, like \\u00e9',
  json_bad_number: () => 'bad number: a minus sign must be followed by digits',
};

/** The English words of the syntax issues only YAML text has. */
export const enYamlSyntaxWords: WordsFor<Pick<SyntaxIssueParams, YamlSyntaxCode>> = {
  too_many_aliases: (p) =>
    `aliases expand to more than ${p.limit} nodes; write the repeated parts out or use fewer aliases`,
  unsupported_tag: (p) =>
    `the tag ${p.tag} is not supported; use only strings, numbers, booleans, null, mappings and sequences`,
  unsupported_key: () =>
    'a mapping key must be a plain value such as a string, not a mapping or sequence',
  circular_alias: (p) =>
    `the alias *${p.alias} is inside the node it refers to; its value would never end`,
  multiple_documents: () =>
    'the text holds more than one YAML document (separated by "---"); keep one curriculum in each',
  // The yaml library's own words, for what no other code names.
  yaml_syntax: (p) => p.detail,
  yaml_indent: (p) =>
    `${p.key === undefined ? 'this list item' : JSON.stringify(p.key)} is indented ${spaces(p)} than the ${p.key === undefined ? 'item' : 'key'} on line ${p.line}; ${p.key === undefined ? 'items of one list line up: start its "-"' : 'keys of one object line up: start it'} at column ${p.expected}`,
  yaml_tab_indent: () => 'a tab indents this line; YAML indents with spaces only',
  yaml_colon_in_value: (p) =>
    `the text ${JSON.stringify(p.value)} holds ": ", which YAML reads as another key; put the text in quotes`,
  yaml_colon_space: (p) =>
    `${JSON.stringify(p.text)} has no space after its ":", so it is not read as a key; write ${JSON.stringify(p.text.replace(':', ': '))}`,
  yaml_unclosed_quote: (p) =>
    `the quote ${quoteFound(p.quote)} opening this text is never closed, so the rest of the file reads as part of it; end the text with ${p.quote}`,
  yaml_unclosed_flow: (p) =>
    `this ${p.closer === ']' ? '[' : '{'} is never closed; end it with ${p.closer}`,
  yaml_reserved_start: (p) =>
    `a value cannot start with ${quoteFound(p.char)} unless it is quoted; put the value in quotes`,
  yaml_text_after_quote: () =>
    'text follows the closing quote; put the whole value inside the quotes',
  yaml_comment_space: () =>
    'a "#" starts a comment only after a space; add a space before it, or put the value in quotes',
  yaml_expected_key: () => 'expected a key and a colon on this line, as in "title: Web basics"',
};
