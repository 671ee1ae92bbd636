/**
 * Turns zod's issues into ours. `zod/mini` loads no locale, so zod's own messages are all
 * "Invalid input": every message here is written from the issue's data and where it is.
 */
import type * as z from 'zod/mini';
import {
  type CurriculumIssue,
  createIssue,
  type Expectation,
  type FormatName,
  type IssueCode,
  type IssueParams,
  type ObjectNoun,
  type RangeParams,
  summarizeValue,
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
function objectAt(segments: readonly Segment[]): [noun: ObjectNoun, shape: object] | undefined {
  if (segments.length === 0) return ['curriculum', Curriculum.shape];
  const [key, index] = segments.slice(-2);
  return typeof key === 'string' && typeof index === 'number' && Object.hasOwn(OBJECTS, key)
    ? [key.slice(0, -1) as ObjectNoun, OBJECTS[key] as object]
    : undefined;
}

/** What each string pattern of the schema stands for. */
const FORMATS: [pattern: RegExp, format: FormatName][] = [
  [ID_PATTERN, 'id'],
  [LOCALE_PATTERN, 'locale'],
  [SEMVER_PATTERN, 'version'],
  [ISO_DATE_PATTERN, 'date'],
  [HTTP_URL_PATTERN, 'url'],
];

/** What belongs where a type or value issue was raised. */
function expectation(issue: RawIssue, at: readonly Segment[]): Expectation {
  // Every union in the schema is a LocalizedText: a string, or locale -> string.
  if (issue.code === 'invalid_union') return { type: 'text' };
  const values = (issue.values as unknown[] | undefined)?.map((value) => JSON.stringify(value));
  if (values) return { type: 'one_of', values };
  const type = issue.expected;
  if (type === 'array') return { type: 'list' };
  if (type === 'string' || type === 'number' || type === 'boolean') return { type };
  return { type: 'object', noun: objectAt(at)?.[0] ?? 'value' };
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
  const got = summarizeValue(input);
  const push = <C extends IssueCode>(
    issueCode: C,
    params: IssueParams[C],
    where: readonly Segment[] = at,
  ) => {
    out.push(createIssue(where, issueCode, params) as CurriculumIssue);
  };

  if (code === 'invalid_type' || code === 'invalid_value' || code === 'invalid_union') {
    const expected = expectation(issue, at);
    if (input === undefined && at.length > 0) {
      push('missing', { expected });
    } else if (code === 'invalid_union' && translateUnion(issue, at, suggest, out)) {
      return;
    } else {
      push(code === 'invalid_value' ? code : 'invalid_type', { expected, got });
    }
  } else if (code === 'too_small' || code === 'too_big') {
    push(code, range(issue, got));
  } else if (issue.pattern === String(TEXT_PATTERN)) {
    // Blank text is empty text: the same code.
    push('too_small', { origin: 'text', blank: Boolean(input) });
  } else if (code === 'invalid_format') {
    // Every pattern of the schema is in FORMATS (a test checks each one's message).
    const [, format] = FORMATS.find(([pattern]) => String(pattern) === issue.pattern) as [
      RegExp,
      FormatName,
    ];
    // A link that is not http(s), or that disguises its host behind user info, is a safety
    // problem, not a typo.
    if (format === 'url') push('unsafe_url', { got });
    else push('invalid_format', { format, got });
  } else if (code === 'unrecognized_keys') {
    const allowed = Object.keys(objectAt(at)?.[1] ?? {});
    for (const key of issue.keys as string[]) {
      push('unknown_key', { key, allowed, suggestion: suggest(key, allowed) }, [...at, key]);
    }
  } else if (code === 'invalid_key') {
    // The key itself failed (a locale tag in LocalizedText): the inner issues' input is the key.
    translateZodIssues(issue.issues as z.core.$ZodIssue[], suggest, out, at);
  } else {
    push('invalid_value', { got });
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

function range(issue: RawIssue, got: ReturnType<typeof summarizeValue>): RangeParams {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const { input } = issue;
  if (issue.origin === 'string') return { origin: 'string', limit };
  if (issue.origin === 'array') {
    return { origin: 'array', limit, count: Array.isArray(input) ? input.length : 0 };
  }
  return { origin: 'number', limit, inclusive: issue.inclusive !== false, got };
}
