/**
 * Dates that exist on the calendar, beyond their ISO 8601 form.
 */
import { ISO_DATE_PATTERN } from './schema.js';

/**
 * Whether `value` has the form of {@link ISO_DATE_PATTERN} (which bounds months, days and times)
 * and its month has its day: 29 February only in leap years, no 31 April.
 * @example
 * isCalendarDate('2024-02-29T08:30:00Z') // true
 * isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  const parts = ISO_DATE_PATTERN.exec(value)?.map(Number);
  if (!parts) return false;
  const [, year = 0, month = 0, day = 0] = parts;
  // Day 0 of the next month is the last day of this one. The year moves into 2000–2399, which has
  // the same leap years, because Date.UTC reads years 0–99 as 1900–1999.
  return day <= new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}
