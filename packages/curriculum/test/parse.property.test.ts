import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type IssueCode, type ParseResult, parseCurriculum } from '../src/index.js';
import { formatPath } from '../src/issues.js';
import { describeIssue } from '../src/locale/index.js';
import { fixtureInput } from './fixture.js';
import { curriculumArbitrary } from './layout-arbitraries.js';
import { mutate, mutations } from './mutations.js';

const CODES: IssueCode[] = [
  'invalid_type',
  'missing',
  'unknown_key',
  'invalid_value',
  'too_small',
  'too_big',
  'invalid_format',
  'unsafe_url',
  'duplicate_id',
  'unknown_reference',
  'prerequisite_cycle',
  'missing_locale',
  'unreadable_input',
];

/** What every result must look like, whatever the input. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    // A parsed curriculum parses again to the same value.
    expect(parseCurriculum(result.value)).toEqual(result);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(CODES).toContain(issue.code);
    expect(issue.message.trim().length).toBeGreaterThan(0);
    // The message is the English words of the code and params; every issue has Chinese words too.
    expect(describeIssue(issue, 'en')).toBe(issue.message);
    expect(describeIssue(issue, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(issue.path).toBe(formatPath(issue.segments));
    expect(issue.path).not.toBe('');
    // Only problems with the document as a whole sit at the root.
    if (issue.segments.length === 0) {
      expect(issue.path).toBe('(root)');
      expect(['invalid_type', 'unreadable_input']).toContain(issue.code);
    }
  }
}

// 3,000 + 2,000 + 6,000 = 11,000 cases per run.
describe('parseCurriculum never throws and always explains itself', () => {
  test.prop([fc.jsonValue()], { numRuns: 3_000 })('on arbitrary JSON values', (value) => {
    expectWellFormed(parseCurriculum(value));
  });

  test.prop(
    [
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      }),
    ],
    { numRuns: 2_000 },
  )('on arbitrary JavaScript values', (value) => {
    expectWellFormed(parseCurriculum(value));
  });

  test.prop([mutations], { numRuns: 6_000 })(
    'on random changes to a valid curriculum, leaving the input as it was',
    (changes) => {
      const doc = mutate(fixtureInput(), changes);
      const before = JSON.stringify(doc);
      expectWellFormed(parseCurriculum(doc));
      expect(JSON.stringify(doc)).toBe(before);
    },
  );
});

type Raw = Record<string, unknown>;
/** Where each topic of a document is, and the topic itself (to change). */
function topicsOf(doc: Raw): Array<{ at: string; topic: Raw }> {
  return (doc.levels as Raw[]).flatMap((level, l) =>
    (level.modules as Raw[]).flatMap((module, m) =>
      (module.topics as Raw[]).map((topic, t) => ({
        at: `levels[${l}].modules[${m}].topics[${t}]`,
        topic,
      })),
    ),
  );
}

/** A fault of the shape, in one topic: what it changes, and the issue it gives (path under it). */
const SHAPE_FAULTS: Array<[string, (topic: Raw) => void, string, IssueCode]> = [
  ['an unknown key', (t) => Object.assign(t, { hours: 3 }), '.hours', 'unknown_key'],
  [
    'a javascript: link',
    (t) => {
      t.resources = [{ title: 'Docs', url: 'javascript:alert(1)', kind: 'docs' }];
    },
    '.resources[0].url',
    'unsafe_url',
  ],
  ['an unknown kind', (t) => Object.assign(t, { kind: 'lecture' }), '.kind', 'invalid_value'],
  [
    'negative hours',
    (t) => Object.assign(t, { estimatedHours: -1 }),
    '.estimatedHours',
    'too_small',
  ],
  ['a title that is a number', (t) => Object.assign(t, { title: 5 }), '.title', 'invalid_type'],
  [
    'no summary',
    (t) => {
      delete t.summary;
    },
    '.summary',
    'missing',
  ],
];

/** A fault of the whole document, in topic `j` (`k` is another topic, never the shape fault's). */
const DOCUMENT_FAULTS: Array<[string, (j: Raw, k: Raw) => void, IssueCode]> = [
  [
    'a dangling prerequisite',
    (j) => (j.prerequisites as string[]).push('no-such-topic'),
    'unknown_reference',
  ],
  [
    'a topic requiring itself',
    (j) => (j.prerequisites as string[]).push(j.id as string),
    'prerequisite_cycle',
  ],
  ['an unknown skill', (j) => (j.skills as string[]).push('no-such-skill'), 'unknown_reference'],
  [
    'two topics requiring each other',
    (j, k) => {
      (j.prerequisites as string[]).push(k.id as string);
      (k.prerequisites as string[]).push(j.id as string);
    },
    'prerequisite_cycle',
  ],
  ['a repeated topic id', (j, k) => Object.assign(j, { id: k.id }), 'duplicate_id'],
];

describe('parseCurriculum reports independent problems in one run', () => {
  const key = (issue: { path: string; code: string; message: string }) =>
    `${issue.path} ${issue.code} ${issue.message}`;
  const issuesOf = (doc: Raw) => parseCurriculum(doc).issues ?? [];

  test.prop(
    [
      curriculumArbitrary.filter((c) => topicsOf(c as unknown as Raw).length >= 3),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...SHAPE_FAULTS),
      fc.constantFrom(...DOCUMENT_FAULTS),
    ],
    { numRuns: 300 },
  )(
    'a shape fault in one topic and a whole-document fault elsewhere: both, and nothing else',
    (curriculum, a, b, [, breakShape, under, shapeCode], [, breakDocument, documentCode]) => {
      const n = topicsOf(curriculum as unknown as Raw).length;
      const i = a % n;
      const j = (i + 1 + (b % (n - 1))) % n;
      const k = [0, 1, 2].find((x) => x !== i && x !== j) as number;
      const withFaults = (shape: boolean, document: boolean) => {
        const doc = structuredClone(curriculum) as unknown as Raw;
        const topics = topicsOf(doc);
        if (shape) breakShape((topics[i] as { topic: Raw }).topic);
        if (document)
          breakDocument((topics[j] as { topic: Raw }).topic, (topics[k] as { topic: Raw }).topic);
        return doc;
      };
      const both = issuesOf(withFaults(true, true));
      const shapeOnly = issuesOf(withFaults(true, false));
      const documentOnly = issuesOf(withFaults(false, true));
      const at = topicsOf(withFaults(false, false))[i]?.at;
      expect(shapeOnly.map((issue) => [issue.path, issue.code])).toEqual([
        [`${at}${under}`, shapeCode],
      ]);
      expect(documentOnly.map((issue) => issue.code)).toContain(documentCode);
      // Exactly the problems of each fault alone, each once.
      const keys = both.map(key);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual([...shapeOnly, ...documentOnly].map(key).sort());
    },
  );
});
