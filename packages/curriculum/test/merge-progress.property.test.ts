import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mergeProgress, type Progress, TOPIC_STATUSES, type TopicProgress } from '../src/index.js';
import { SCHEMA_VERSION } from '../src/schema.js';

// Few ids, so that copies share topics; `constructor` is a valid id that an object already has.
const topicId = fc.constantFrom('html', 'css', 'dom', 'constructor');

// Few instants, each written several ways, so that ties (the same instant in other words) are
// common; a date no parser reads (older than any other, as data from an old version may hold);
// and arbitrary instants.
const updatedAt = fc.oneof(
  fc.constantFrom(
    'unreadable',
    '2024-06-01T10:00:00Z',
    '2024-06-01T10:00:00.000Z',
    '2024-06-01T12:00:00+02:00',
    '2024-06-01',
    '2024-06-01T00:00Z',
    '2024-06-02T10:00:00.000Z',
  ),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
);

const entry: fc.Arbitrary<TopicProgress> = fc.record({
  status: fc.constantFrom(...TOPIC_STATUSES),
  updatedAt,
});

const progress: fc.Arbitrary<Progress> = fc
  .dictionary(topicId, entry, { maxKeys: 4 })
  .map((topics) => ({ curriculumId: 'web-basics', schemaVersion: SCHEMA_VERSION, topics }));

/** When the entry changed; a date that cannot be read counts as older than any other. */
function time(value: TopicProgress): number {
  const ms = Date.parse(value.updatedAt);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

describe('mergeProgress (properties)', () => {
  test.prop([progress])('is idempotent: merging a copy with itself changes nothing', (a) => {
    expect(mergeProgress(a, a)).toEqual(a);
  });

  test.prop([progress, progress])(
    'is commutative: the order of the two copies does not change the result',
    (a, b) => {
      expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
    },
  );

  test.prop([progress, progress, progress])(
    'is associative: three copies merge to one result whichever pair goes first',
    (a, b, c) => {
      expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
    },
  );

  test.prop([progress, progress])('keeps every topic of either copy, and no other', (a, b) => {
    const ids = new Set([...Object.keys(a.topics), ...Object.keys(b.topics)]);
    expect(Object.keys(mergeProgress(a, b).topics).sort()).toEqual([...ids].sort());
  });

  test.prop([progress, progress])(
    'keeps, per topic, one of the given entries, and none older than the other copy’s',
    (a, b) => {
      const merged = mergeProgress(a, b);
      for (const [id, kept] of Object.entries(merged.topics)) {
        // Own entries only: `constructor` is also on every object's prototype.
        const given = [a, b].flatMap((copy) =>
          Object.hasOwn(copy.topics, id) ? [copy.topics[id] as TopicProgress] : [],
        );
        expect(given).toContainEqual(kept);
        for (const other of given) expect(time(kept)).toBeGreaterThanOrEqual(time(other));
      }
    },
  );

  test.prop([progress, progress])('ignores the progress of another curriculum', (a, b) => {
    expect(mergeProgress(a, { ...b, curriculumId: 'other' })).toBe(a);
  });
});
