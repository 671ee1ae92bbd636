import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createProgress, planSchedule, setStatus, TOPIC_STATUSES } from '../src/index.js';
import { fixture, fixtureCopy } from './fixture.js';

const c = fixture();

describe('planSchedule', () => {
  it('schedules the required levels back to back and lists optional ones unscheduled', () => {
    // l1: 10 h, l2: 23 h without the optional topic, l3 (optional): 20 h.
    const plan = planSchedule(c, undefined, { hoursPerWeek: 7, start: '2025-01-06' });
    expect(plan).toEqual({
      hoursPerWeek: 7,
      remainingHours: 33,
      finish: '2025-02-08',
      levels: [
        {
          levelId: 'l1',
          remainingHours: 10,
          weeks: 10 / 7,
          start: '2025-01-06',
          end: '2025-01-16',
          optional: false,
        },
        {
          levelId: 'l2',
          remainingHours: 23,
          weeks: 23 / 7,
          start: '2025-01-16',
          end: '2025-02-08',
          optional: false,
        },
        {
          levelId: 'l3',
          remainingHours: 20,
          weeks: 20 / 7,
          start: null,
          end: null,
          optional: true,
        },
      ],
    });
  });

  it('schedules optional levels and topics too with includeOptional', () => {
    const plan = planSchedule(c, undefined, {
      hoursPerWeek: 7,
      start: '2025-01-06',
      includeOptional: true,
    });
    expect(
      plan.levels.map((level) => [level.levelId, level.remainingHours, level.start, level.end]),
    ).toEqual([
      ['l1', 10, '2025-01-06', '2025-01-16'],
      ['l2', 26, '2025-01-16', '2025-02-11'],
      ['l3', 20, '2025-02-11', '2025-03-03'],
    ]);
    expect(plan.remainingHours).toBe(56);
    expect(plan.finish).toBe('2025-03-03');
  });

  it('counts only what is not complete yet, shrinking a level estimate in proportion', () => {
    let p = createProgress('web-basics');
    for (const id of ['html', 'css', 'engines']) p = setStatus(p, id, 'done');
    p = setStatus(p, 'javascript', 'skipped');
    const plan = planSchedule(c, p, {
      hoursPerWeek: 10,
      start: new Date('2025-01-06T15:00:00Z'),
      includeOptional: true,
    });
    expect(plan.levels.map((level) => [level.levelId, level.remainingHours, level.weeks])).toEqual([
      ['l1', 0, 0],
      ['l2', 16, 1.6],
      // l3's 20-hour estimate covers one 12-hour topic, now done.
      ['l3', 0, 0],
    ]);
    expect(plan.levels[0]).toMatchObject({ start: '2025-01-06', end: '2025-01-06' });
    expect(plan.finish).toBe('2025-01-18');
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives no dates for a pace of %s hours a week',
    (hoursPerWeek) => {
      const plan = planSchedule(c, undefined, { hoursPerWeek, start: '2025-01-06' });
      expect(plan.finish).toBeNull();
      expect(plan.levels.every((level) => level.start === null && level.end === null)).toBe(true);
      expect(plan.levels[0]?.weeks).toBe(Number.POSITIVE_INFINITY);
      expect(plan.remainingHours).toBe(33);
    },
  );

  it.each(['next monday', '', '2025-13-01', 'Jan 6 2025', '2025-02-30', '2025-02-29'])(
    'gives no dates for the start %j',
    (start) => {
      const plan = planSchedule(c, undefined, { hoursPerWeek: 5, start });
      expect(plan.finish).toBeNull();
      expect(plan.levels[0]).toMatchObject({ start: null, end: null, weeks: 2 });
    },
  );

  it('gives no dates for an invalid Date', () => {
    expect(
      planSchedule(c, undefined, { hoursPerWeek: 5, start: new Date(Number.NaN) }).finish,
    ).toBeNull();
  });

  it('starts a level on the day the one before ends, when that ends part-way through a day', () => {
    // l1 has 6 of its 10 hours left: 8.4 days at 5 hours a week, so it ends on day 9.
    const p = setStatus(createProgress('web-basics'), 'html', 'done');
    const plan = planSchedule(c, p, { hoursPerWeek: 5, start: '2025-01-06' });
    expect(plan.levels.map((level) => [level.levelId, level.start, level.end])).toEqual([
      ['l1', '2025-01-06', '2025-01-15'],
      // 23 more hours: 32.2 days after the start of l1's 6 hours → day 41.
      ['l2', '2025-01-15', '2025-02-16'],
      ['l3', null, null],
    ]);
    expect(plan.finish).toBe('2025-02-16');
  });

  it('gives no date past the year 9999, which YYYY-MM-DD cannot write', () => {
    const plan = planSchedule(c, undefined, { hoursPerWeek: 0.00001, start: '2025-01-06' });
    expect(plan.levels[0]).toMatchObject({ start: '2025-01-06', end: null });
    expect(plan.finish).toBeNull();
  });

  it('finishes on the start day when nothing remains', () => {
    let p = createProgress('web-basics');
    for (const id of ['html', 'css', 'javascript', 'dom', 'todo-app']) p = setStatus(p, id, 'done');
    const plan = planSchedule(c, p, { hoursPerWeek: 5, start: '2025-01-06' });
    expect(plan.remainingHours).toBe(0);
    expect(plan.finish).toBe('2025-01-06');
  });
});

describe('planSchedule, for any hours, progress, pace and start', () => {
  const ids = ['html', 'css', 'javascript', 'dom', 'animations', 'todo-app', 'engines'];
  const hours = fc.double({ min: 0.01, max: 1_000, noNaN: true });

  test.prop(
    [
      fc.array(hours, { minLength: ids.length, maxLength: ids.length }),
      fc.option(fc.double({ min: 1, max: 100_000, noNaN: true })),
      fc.array(fc.constantFrom(...TOPIC_STATUSES), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
      fc.double({ min: 0.5, max: 200, noNaN: true }),
      fc.date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
      fc.boolean(),
    ],
    { numRuns: 500 },
  )(
    'runs the levels back to back: none overlaps the next, and no date goes backwards',
    (topicHours, levelHours, statuses, hoursPerWeek, start, includeOptional) => {
      const doc = fixtureCopy();
      const topics = doc.levels.flatMap((level) => level.modules.flatMap((m) => m.topics));
      topics.forEach((topic, i) => {
        (topic as { estimatedHours: number }).estimatedHours = topicHours[i] as number;
      });
      (doc.levels[1] as { estimatedHours?: number }).estimatedHours = levelHours ?? undefined;
      let p = createProgress('web-basics');
      ids.forEach((id, i) => {
        p = setStatus(p, id, statuses[i] ?? 'not-started');
      });
      const plan = planSchedule(doc, p, { hoursPerWeek, start, includeOptional });
      const startDay = start.toISOString().slice(0, 10);
      const scheduled = plan.levels.filter((level) => level.start !== null);
      expect(scheduled.length).toBe(includeOptional ? 3 : 2);
      let previous = startDay;
      for (const level of scheduled) {
        const [from, to] = [level.start as string, level.end as string];
        expect(from).toBe(previous);
        expect(to >= from).toBe(true);
        previous = to;
      }
      expect(plan.finish).toBe(previous);
    },
  );
});
