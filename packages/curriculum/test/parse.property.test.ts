import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type IssueCode, type ParseResult, parseCurriculum } from '../src/index.js';
import { formatPath } from '../src/issues.js';
import { describeIssue } from '../src/locale/index.js';
import { fixtureInput } from './fixture.js';
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
