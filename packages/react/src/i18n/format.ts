/**
 * Numbers, durations, percentages, dates and lists through `Intl`, with one formatter per locale
 * and kind: creating `Intl` objects is far slower than using them, and a 1,000-topic roadmap formats
 * thousands of values per render.
 */
import { fillMessage, formatList, type MessageValues } from '@trailmark/curriculum/locale';

/** Formatting functions for one locale. */
export interface Formatters {
  /** `12` -> `12` / `1,234`. */
  number(value: number): string;
  /** Study hours: `4` -> `4 hr` / `4小时`. */
  hours(value: number): string;
  /** A value from 0 to 100: `42` -> `42%`. */
  percent(value: number): string;
  /** An ISO date `YYYY-MM-DD`, read as UTC: `2025-03-01` -> `Mar 1, 2025` / `2025年3月1日`. */
  date(isoDate: string): string;
  /** `['A', 'B', 'C']` -> `A, B, and C` / `A、B、C` (`formatList`). */
  list(items: readonly string[]): string;
  /**
   * A message filled in this locale (`fillMessage`): numbers written its way, plural forms by its
   * rules.
   * @example format.message(messages['level.topics'], { count: 1 }) // '1 topic'
   */
  message(template: string, values?: MessageValues): string;
}

const cache = /* @__PURE__ */ new Map<string, Formatters>();

/** `locale` if `Intl` accepts it, else `en`; an invalid tag in a prop must not break rendering. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The cached {@link Formatters} of a locale. */
export function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    cache.set(locale, formatters);
  }
  return formatters;
}

/**
 * Each `Intl` object is made on its first use: the first one in a page initialises ICU (tens of
 * milliseconds), and a timeline never formats dates, so it should not pay for a date formatter.
 */
function createFormatters(locale: string): Formatters {
  const tag = safeLocale(locale);
  const lazy = <T>(create: () => T) => {
    let value: T | undefined;
    return () => (value ??= create());
  };
  const number = lazy(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
  const hours = lazy(
    () =>
      new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
  );
  const percent = lazy(
    () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
  );
  const date = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }));
  return {
    number: (value) => number().format(value),
    hours: (value) => hours().format(value),
    percent: (value) => percent().format(value / 100),
    date: (isoDate) => {
      const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? isoDate : date().format(parsed);
    },
    list: (items) => formatList(items, tag),
    message: (template, values) => fillMessage(template, values, tag),
  };
}
