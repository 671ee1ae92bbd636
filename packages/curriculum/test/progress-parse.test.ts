/**
 * Reading saved or imported progress: whatever arrives, a valid progress of the curriculum asked
 * for, and one coded issue (path, code, message, params) per problem.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createProgress,
  isWholeInputIssue,
  type Progress,
  type ProgressIssue,
  parseProgress,
  setStatus,
  TOPIC_STATUSES,
  type TopicStatus,
} from '../src/index.js';
import { SCHEMA_VERSION } from '../src/schema.js';
import { FIXTURE_TOPIC_IDS, fixture } from './fixture.js';

const T0 = new Date('2024-06-01T10:00:00.000Z');

function progressOf(statuses: Record<string, TopicStatus>): Progress {
  let p = createProgress('web-basics');
  for (const [id, status] of Object.entries(statuses)) p = setStatus(p, id, status, T0);
  return p;
}

/** An issue without its message, for comparing what programs read. */
const coded = ({ path, segments, code, params }: ProgressIssue) => ({
  path,
  segments,
  code,
  params,
});

describe('parseProgress', () => {
  const saved = progressOf({ html: 'done', css: 'in-progress' });

  it('reads a progress object and its JSON text', () => {
    expect(parseProgress(saved, 'web-basics')).toEqual({ progress: saved, issues: [] });
    expect(parseProgress(JSON.stringify(saved), 'web-basics')).toEqual({
      progress: saved,
      issues: [],
    });
  });

  it('starts empty without an issue when nothing was saved', () => {
    for (const nothing of [null, undefined]) {
      expect(parseProgress(nothing, 'web-basics')).toEqual({
        progress: createProgress('web-basics'),
        issues: [],
      });
    }
  });

  it.each([
    ['{"curriculumId":', '(root)', 'not_json', {}, 'the progress is not valid JSON'],
    [
      '[]',
      '(root)',
      'not_progress',
      { got: { type: 'list' } },
      'expected a progress object, got a list',
    ],
    [
      42,
      '(root)',
      'not_progress',
      { got: { type: 'literal', text: '42' } },
      'expected a progress object, got 42',
    ],
    [
      { schemaVersion: 1, topics: {} },
      'curriculumId',
      'not_progress',
      { field: 'curriculumId', got: { type: 'literal', text: 'undefined' } },
      'a progress record needs "curriculumId" (text), got undefined',
    ],
    [
      { curriculumId: 'web-basics', schemaVersion: '1', topics: {} },
      'schemaVersion',
      'not_progress',
      { field: 'schemaVersion', got: { type: 'literal', text: '"1"' } },
      'a progress record needs "schemaVersion" (a number), got "1"',
    ],
    [
      { curriculumId: 'web-basics', schemaVersion: 1, topics: [] },
      'topics',
      'not_progress',
      { field: 'topics', got: { type: 'list' } },
      'a progress record needs "topics" (an object), got a list',
    ],
    [
      {
        curriculumId: 'other',
        schemaVersion: 1,
        topics: { html: { status: 'done', updatedAt: '2024-06-01' } },
      },
      'curriculumId',
      'other_curriculum',
      { got: 'other', expected: 'web-basics' },
      'this is progress through "other", not "web-basics"',
    ],
    [
      { curriculumId: 'web-basics', schemaVersion: 2, topics: {} },
      'schemaVersion',
      'unsupported_version',
      { got: 2, expected: 1 },
      'schemaVersion 2 is not supported; expected 1',
    ],
  ])('starts empty with one issue for %j', (input, path, code, params, message) => {
    const { progress, issues } = parseProgress(input, 'web-basics');
    expect(progress).toEqual(createProgress('web-basics'));
    expect(issues).toEqual([
      {
        path,
        segments: path === '(root)' ? [] : [path],
        code,
        params,
        message: `${message}; nothing of it was used`,
      },
    ]);
    expect(issues.every(isWholeInputIssue)).toBe(true);
  });

  it('cuts long values short in messages and params', () => {
    const id = 'x'.repeat(500);
    const [issue] = parseProgress(
      { curriculumId: id, schemaVersion: 1, topics: {} },
      'web-basics',
    ).issues;
    expect(issue?.code === 'other_curriculum' && issue.params.got).toBe(`${'x'.repeat(60)}…`);
    expect(issue?.message.length).toBeLessThan(150);
  });

  it('leaves broken entries out one by one, with a coded issue each, and keeps the rest', () => {
    const { progress, issues } = parseProgress(
      {
        curriculumId: 'web-basics',
        schemaVersion: 1,
        topics: {
          html: { status: 'done', updatedAt: '2024-06-01T10:00:00Z' },
          css: { status: 'finished', updatedAt: '2024-06-01' },
          dom: { status: 'done' },
          'Not An Id': { status: 'done', updatedAt: '2024-06-01' },
          todo: { status: 'done', updatedAt: '2024-13-45' },
          engines: { status: 'skipped', updatedAt: '2024-06-02', extra: 1 },
          rss: { status: 'done', updatedAt: '2024-02-30' },
          leap: { status: 'in-progress', updatedAt: '2024-02-29T23:59:59Z' },
        },
      },
      'web-basics',
    );
    expect(progress.topics).toEqual({
      html: { status: 'done', updatedAt: '2024-06-01T10:00:00Z' },
      leap: { status: 'in-progress', updatedAt: '2024-02-29T23:59:59Z' },
    });
    const entry = (topic: string, code: string) => ({
      path: /^[a-z]+$/.test(topic) ? `topics.${topic}` : `topics[${JSON.stringify(topic)}]`,
      segments: ['topics', topic],
      code,
      params: code === 'invalid_entry' ? { topic, statuses: TOPIC_STATUSES } : { topic },
    });
    expect(issues.map(coded)).toEqual([
      entry('css', 'invalid_entry'),
      entry('dom', 'invalid_entry'),
      entry('Not An Id', 'invalid_topic_id'),
      entry('todo', 'invalid_entry'),
      entry('engines', 'invalid_entry'),
      entry('rss', 'invalid_entry'),
    ]);
    expect(issues.some(isWholeInputIssue)).toBe(false);
    expect(issues[0]?.message).toBe(
      'left out: an entry needs a status (not-started, in-progress, done, skipped) and an updatedAt date on the calendar',
    );
    expect(issues[2]?.message).toBe(
      'left out: "Not An Id" is not a topic id (lowercase kebab-case, like "rag-basics")',
    );
  });

  it('given the curriculum, keeps only its topics and names the others', () => {
    const c = fixture();
    const { progress, issues } = parseProgress(
      {
        curriculumId: 'web-basics',
        schemaVersion: 1,
        topics: {
          html: { status: 'done', updatedAt: '2024-06-01' },
          nope: { status: 'done', updatedAt: '2024-06-01' },
        },
      },
      c,
    );
    expect(Object.keys(progress.topics)).toEqual(['html']);
    expect(issues).toEqual([
      {
        path: 'topics.nope',
        segments: ['topics', 'nope'],
        code: 'unknown_topic',
        params: { topic: 'nope', curriculumId: 'web-basics' },
        message: 'left out: "web-basics" has no topic "nope"',
      },
    ]);
    // Given only the id, it cannot know the topics, and keeps the entry.
    expect(
      Object.keys(
        parseProgress(JSON.stringify(progressOf({ nope: 'done' })), 'web-basics').progress.topics,
      ),
    ).toEqual(['nope']);
  });

  it('recovers from getters and Proxies that throw', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const topics = new Proxy({}, { ownKeys: trap });
    const result = parseProgress(
      { curriculumId: 'web-basics', schemaVersion: 1, topics },
      'web-basics',
    );
    expect(result.progress).toEqual(createProgress('web-basics'));
    expect(result.issues.map(coded)).toEqual([
      { path: '(root)', segments: [], code: 'unreadable_progress', params: {} },
    ]);
    expect(
      parseProgress(new Proxy({}, { get: trap }), 'web-basics').issues.map((i) => i.code),
    ).toEqual(['unreadable_progress']);
  });

  it('does not let a __proto__ entry change a prototype', () => {
    const text =
      '{"curriculumId":"web-basics","schemaVersion":1,"topics":{"__proto__":{"status":"done","updatedAt":"2024-06-01"}}}';
    const { progress, issues } = parseProgress(text, 'web-basics');
    expect(Object.getPrototypeOf(progress.topics)).toBe(Object.prototype);
    expect(progress.topics).toEqual({});
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['topics.__proto__', 'invalid_topic_id'],
    ]);
  });

  const validEntry = fc.record({
    status: fc.constantFrom(...TOPIC_STATUSES),
    updatedAt: fc.date({ noInvalidDate: true, min: new Date(0) }).map((d) => d.toISOString()),
  });
  const topicKey = fc.oneof(
    fc.constantFrom(...FIXTURE_TOPIC_IDS, 'nope', '__proto__', 'constructor', 'Not An Id'),
    fc.string(),
  );

  test.prop(
    [
      fc.oneof(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true }),
        fc.jsonValue().map((value) => JSON.stringify(value)),
        fc.string(),
        fc.record({
          curriculumId: fc.oneof(fc.constant('web-basics'), fc.string()),
          schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
          topics: fc.dictionary(topicKey, fc.oneof(validEntry, fc.jsonValue())),
        }),
      ),
      fc.constantFrom<string | 'curriculum'>('web-basics', 'other', 'curriculum'),
    ],
    { numRuns: 2_000 },
  )('never throws and never returns another curriculum’s data', (input, asked) => {
    const curriculum = asked === 'curriculum' ? fixture() : asked;
    const curriculumId = typeof curriculum === 'string' ? curriculum : curriculum.id;
    const { progress, issues } = parseProgress(input, curriculum);
    expect(progress.curriculumId).toBe(curriculumId);
    expect(progress.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.getPrototypeOf(progress.topics)).toBe(Object.prototype);
    for (const entry of Object.values(progress.topics)) {
      expect(TOPIC_STATUSES).toContain(entry.status);
      expect(Number.isNaN(Date.parse(entry.updatedAt))).toBe(false);
    }
    for (const issue of issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      if (issue.segments.length === 0) expect(issue.path).toBe('(root)');
      else expect(issue.path.startsWith(String(issue.segments[0]))).toBe(true);
    }
    // A whole-input issue comes alone, and then nothing was read.
    if (issues.some(isWholeInputIssue)) {
      expect(issues).toHaveLength(1);
      expect(progress.topics).toEqual({});
    }
    // It reads its own output back unchanged.
    expect(parseProgress(JSON.stringify(progress), curriculum)).toEqual({ progress, issues: [] });
  });

  test.prop(
    [
      fc.dictionary(topicKey, fc.oneof(validEntry, fc.jsonValue())),
      fc.constantFrom<'id' | 'curriculum'>('id', 'curriculum'),
    ],
    { numRuns: 500 },
  )(
    'never loses a valid entry: each key is kept or has exactly one issue naming it',
    (topics, asked) => {
      const c = fixture();
      const text = JSON.stringify({ curriculumId: c.id, schemaVersion: 1, topics });
      const keys = Object.keys(JSON.parse(text).topics);
      const { progress, issues } = parseProgress(text, asked === 'id' ? c.id : c);
      const named = issues.map((issue) => issue.segments[1]);
      expect([...Object.keys(progress.topics), ...named].sort()).toEqual([...keys].sort());
      for (const issue of issues) {
        expect('topic' in issue.params && issue.params.topic).toBe(issue.segments[1]);
      }
      // Every entry that is valid for this curriculum is kept, as it was.
      const parsed = JSON.parse(text).topics as Record<string, unknown>;
      for (const key of keys) {
        const valid =
          /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key) &&
          (asked === 'id' || FIXTURE_TOPIC_IDS.includes(key)) &&
          isValidEntry(parsed[key]);
        if (valid) expect(progress.topics[key]).toEqual(parsed[key]);
      }
    },
  );
});

/** A topic entry as the format defines it, written out independently of the schema. */
function isValidEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { status, updatedAt, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    TOPIC_STATUSES.includes(status as TopicStatus) &&
    typeof updatedAt === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(updatedAt) &&
    new Date(updatedAt).toISOString() === updatedAt
  );
}
