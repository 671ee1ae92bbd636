/**
 * Curriculum issues in English: their `message`, and the pattern each other language follows.
 * Progress and syntax issues have their English words beside, in files of their own, so that a
 * bundle reading JSON alone does not carry the words of curriculum issues.
 */
import type {
  AllIssueParams,
  Expectation,
  IssueParams,
  ObjectNoun,
  RangeParams,
} from '../issues.js';
import { quote, type ValueSummary } from '../preview.js';
import { didYouMean } from '../suggest.js';

/** Words for each code of a params table, each written from the issue's `params`. */
export type WordsFor<P> = { readonly [C in keyof P]: (params: P[C]) => string };

/**
 * The words of one language for every issue code (curriculum, progress and syntax). Typed by code:
 * a table that lacks a code, or reads a param the code does not have, does not compile.
 */
export type IssueWords = WordsFor<AllIssueParams>;

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

/** The English words of every curriculum issue: what `message` holds. */
export const enCurriculumWords: WordsFor<IssueParams> = {
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
};
