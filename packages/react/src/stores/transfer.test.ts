import { fc, test } from '@fast-check/vitest';
import {
  assertCurriculum,
  createProgress,
  isWholeInputIssue,
  type Progress,
  setStatus,
  TOPIC_STATUSES,
} from '@trailmark/curriculum';
import { describe, expect, it } from 'vitest';
import { fixtureCurriculum, fixtureTopicIds } from '../test-fixtures';
import { createMemoryStore } from './createMemoryStore';
import { exportProgress, importProgress, progressFileName } from './transfer';

const id = fixtureCurriculum.id;
const curriculum = assertCurriculum(fixtureCurriculum);
const at = (iso: string) => new Date(iso);
const DONE = { status: 'done', updatedAt: '2025-01-01T00:00:00Z' };
const file = (topics: Record<string, unknown>, curriculumId: string = id) =>
  JSON.stringify({ curriculumId, schemaVersion: 1, topics });

describe('exportProgress / importProgress', () => {
  it('round-trips through JSON text', async () => {
    const source = createMemoryStore({ curriculumId: id });
    source.set(setStatus(source.get(), 'python', 'done', at('2025-01-02T00:00:00Z')));
    source.set(setStatus(source.get(), 'rag', 'in-progress', at('2025-01-03T00:00:00Z')));
    const text = exportProgress(source);
    expect(JSON.parse(text)).toEqual(source.get());
    const target = createMemoryStore({ curriculumId: id });
    const result = await importProgress(target, text, { curriculum });
    expect(result.issues).toEqual([]);
    expect(result.topics).toBe(2);
    expect(target.get()).toEqual(source.get());
  });

  it('reads a File', async () => {
    const source = createMemoryStore({ curriculumId: id });
    source.set(setStatus(source.get(), 'http', 'skipped'));
    const blob = new File([exportProgress(source)], progressFileName(id), {
      type: 'application/json',
    });
    const target = createMemoryStore({ curriculumId: id });
    await importProgress(target, blob);
    expect(target.get().topics.http?.status).toBe('skipped');
  });

  it('reports a file that cannot be read, and changes nothing', async () => {
    const target = createMemoryStore({ curriculumId: id });
    const broken = {
      text: () => Promise.reject(new DOMException('The file was removed.', 'NotReadableError')),
    } as Blob;
    const result = await importProgress(target, broken);
    expect(result.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      {
        code: 'unreadable_progress',
        path: '(root)',
        params: { reason: 'NotReadableError: The file was removed.' },
      },
    ]);
    expect(result.topics).toBe(0);
    expect(target.get()).toEqual(createProgress(id));
  });

  it('merges: the newest change of each topic wins', async () => {
    const target = createMemoryStore({ curriculumId: id });
    target.set(setStatus(target.get(), 'python', 'done', at('2025-03-01T00:00:00Z')));
    target.set(setStatus(target.get(), 'http', 'in-progress', at('2025-01-01T00:00:00Z')));
    let incoming = createProgress(id);
    incoming = setStatus(incoming, 'python', 'in-progress', at('2025-02-01T00:00:00Z'));
    incoming = setStatus(incoming, 'http', 'done', at('2025-02-01T00:00:00Z'));
    await importProgress(target, JSON.stringify(incoming));
    expect(target.get().topics.python?.status).toBe('done');
    expect(target.get().topics.http?.status).toBe('done');
  });

  it.each([
    ['not JSON', 'hello', 'not_json'],
    ['not progress', '{"topics":{}}', 'not_progress'],
    ['another curriculum', file({ python: DONE }, 'other'), 'other_curriculum'],
    [
      'another format version',
      JSON.stringify({ ...createProgress(id), schemaVersion: 9 }),
      'unsupported_version',
    ],
  ])('changes nothing for %s, and says why with a code', async (_, text, code) => {
    const target = createMemoryStore({ curriculumId: id });
    target.set(setStatus(target.get(), 'python', 'done'));
    const before = target.get();
    const result = await importProgress(target, text, { curriculum });
    expect(result.issues.map((issue) => issue.code)).toEqual([code]);
    expect(result.issues.every(isWholeInputIssue)).toBe(true);
    expect(result.topics).toBe(0);
    expect(target.get()).toBe(before);
  });

  it('given the curriculum, imports only its topics and names the others', async () => {
    const target = createMemoryStore({ curriculumId: id });
    const result = await importProgress(
      target,
      file({ python: DONE, nope: DONE, rag: { status: 'finished' } }),
      { curriculum },
    );
    expect(Object.keys(target.get().topics)).toEqual(['python']);
    expect(result.topics).toBe(1);
    expect(
      result.issues.map(({ code, params }) => [code, 'topic' in params && params.topic]),
    ).toEqual([
      ['unknown_topic', 'nope'],
      ['invalid_entry', 'rag'],
    ]);
  });

  it('without the curriculum, imports every well-formed entry of the store’s curriculum', async () => {
    const target = createMemoryStore({ curriculumId: id });
    await importProgress(target, file({ python: DONE, nope: DONE }));
    expect(Object.keys(target.get().topics).sort()).toEqual(['nope', 'python']);
  });

  it('names the file after the curriculum', () => {
    expect(progressFileName('llm-engineer')).toBe('llm-engineer-progress.json');
  });

  const entry = fc.oneof(
    fc.record({
      status: fc.constantFrom(...TOPIC_STATUSES, 'finished'),
      updatedAt: fc.constantFrom('2025-01-01T00:00:00Z', '2030-06-01', '2025-02-30', 'soon'),
    }),
    fc.jsonValue(),
  );
  const key = fc.oneof(fc.constantFrom(...fixtureTopicIds, 'nope', '__proto__'), fc.string());

  test.prop([
    fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.dictionary(key, entry).map((topics) => file(topics)),
    ),
    fc.boolean(),
  ])(
    'never throws, and never brings in a topic the curriculum lacks or loses a newer change',
    async (text, withCurriculum) => {
      const target = createMemoryStore({ curriculumId: id });
      target.set(setStatus(target.get(), 'python', 'done', at('2029-01-01T00:00:00Z')));
      const before = target.get();
      const result = await importProgress(target, text, withCurriculum ? { curriculum } : {});
      const after: Progress = target.get();
      expect(result.progress).toBe(after);
      expect(after.curriculumId).toBe(id);
      if (withCurriculum) {
        for (const topic of Object.keys(after.topics)) expect(fixtureTopicIds).toContain(topic);
      }
      // Nothing already there is lost; an entry is replaced only by a newer one.
      for (const [topic, old] of Object.entries(before.topics)) {
        const now = after.topics[topic];
        expect(now && Date.parse(now.updatedAt) >= Date.parse(old.updatedAt)).toBe(true);
      }
      if (result.issues.some(isWholeInputIssue)) expect(after).toBe(before);
    },
  );

  test.prop([fc.dictionary(key, entry)])(
    'never loses a valid entry: each one is imported or named by exactly one issue',
    async (topics) => {
      const target = createMemoryStore({ curriculumId: id });
      const text = file(topics);
      const result = await importProgress(target, text, { curriculum });
      const keys = Object.keys(JSON.parse(text).topics);
      const named = result.issues.map((issue) => issue.segments[1]);
      expect([...Object.keys(target.get().topics), ...named].sort()).toEqual(keys.sort());
      expect(result.topics).toBe(Object.keys(target.get().topics).length);
    },
  );
});
