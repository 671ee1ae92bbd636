import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../src/dates.js';
import { ISO_DATE_PATTERN } from '../src/schema.js';

/** Whether the date exists, asked of Date itself (setUTCFullYear also takes years 0–99 as given). */
function existsOnCalendar(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const two = (n: number) => String(n).padStart(2, '0');

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-02-29', true],
    ['0100-02-29', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31T23:59:59.5+14:00', true],
    ['2024-13-01', false],
    ['2024-06-01T24:00Z', false],
    ['June 2024', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  test.prop(
    [
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    ],
    {
      numRuns: 2_000,
    },
  )('agrees with Date on every year, month and day', (year, month, day) => {
    const value = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
    expect(isCalendarDate(value)).toBe(existsOnCalendar(year, month, day));
    expect(isCalendarDate(`${value}T12:00:00Z`)).toBe(existsOnCalendar(year, month, day));
  });

  // Arbitrary text, text of the pattern's form (most of it naming days that do not exist), and a
  // real-looking date followed by anything.
  const anyText = fc.oneof(
    fc.string(),
    fc.stringMatching(ISO_DATE_PATTERN),
    fc.tuple(fc.stringMatching(ISO_DATE_PATTERN), fc.string()).map(([date, rest]) => date + rest),
  );

  test.prop([anyText], { numRuns: 2_000 })(
    'accepts exactly the text of the pattern’s form whose day is on the calendar',
    (value) => {
      const [, year, month, day] = ISO_DATE_PATTERN.exec(value)?.map(Number) ?? [];
      const expected =
        year !== undefined &&
        month !== undefined &&
        day !== undefined &&
        existsOnCalendar(year, month, day);
      expect(isCalendarDate(value)).toBe(expected);
    },
  );
});
