import { describe, expect, it } from 'vitest';
import { createProgress, planSchedule, setStatus } from '../src/index.js';
import { fixture } from './fixture.js';

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

  it('finishes on the start day when nothing remains', () => {
    let p = createProgress('web-basics');
    for (const id of ['html', 'css', 'javascript', 'dom', 'todo-app']) p = setStatus(p, id, 'done');
    const plan = planSchedule(c, p, { hoursPerWeek: 5, start: '2025-01-06' });
    expect(plan.remainingHours).toBe(0);
    expect(plan.finish).toBe('2025-01-06');
  });
});
