/**
 * Issues in English: the `message` of every issue, and the pattern each other language follows.
 */
import type {
  AllIssueParams,
  AnyIssueCode,
  Expectation,
  IssueParams,
  ObjectNoun,
  ProgressIssueParams,
  RangeParams,
} from '../issues.js';
import { quote, type ValueSummary } from '../preview.js';
import { didYouMean } from '../suggest.js';

/**
 * The words of one language for every issue code (curriculum, progress and syntax), each written
 * from the issue's `params`. Typed by code: a table that lacks a code, or reads a param the code
 * does not have, does not compile.
 */
export type IssueWords = { readonly [C in AnyIssueCode]: (params: AllIssueParams[C]) => string };

/** The character a JSON syntax issue found, quoted: `","`, `'"'`, or `U+000A` as it is. */
export function quoteFound(found: string): string {
  if (found.startsWith('U+') && found.length > 2) return found;
  return found === '"' ? `'"'` : `"${found}"`;
}

/** What a progress record's field holds, by field. */
const FIELDS: Record<NonNullable<ProgressIssueParams['not_progress']['field']>, string> = {
  curriculumId: 'text',
  schemaVersion: 'a number',
  topics: 'an object',
};

const NOTHING_USED = '; nothing of it was used';

/** Names a value in English: `"lecture"`, `5`, `an empty string`, `a list`. */
export function valueInEnglish(value: ValueSummary): string {
  if (value.type === 'literal') return value.text;
  if (value.type === 'empty_string') return 'an empty string';
  return value.type === 'object' ? 'an object' : `a ${value.type}`;
}

const TEXT = 'text: a non-empty string, or an object of locale -> text such as {"en": "…"}';

function expected(what: Expectation): string {
  switch (what.type) {
    case 'text':
      return TEXT;
    case 'one_of':
      return what.values.length === 1 ? String(what.values[0]) : `one of ${what.values.join(', ')}`;
    case 'list':
      return 'a list';
    case 'object':
      return `${article(what.noun)} ${what.noun} (an object)`;
    default:
      return `a ${what.type}`;
  }
}

const article = (noun: ObjectNoun) => (noun[0] === 'a' ? 'an' : 'a');

function range(params: RangeParams, small: boolean): string {
  const bound = `${small ? 'at least' : 'at most'} ${params.limit}`;
  // No count for text: zod measures in code points, and a message should not disagree with it.
  if (params.origin === 'string') {
    return `is too ${small ? 'short' : 'long'}; expected ${bound} characters`;
  }
  if (params.origin === 'array') return `has ${params.count} items; expected ${bound}`;
  const exclusive = `${small ? 'greater' : 'less'} than ${params.limit}`;
  return `expected a number ${params.inclusive ? bound : exclusive}, got ${valueInEnglish(params.got)}`;
}

const FORMATS: Record<IssueParams['invalid_format']['format'], string> = {
  id: 'is not a valid id; ids are lowercase letters and digits joined by hyphens, like "rag" or "transformer-basics"',
  locale: 'is not a language tag; use a BCP 47 tag like "en" or "zh-CN"',
  version: 'is not a semantic version; use MAJOR.MINOR.PATCH like "1.0.0"',
  date: 'is not an ISO 8601 date; use "2024-06-01" or "2024-06-01T08:30:00Z" (months 01–12, days 01–31)',
  calendar_date: 'is not on the calendar',
  url: 'is not a valid URL; check it for typos',
};

/** The English words of every issue: what `message` holds. */
export const enIssueWords: IssueWords = {
  invalid_type: (p) => `expected ${expected(p.expected)}, got ${valueInEnglish(p.got)}`,
  missing: (p) => `required field is missing; expected ${expected(p.expected)}`,
  unknown_key: (p) =>
    `unknown key ${quote(p.key)}${
      p.suggestion === undefined
        ? `; allowed keys here: ${p.allowed.join(', ')}`
        : didYouMean(p.suggestion)
    }`,
  invalid_value: (p) =>
    p.expected
      ? `expected ${expected(p.expected)}, got ${valueInEnglish(p.got)}`
      : `${valueInEnglish(p.got)} is not valid here`,
  too_small: (p) =>
    p.origin === 'text'
      ? p.blank
        ? 'must contain a non-space character'
        : 'must not be empty'
      : range(p, true),
  too_big: (p) => (p.origin === 'document' ? 'has too many problems to check' : range(p, false)),
  invalid_format: (p) => `${valueInEnglish(p.got)} ${FORMATS[p.format]}`,
  unsafe_url: (p) =>
    `${valueInEnglish(p.got)} is not an http(s) URL; links must start with https:// or http://, with no user info ("…@") before the host`,
  duplicate_id: (p) =>
    `${p.kind} id ${quote(p.id)} is already used by ${p.firstPath}; give each ${p.kind} its own id`,
  unknown_reference: (p) =>
    `no ${p.kind} has the id ${quote(p.id)}; use the id of a ${p.kind} of this curriculum${didYouMean(p.suggestion)}`,
  prerequisite_cycle: (p) =>
    p.cycle.length === 1
      ? `topic ${quote(p.cycle[0] as string)} lists itself as a prerequisite; remove it`
      : `prerequisites form a cycle: ${p.cycle.join(' -> ')}; remove one of these prerequisites`,
  missing_locale: (p) =>
    `${p.where === 'text' ? 'has no text for' : 'does not include'} the defaultLocale ${quote(p.locale)}; add it`,
  unreadable_input: () =>
    'reading the input threw; pass plain data, such as what JSON.parse returns',

  not_json: () => `the progress is not valid JSON${NOTHING_USED}`,
  not_progress: (p) =>
    `${
      p.field === undefined
        ? 'expected a progress object'
        : `a progress record needs "${p.field}" (${FIELDS[p.field]})`
    }, got ${valueInEnglish(p.got)}${NOTHING_USED}`,
  other_curriculum: (p) =>
    `this is progress through ${quote(p.got)}, not ${quote(p.expected)}${NOTHING_USED}`,
  unsupported_version: (p) =>
    `schemaVersion ${p.got} is not supported; expected ${p.expected}${NOTHING_USED}`,
  unreadable_progress: (p) =>
    `${p.reason === undefined ? 'the progress' : `the file (${p.reason})`} could not be read${NOTHING_USED}`,
  invalid_topic_id: (p) =>
    `left out: ${quote(p.topic)} is not a topic id (lowercase kebab-case, like "rag-basics")`,
  invalid_entry: (p) =>
    `left out: an entry needs a status (${p.statuses.join(', ')}) and an updatedAt date on the calendar`,
  unknown_topic: (p) => `left out: ${quote(p.curriculumId)} has no topic ${quote(p.topic)}`,

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
