import { fc, test } from '@fast-check/vitest';
import {
  assertCurriculum,
  type Curriculum,
  createProgress,
  indexTopics,
  isComplete,
  nextTopics,
  type Progress,
  setStatus,
  statusOf,
  summarize,
  TOPIC_STATUSES,
  type Topic,
} from '@trailmark/curriculum';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../stores/createMemoryStore';
import { fixtureCurriculum, generateCurriculum } from '../test-fixtures';
import { createProgressIndex } from './progressIndex';

const fixture = assertCurriculum(fixtureCurriculum);
const generated = assertCurriculum(generateCurriculum({ levels: 3, topics: 130 }));

/** The key worked out from scratch, as rows did before the index. */
function expectedKey(progress: Progress, topic: Topic): string {
  const status = statusOf(progress, topic.id);
  if (isComplete(status)) return status;
  return [status, ...topic.prerequisites.filter((id) => !isComplete(statusOf(progress, id)))].join(
    ' ',
  );
}

function topicsOf(curriculum: Curriculum): Topic[] {
  return curriculum.levels.flatMap((level) => level.modules.flatMap((module) => module.topics));
}

/** Every figure of the index against `summarize`, `nextTopics` and the keys from scratch. */
function expectAgrees(
  curriculum: Curriculum,
  index: ReturnType<typeof createProgressIndex>,
  progress: Progress,
) {
  const summary = summarize(curriculum, progress);
  for (const level of curriculum.levels) {
    const counts = summary.levels[level.id];
    expect(index.level(level.id)).toEqual({
      total: counts?.total,
      complete: counts?.complete,
      inProgress: counts?.inProgress,
    });
  }
  const next = nextTopics(curriculum, progress, 1)[0];
  expect(index.currentLevel()).toBe(next ? next.level.id : curriculum.levels.at(-1)?.id);
  for (const topic of topicsOf(curriculum)) {
    expect(index.topicKey(topic.id)).toBe(expectedKey(progress, topic));
  }
}

describe('createProgressIndex', () => {
  test.prop(
    [
      fc.constantFrom(fixture, generated),
      fc.array(
        fc.oneof(
          fc.record({ topic: fc.nat(), status: fc.constantFrom(...TOPIC_STATUSES) }),
          // A whole new progress at once, as an import or another tab gives.
          fc.record({
            replace: fc.array(
              fc.record({ topic: fc.nat(), status: fc.constantFrom(...TOPIC_STATUSES) }),
            ),
          }),
        ),
        { maxLength: 30 },
      ),
    ],
    { numRuns: 60 },
  )(
    'agrees with summarize, nextTopics and the keys from scratch after any changes',
    (curriculum, steps) => {
      const topics = topicsOf(curriculum);
      const pick = (n: number) => (topics[n % topics.length] as Topic).id;
      const store = createMemoryStore({ curriculumId: curriculum.id });
      const index = createProgressIndex(curriculum, indexTopics(curriculum), store);
      // A listener on every topic, level and the current level: each is told exactly when its
      // value changed.
      const told = new Set<string>();
      for (const topic of topics) index.subscribeTopic(topic.id, () => told.add(`t${topic.id}`));
      for (const level of curriculum.levels) {
        index.subscribeLevel(level.id, () => told.add(`l${level.id}`));
      }
      index.subscribeCurrent(() => told.add('c'));
      expectAgrees(curriculum, index, store.get());
      for (const step of steps) {
        const before = new Map<string, unknown>([
          ...topics.map((topic) => [`t${topic.id}`, index.topicKey(topic.id)] as const),
          ...curriculum.levels.map((level) => [`l${level.id}`, index.level(level.id)] as const),
          ['c', index.currentLevel()],
        ]);
        told.clear();
        if ('replace' in step) {
          let progress = createProgress(curriculum.id);
          for (const entry of step.replace) {
            progress = setStatus(progress, pick(entry.topic), entry.status);
          }
          store.set(progress);
        } else {
          store.set(setStatus(store.get(), pick(step.topic), step.status));
        }
        expectAgrees(curriculum, index, store.get());
        const changed = [...before].filter(([channel, value]) => {
          const now =
            channel === 'c'
              ? index.currentLevel()
              : channel.startsWith('t')
                ? index.topicKey(channel.slice(1))
                : index.level(channel.slice(1));
          return now !== value;
        });
        expect([...told].sort()).toEqual(changed.map(([channel]) => channel).sort());
      }
    },
  );

  it('reads progress of another curriculum as none', () => {
    const progress = setStatus(createProgress('another'), 'python', 'done');
    const index = createProgressIndex(fixture, indexTopics(fixture), {
      get: () => progress,
      subscribe: () => () => {},
    });
    expect(index.topicKey('python')).toBe('not-started');
    expect(index.level('l1')?.complete).toBe(0);
  });

  it('stops following the store when the last listener leaves, and catches up when asked', () => {
    const store = createMemoryStore({ curriculumId: fixture.id });
    const index = createProgressIndex(fixture, indexTopics(fixture), store);
    const calls: string[] = [];
    const leave = index.subscribeTopic('python', () => calls.push('python'));
    store.set(setStatus(store.get(), 'python', 'done'));
    expect(calls).toEqual(['python']);
    leave();
    store.set(setStatus(store.get(), 'python', 'skipped'));
    expect(calls).toEqual(['python']);
    expect(index.topicKey('python')).toBe('skipped');
  });

  it('gives an unknown topic an empty key and an unknown level no counts', () => {
    const index = createProgressIndex(
      fixture,
      indexTopics(fixture),
      createMemoryStore({ curriculumId: fixture.id }),
    );
    expect(index.topicKey('nope')).toBe('');
    expect(index.level('nope')).toBeUndefined();
  });
});
