import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  blockingPrerequisites,
  createProgress,
  isComplete,
  isUnlocked,
  mergeProgress,
  nextTopics,
  type Progress,
  planSchedule,
  setStatus,
  statusOf,
  summarize,
  TOPIC_STATUSES,
  type TopicStatus,
} from '../src/index.js';
import { SCHEMA_VERSION } from '../src/schema.js';
import { FIXTURE_TOPIC_IDS, fixture } from './fixture.js';

const T0 = new Date('2024-06-01T10:00:00.000Z');
const T1 = new Date('2024-06-02T10:00:00.000Z');

function progressOf(statuses: Record<string, TopicStatus>, at = T0): Progress {
  let p = createProgress('web-basics');
  for (const [id, status] of Object.entries(statuses)) p = setStatus(p, id, status, at);
  return p;
}

describe('createProgress, setStatus, statusOf', () => {
  it('starts empty', () => {
    expect(createProgress('web-basics')).toEqual({
      curriculumId: 'web-basics',
      schemaVersion: SCHEMA_VERSION,
      topics: {},
    });
  });

  it('records a status with its time, without changing the given progress', () => {
    const before = createProgress('web-basics');
    const after = setStatus(before, 'html', 'done', T0);
    expect(before.topics).toEqual({});
    expect(after.topics).toEqual({ html: { status: 'done', updatedAt: T0.toISOString() } });
    expect(statusOf(after, 'html')).toBe('done');
  });

  it('removes the entry when a topic goes back to not-started', () => {
    const p = setStatus(progressOf({ html: 'done', css: 'skipped' }), 'html', 'not-started', T1);
    expect(Object.keys(p.topics)).toEqual(['css']);
    expect(statusOf(p, 'html')).toBe('not-started');
  });

  it('returns the same object when the status does not change', () => {
    const p = progressOf({ html: 'done' });
    expect(setStatus(p, 'html', 'done', T1)).toBe(p);
    expect(setStatus(p, 'css', 'not-started', T1)).toBe(p);
  });

  it('uses the current time by default', () => {
    const before = Date.now();
    const updatedAt = Date.parse(
      setStatus(createProgress('x'), 'a', 'done').topics.a?.updatedAt ?? '',
    );
    expect(updatedAt).toBeGreaterThanOrEqual(before);
  });

  it('treats ids that name Object.prototype members as plain keys', () => {
    expect(statusOf(createProgress('x'), 'constructor')).toBe('not-started');
    expect(statusOf(createProgress('x'), 'toString')).toBe('not-started');
    const p = setStatus(createProgress('x'), '__proto__', 'done', T0);
    expect(Object.getPrototypeOf(p.topics)).toBe(Object.prototype);
    expect(statusOf(p, '__proto__')).toBe('done');
    expect(statusOf(undefined, 'html')).toBe('not-started');
  });

  it('counts done and skipped as complete', () => {
    expect(TOPIC_STATUSES.filter(isComplete)).toEqual(['done', 'skipped']);
  });

  it.each([
    ['weird', '"weird"'],
    ['Done', '"Done"'],
    [undefined, 'undefined'],
    [2, '2'],
  ])('throws a TypeError for the status %j from untyped code, storing nothing', (status, got) => {
    const p = createProgress('web-basics');
    expect(() => setStatus(p, 'html', status as TopicStatus, T0)).toThrow(
      new TypeError(`status must be one of not-started, in-progress, done, skipped; got ${got}`),
    );
    expect(p.topics).toEqual({});
  });
});

describe('mergeProgress', () => {
  it('keeps, per topic, the entry changed last', () => {
    const local = progressOf({ html: 'done', css: 'in-progress' }, T0);
    const remote = setStatus(
      progressOf({ html: 'in-progress', dom: 'done' }, T1),
      'css',
      'in-progress',
      T0,
    );
    const merged = mergeProgress(local, remote);
    expect(merged.topics).toEqual({
      html: { status: 'in-progress', updatedAt: T1.toISOString() },
      css: { status: 'in-progress', updatedAt: T0.toISOString() },
      dom: { status: 'done', updatedAt: T1.toISOString() },
    });
    expect(local.topics.html?.status).toBe('done');
  });

  it('orders changes at the same instant by status, whichever copy is the base', () => {
    const done = progressOf({ html: 'done' }, T1);
    const skipped = progressOf({ html: 'skipped' }, T1);
    expect(mergeProgress(done, skipped).topics.html?.status).toBe('skipped');
    expect(mergeProgress(skipped, done)).toBe(skipped);
  });

  it('returns the base unchanged when nothing is newer', () => {
    const base = progressOf({ html: 'done', css: 'done' }, T1);
    expect(mergeProgress(base, progressOf({ html: 'in-progress' }, T0))).toBe(base);
  });

  it('ignores the progress of another curriculum', () => {
    const base = progressOf({ html: 'done' });
    const foreign = { ...progressOf({ css: 'done' }, T1), curriculumId: 'other' };
    expect(mergeProgress(base, foreign)).toBe(base);
  });

  it('treats an unreadable date as older than any other', () => {
    const base = {
      ...createProgress('web-basics'),
      topics: { html: { status: 'done' as const, updatedAt: 'garbage' } },
    };
    const merged = mergeProgress(base, progressOf({ html: 'skipped' }, T0));
    expect(merged.topics.html?.status).toBe('skipped');
    expect(mergeProgress(progressOf({ html: 'skipped' }, T0), base).topics.html?.status).toBe(
      'skipped',
    );
  });
});

describe('summarize', () => {
  const c = fixture();

  it('counts an empty progress', () => {
    const summary = summarize(c, undefined);
    // Required work: the non-optional topics (animations is optional) of non-optional levels.
    expect(summary.overall).toEqual({
      total: 5,
      done: 0,
      skipped: 0,
      inProgress: 0,
      notStarted: 5,
      complete: 0,
      hours: 33,
      hoursComplete: 0,
      percent: 0,
    });
    expect(Object.keys(summary.levels)).toEqual(['l1', 'l2', 'l3']);
    expect(Object.keys(summary.modules)).toEqual([
      'markup-module',
      'scripting-module',
      'deep-module',
    ]);
  });

  it('counts done and skipped as complete, per level and module', () => {
    const summary = summarize(
      c,
      progressOf({
        html: 'done',
        css: 'skipped',
        javascript: 'in-progress',
        animations: 'done',
        engines: 'done',
        ghost: 'done',
      }),
    );
    expect(summary.overall).toMatchObject({
      total: 5,
      done: 1,
      skipped: 1,
      inProgress: 1,
      notStarted: 2,
      complete: 2,
      hours: 33,
      hoursComplete: 10,
      percent: 40,
    });
    expect(summary.levels.l1).toMatchObject({ total: 2, complete: 2, percent: 100 });
    expect(summary.levels.l2).toMatchObject({
      total: 4,
      done: 1,
      inProgress: 1,
      complete: 1,
      hours: 26,
      hoursComplete: 3,
      percent: 25,
    });
    expect(summary.levels.l3).toMatchObject({ total: 1, complete: 1, percent: 100 });
    expect(summary.modules['scripting-module']).toEqual(summary.levels.l2);
  });

  const statusesArb = fc.dictionary(
    fc.constantFrom(...FIXTURE_TOPIC_IDS),
    fc.constantFrom(...TOPIC_STATUSES),
  );

  test.prop([statusesArb, fc.constantFrom(...FIXTURE_TOPIC_IDS)], { numRuns: 500 })(
    'stays within 0–100 % and never decreases when a topic becomes done',
    (statuses, topicId) => {
      const before = progressOf(statuses);
      const after = setStatus(before, topicId, 'done', T1);
      const [b, a] = [summarize(c, before), summarize(c, after)];
      for (const counts of [
        b.overall,
        a.overall,
        ...Object.values(a.levels),
        ...Object.values(a.modules),
      ]) {
        expect(counts.percent).toBeGreaterThanOrEqual(0);
        expect(counts.percent).toBeLessThanOrEqual(100);
        expect(counts.done + counts.skipped + counts.inProgress + counts.notStarted).toBe(
          counts.total,
        );
      }
      expect(a.overall.percent).toBeGreaterThanOrEqual(b.overall.percent);
      expect(a.overall.hoursComplete).toBeGreaterThanOrEqual(b.overall.hoursComplete);
      for (const id of Object.keys(a.levels)) {
        expect(a.levels[id]?.percent).toBeGreaterThanOrEqual(b.levels[id]?.percent as number);
      }
    },
  );
});

describe('isUnlocked, blockingPrerequisites, nextTopics', () => {
  const c = fixture();

  it('unlocks a topic once all its direct prerequisites are complete', () => {
    expect(isUnlocked(c, undefined, 'html')).toBe(true);
    expect(isUnlocked(c, undefined, 'dom')).toBe(false);
    expect(blockingPrerequisites(c, undefined, 'dom')).toEqual(['javascript', 'css']);
    const p = progressOf({ javascript: 'done', css: 'skipped' });
    expect(blockingPrerequisites(c, p, 'dom')).toEqual([]);
    expect(isUnlocked(c, p, 'dom')).toBe(true);
  });

  it('does not unlock a topic that does not exist', () => {
    expect(isUnlocked(c, undefined, 'ghost')).toBe(false);
    expect(blockingPrerequisites(c, undefined, 'ghost')).toEqual([]);
  });

  it('suggests the first unlocked topics, three by default', () => {
    expect(nextTopics(c, undefined).map((entry) => entry.topic.id)).toEqual(['html']);
    const p = progressOf({ html: 'done' });
    expect(nextTopics(c, p).map((entry) => entry.topic.id)).toEqual(['css', 'javascript']);
  });

  it('puts topics in progress first, and required topics before optional ones', () => {
    const p = progressOf({
      html: 'done',
      css: 'done',
      javascript: 'done',
      dom: 'done',
      todo: 'done',
      'todo-app': 'in-progress',
    });
    expect(nextTopics(c, p, 10).map((entry) => entry.topic.id)).toEqual([
      'todo-app',
      'animations',
      'engines',
    ]);
    const q = progressOf({ html: 'done', css: 'done', javascript: 'in-progress' });
    expect(nextTopics(c, q, 10).map((entry) => entry.topic.id)).toEqual([
      'javascript',
      'animations',
    ]);
  });

  it('returns at most n entries with where each topic sits', () => {
    const p = progressOf({ html: 'done' });
    const [first] = nextTopics(c, p, 1);
    expect(nextTopics(c, p, 1)).toHaveLength(1);
    expect(first).toMatchObject({
      topic: { id: 'css' },
      levelIndex: 0,
      moduleIndex: 0,
      topicIndex: 1,
    });
    expect(nextTopics(c, p, 0)).toEqual([]);
    expect(nextTopics(c, p, -2)).toEqual([]);
    expect(nextTopics(c, p, Number.NaN)).toEqual([]);
    expect(nextTopics(c, p, 2.9)).toHaveLength(2);
  });

  it('counts progress of another curriculum as none, in every function given both', () => {
    const all = Object.fromEntries(FIXTURE_TOPIC_IDS.map((id) => [id, 'done' as const]));
    const foreign = { ...progressOf(all), curriculumId: 'other-roadmap' };
    expect(summarize(c, foreign)).toEqual(summarize(c, undefined));
    expect(nextTopics(c, foreign)).toEqual(nextTopics(c, undefined));
    expect(isUnlocked(c, foreign, 'dom')).toBe(false);
    expect(blockingPrerequisites(c, foreign, 'dom')).toEqual(['javascript', 'css']);
    const plan = { hoursPerWeek: 5, start: '2025-01-06' };
    expect(planSchedule(c, foreign, plan)).toEqual(planSchedule(c, undefined, plan));
    // The same entries under the curriculum's own id do count.
    expect(summarize(c, progressOf(all)).overall.percent).toBe(100);
  });

  it('returns nothing when everything is complete', () => {
    const all = Object.fromEntries(FIXTURE_TOPIC_IDS.map((id) => [id, 'done' as const]));
    expect(nextTopics(c, progressOf(all))).toEqual([]);
  });
});
