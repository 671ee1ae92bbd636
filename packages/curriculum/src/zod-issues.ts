/**
 * Turns zod's issues into ours. `zod/mini` loads no locale, so zod's own messages are all
 * "Invalid input": every message here is written from the issue's data and where it is.
 */
import type * as z from 'zod/mini';
import {
  type CurriculumIssue,
  createIssue,
  describeValue,
  type IssueCode,
  quote,
} from './issues.js';
import {
  Author,
  Curriculum,
  HTTP_URL_PATTERN,
  ID_PATTERN,
  ISO_DATE_PATTERN,
  Level,
  LOCALE_PATTERN,
  Module,
  Resource,
  Role,
  SEMVER_PATTERN,
  Skill,
  TEXT_PATTERN,
  Topic,
} from './schema.js';
import type { Suggest } from './suggest.js';

type Segment = string | number;

/** The shapes of the format's objects, by the key of the list holding them (its noun plus "s"). */
const OBJECTS: Record<string, object> = {
  levels: Level.shape,
  modules: Module.shape,
  topics: Topic.shape,
  resources: Resource.shape,
  skills: Skill.shape,
  roles: Role.shape,
  authors: Author.shape,
};

/** The object expected at a path (`levels[2]` holds a level), if an object belongs there. */
function objectAt(segments: readonly Segment[]): [noun: string, shape: object] | undefined {
  if (segments.length === 0) return ['curriculum', Curriculum.shape];
  const [key, index] = segments.slice(-2);
  return typeof key === 'string' && typeof index === 'number' && Object.hasOwn(OBJECTS, key)
    ? [key.slice(0, -1), OBJECTS[key] as object]
    : undefined;
}

/** Every union in the schema is a LocalizedText: a string, or locale -> string. */
const TEXT = 'text: a non-empty string, or an object of locale -> text such as {"en": "…"}';

type Format = [pattern: RegExp, what: string, right: string];

/** What each string pattern of the schema stands for, and what a right value looks like. */
const FORMATS: Format[] = [
  [
    ID_PATTERN,
    'a valid id',
    'ids are lowercase letters and digits joined by hyphens, like "rag" or "transformer-basics"',
  ],
  [LOCALE_PATTERN, 'a language tag', 'use a BCP 47 tag like "en" or "zh-CN"'],
  [SEMVER_PATTERN, 'a semantic version', 'use MAJOR.MINOR.PATCH like "1.0.0"'],
  [
    ISO_DATE_PATTERN,
    'an ISO 8601 date',
    'use "2024-06-01" or "2024-06-01T08:30:00Z" (months 01–12, days 01–31)',
  ],
  [
    HTTP_URL_PATTERN,
    'an http(s) URL',
    'links must start with https:// or http://, with no user info ("…@") before the host',
  ],
];

/** What belongs where a type or value issue was raised, in words. */
function expectation(issue: RawIssue, at: readonly Segment[]): string {
  if (issue.code === 'invalid_union') return TEXT;
  const values = (issue.values as unknown[] | undefined)?.map((value) => JSON.stringify(value));
  if (values) return values.length === 1 ? String(values[0]) : `one of ${values.join(', ')}`;
  if (issue.expected === 'array') return 'a list';
  // "a string", "a number", "a boolean"
  if (issue.expected !== 'object') return `a ${issue.expected}`;
  const noun = objectAt(at)?.[0] ?? 'value';
  return `a${noun[0] === 'a' ? 'n' : ''} ${noun} (an object)`;
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  [key: string]: unknown;
}

/** Translates zod issues, each relative to `base`, into curriculum issues appended to `out`. */
export function translateZodIssues(
  issues: readonly z.core.$ZodIssue[],
  suggest: Suggest,
  out: CurriculumIssue[] = [],
  base: readonly Segment[] = [],
): CurriculumIssue[] {
  for (const issue of issues) translate(issue as unknown as RawIssue, base, suggest, out);
  return out;
}

function translate(
  issue: RawIssue,
  base: readonly Segment[],
  suggest: Suggest,
  out: CurriculumIssue[],
): void {
  const at = [...base, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
  const { code, input } = issue;
  const got = describeValue(input);
  const push = (issueCode: IssueCode, message: string, where: readonly Segment[] = at) => {
    out.push(createIssue(where, issueCode, message));
  };
  const expected = expectation(issue, at);

  if (code === 'invalid_type' || code === 'invalid_value' || code === 'invalid_union') {
    if (input === undefined && at.length > 0) {
      push('missing', `required field is missing; expected ${expected}`);
    } else if (code === 'invalid_union' && translateUnion(issue, at, suggest, out)) {
      return;
    } else {
      push(code === 'invalid_value' ? code : 'invalid_type', `expected ${expected}, got ${got}`);
    }
  } else if (code === 'too_small' || code === 'too_big') {
    push(code, rangeMessage(issue, got));
  } else if (issue.pattern === String(TEXT_PATTERN)) {
    // Blank text is empty text: the same code.
    push('too_small', input ? 'must contain a non-space character' : 'must not be empty');
  } else if (code === 'invalid_format') {
    // Every pattern of the schema is in FORMATS (a test checks each one's message).
    const [regex, what, right] = FORMATS.find(
      ([pattern]) => String(pattern) === issue.pattern,
    ) as Format;
    // A link that is not http(s), or that disguises its host behind user info, is a safety
    // problem, not a typo.
    push(
      regex === HTTP_URL_PATTERN ? 'unsafe_url' : 'invalid_format',
      `${got} is not ${what}; ${right}`,
    );
  } else if (code === 'unrecognized_keys') {
    const allowed = Object.keys(objectAt(at)?.[1] ?? {});
    for (const key of issue.keys as string[]) {
      const hint = suggest(key, allowed) || `; allowed keys here: ${allowed.join(', ')}`;
      push('unknown_key', `unknown key ${quote(key)}${hint}`, [...at, key]);
    }
  } else if (code === 'invalid_key') {
    // The key itself failed (a locale tag in LocalizedText): the inner issues' input is the key.
    translateZodIssues(issue.issues as z.core.$ZodIssue[], suggest, out, at);
  } else {
    push('invalid_value', `${got} is not valid here`);
  }
}

/**
 * Reports the branch of a LocalizedText that accepted the value's type (the object form), so
 * `{ "en": 5 }` says what is wrong inside it. Returns false when no single branch did, and one
 * message for the whole union is better.
 */
function translateUnion(
  issue: RawIssue,
  at: Segment[],
  suggest: Suggest,
  out: CurriculumIssue[],
): boolean {
  const matching = ((issue.errors as z.core.$ZodIssue[][]) ?? []).filter(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  const [only] = matching;
  if (matching.length !== 1 || !only) return false;
  translateZodIssues(only, suggest, out, at);
  return true;
}

function rangeMessage(issue: RawIssue, got: string): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const { input } = issue;
  const bound = `${small ? 'at least' : 'at most'} ${limit}`;
  // Strings have a maximum only (TEXT_PATTERN keeps them from being empty). No count: zod
  // measures in code points, and a message should not disagree with it.
  if (issue.origin === 'string') return `is too long; expected ${bound} characters`;
  if (issue.origin === 'array') {
    return `has ${Array.isArray(input) ? input.length : 0} items; expected ${bound}`;
  }
  const range = issue.inclusive === false ? `${small ? 'greater' : 'less'} than ${limit}` : bound;
  return `expected a number ${range}, got ${got}`;
}
