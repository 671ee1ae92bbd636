import { fc, test } from '@fast-check/vitest';
import { createProgress, indexTopics, mergeProgress } from '@trailmark/curriculum';
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { describe, expect } from 'vitest';
import { readProgressFile } from './progressFile';

const topicIds = [...indexTopics(llmEngineer).keys()];
const date = '2025-01-01T00:00:00Z';

function file(topics: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ curriculumId: 'llm-engineer', schemaVersion: 1, topics, ...extra });
}

describe('readProgressFile', () => {
  test.each([
    ['not json', 'not-json'],
    ['', 'not-json'],
    ['[]', 'not-progress'],
    ['"llm-engineer"', 'not-progress'],
    ['{"curriculumId":"llm-engineer","schemaVersion":1}', 'not-progress'],
    ['{"schemaVersion":1,"topics":{}}', 'not-progress'],
    [file({}, { schemaVersion: 2 }), 'other-version'],
    [file({}, { curriculumId: 'another-roadmap' }), 'other-roadmap'],
    [file({}), 'no-entries'],
  ])('%j gives nothing to import: %s', (text, problem) => {
    const read = readProgressFile(text, llmEngineer);
    expect(read.problem).toBe(problem);
    expect(read.progress.topics).toEqual({});
  });

  test('names the other roadmap and the other format version', () => {
    expect(readProgressFile(file({}, { curriculumId: 'x-y' }), llmEngineer).found).toBe('x-y');
    expect(readProgressFile(file({}, { schemaVersion: 3 }), llmEngineer).found).toBe('3');
  });

  test('an entry for a topic the roadmap does not have is neither kept nor counted', () => {
    const read = readProgressFile(file({ nope: { status: 'done', updatedAt: date } }), llmEngineer);
    expect(read.problem).toBe('no-entries');
    expect(read.unknown).toEqual(['nope']);
    expect(read.progress.topics).toEqual({});
  });

  test('keeps the known topics and lists the unknown and broken entries apart', () => {
    const [first, second] = topicIds;
    const read = readProgressFile(
      file({
        [first as string]: { status: 'done', updatedAt: date },
        nope: { status: 'done', updatedAt: date },
        [second as string]: { status: 'finished', updatedAt: date },
        'Not An Id': { status: 'done', updatedAt: date },
      }),
      llmEngineer,
    );
    expect(read.problem).toBeUndefined();
    expect(Object.keys(read.progress.topics)).toEqual([first]);
    expect(read.unknown).toEqual(['nope']);
    expect(read.broken).toEqual([second, 'Not An Id']);
  });

  const entry = fc.record({
    status: fc.constantFrom('not-started', 'in-progress', 'done', 'skipped', 'finished'),
    updatedAt: fc.constantFrom(date, '2025-02-30T00:00:00Z', 'yesterday'),
  });
  const topicKey = fc.oneof(fc.constantFrom(...topicIds), fc.string(), fc.constant('__proto__'));

  test.prop([fc.dictionary(topicKey, fc.oneof(entry, fc.anything()))])(
    'every entry is kept, unknown or broken, and only topics of the roadmap are kept',
    (topics) => {
      const read = readProgressFile(file(topics), llmEngineer);
      const kept = Object.keys(read.progress.topics);
      expect(kept.every((id) => topicIds.includes(id))).toBe(true);
      expect([...kept, ...read.unknown, ...read.broken].sort()).toEqual(
        Object.keys(JSON.parse(file(topics)).topics).sort(),
      );
      expect(read.problem === undefined).toBe(kept.length > 0);
      expect(read.progress.curriculumId).toBe('llm-engineer');
    },
  );

  test.prop([
    fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
    ),
  ])('never throws, and merging its result never brings in an unknown topic', (text) => {
    const read = readProgressFile(text, llmEngineer);
    const merged = mergeProgress(createProgress('llm-engineer'), read.progress);
    expect(Object.keys(merged.topics).every((id) => topicIds.includes(id))).toBe(true);
  });
});
