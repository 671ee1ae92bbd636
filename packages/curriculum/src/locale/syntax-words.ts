/**
 * Syntax issues in English, in the words of each format: the `message` of every issue of
 * `readJson` and `readYaml`. No other words come along, so a JSON-only bundle stays small.
 */
import type { SyntaxIssueParams } from '../issues.js';
import type { WordsFor } from './issue-words.js';

/** The character a JSON syntax issue found, quoted: `","`, `'"'`, or `U+000A` as it is. */
export function quoteFound(found: string): string {
  if (found.startsWith('U+') && found.length > 2) return found;
  return found === '"' ? `'"'` : `"${found}"`;
}

/** The English words of every syntax issue: what `message` holds. */
export const enSyntaxWords: WordsFor<SyntaxIssueParams> = {
  empty: () => 'the text is empty; expected a value',
  duplicate_key: (p) =>
    `the key ${JSON.stringify(p.key)} is repeated in this object; each key may appear once`,
  too_deep: (p) => `nested more than ${p.limit} levels deep; a curriculum needs about 12`,
  too_many_aliases: (p) =>
    `aliases expand to more than ${p.limit} nodes; write the repeated parts out or use fewer aliases`,
  non_finite_number: (p) =>
    `the number ${p.number} is out of range; only finite numbers can be read`,
  unsupported_tag: (p) =>
    `the tag ${p.tag} is not supported; use only strings, numbers, booleans, null, mappings and sequences`,
  unsupported_key: () =>
    'a mapping key must be a plain value such as a string, not a mapping or sequence',
  circular_alias: (p) =>
    `the alias *${p.alias} is inside the node it refers to; its value would never end`,
  multiple_documents: () =>
    'the text holds more than one YAML document (separated by "---"); keep one curriculum in each',
  // The yaml library's own words: it knows what it expected.
  yaml_syntax: (p) => p.detail,
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
