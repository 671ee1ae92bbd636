/**
 * A study schedule: how long each level still takes at a given pace, and when it would be done.
 */
import { isCalendarDate } from './dates.js';
import { isComplete, ownProgress, statusOf } from './progress.js';
import type { Curriculum, Level, Progress } from './schema.js';
import { levelTopics } from './topics.js';

/** Options of {@link planSchedule}. */
export interface PlanOptions {
  /** Study hours per week. Zero, negative or non-finite paces give no dates. */
  hoursPerWeek: number;
  /** The first day of study: a Date, or an ISO 8601 date such as `2025-03-03`. */
  start: Date | string;
  /**
   * Also schedule optional levels and count optional topics.
   * @default false
   */
  includeOptional?: boolean;
}

/** The plan of one level. */
export interface LevelPlan {
  levelId: string;
  /** Study hours left in the level. */
  remainingHours: number;
  /** `remainingHours / hoursPerWeek`; `Infinity` when hours remain but the pace is not positive. */
  weeks: number;
  /**
   * First day of study for the level (`YYYY-MM-DD`, UTC): the previous scheduled level's `end`,
   * or the plan's start day for the first. `null` when it is not scheduled.
   */
  start: string | null;
  /**
   * Day the level is done (`YYYY-MM-DD`, UTC), exclusive: its study fits in the days from `start`
   * up to the day before `end`, and the next level starts on `end`. Equal to `start` when nothing
   * of the level remains. `null` when it is not scheduled.
   */
  end: string | null;
  /** Optional levels are scheduled only with `includeOptional`. */
  optional: boolean;
}

/** The plan of a whole curriculum. */
export interface Schedule {
  /** Every level, in document order. */
  levels: LevelPlan[];
  /** Hours left in the scheduled levels. */
  remainingHours: number;
  /**
   * Day everything scheduled is done (`YYYY-MM-DD`, UTC): the last scheduled level's `end`, or the
   * start day when nothing is scheduled; `null` without a valid pace or start.
   */
  finish: string | null;
  /** The pace the plan was made for. */
  hoursPerWeek: number;
}

const DAY = 86_400_000;

/** Midnight UTC of the start day, in ms, or null when the start is not a usable date. */
function startDay(start: Date | string): number | null {
  const ms =
    start instanceof Date
      ? start.getTime()
      : typeof start === 'string' && isCalendarDate(start)
        ? Date.parse(start)
        : Number.NaN;
  return Number.isFinite(ms) ? Math.floor(ms / DAY) * DAY : null;
}

/** `YYYY-MM-DD`, or null for an invalid date or one outside the years 0000–9999. */
function isoDay(ms: number): string | null {
  // toJSON gives null for an invalid date, and a sign and six digits outside those years.
  return /^\d{4}-\d\d-\d\d/.exec(new Date(ms).toJSON())?.[0] ?? null;
}

/**
 * Hours left in a level. A level's `estimatedHours`, when given, is shared out over its topics in
 * proportion to their own estimates, so it shrinks as they are completed.
 */
function remainingHours(level: Level, p: Progress | undefined, includeOptional: boolean): number {
  let all = 0;
  let left = 0;
  for (const topic of levelTopics(level)) {
    if (topic.optional && !includeOptional) continue;
    all += topic.estimatedHours;
    if (!isComplete(statusOf(p, topic.id))) left += topic.estimatedHours;
  }
  if (level.estimatedHours === undefined || all === 0) return left;
  return (level.estimatedHours * left) / all;
}

/**
 * Schedules the remaining study level by level, back to back, at `hoursPerWeek` from `start`;
 * progress of another curriculum counts as none.
 * Levels come in document order; optional levels are listed but only scheduled (and optional
 * topics only counted) with `includeOptional`. Never throws: a pace that is not a positive
 * number, or a start that is not a date, gives `null` dates.
 *
 * Dates count whole days from the start day, rounding the study time so far up: a level ends
 * (exclusive) on the day after its last hours, and the next starts that same day, so levels never
 * overlap and `finish` is the last scheduled level's `end`.
 * @example
 * const plan = planSchedule(curriculum, progress, { hoursPerWeek: 8, start: new Date() });
 * plan.finish // '2025-11-20'
 */
export function planSchedule(
  c: Curriculum,
  p: Progress | undefined,
  options: PlanOptions,
): Schedule {
  const { hoursPerWeek, includeOptional = false } = options;
  p = ownProgress(c, p);
  const pace = Number.isFinite(hoursPerWeek) && hoursPerWeek > 0 ? hoursPerWeek : null;
  const first = startDay(options.start);
  const dayAfter = (hours: number): string | null =>
    pace === null || first === null ? null : isoDay(first + Math.ceil((hours / pace) * 7) * DAY);

  let scheduledHours = 0;
  const levels = c.levels.map((level): LevelPlan => {
    const remaining = remainingHours(level, p, includeOptional);
    const weeks = pace === null ? (remaining > 0 ? Number.POSITIVE_INFINITY : 0) : remaining / pace;
    const plan = { levelId: level.id, remainingHours: remaining, weeks, optional: level.optional };
    if (level.optional && !includeOptional) return { ...plan, start: null, end: null };
    const start = dayAfter(scheduledHours);
    scheduledHours += remaining;
    return { ...plan, start, end: dayAfter(scheduledHours) };
  });
  return {
    levels,
    remainingHours: scheduledHours,
    finish: dayAfter(scheduledHours),
    hoursPerWeek,
  };
}
