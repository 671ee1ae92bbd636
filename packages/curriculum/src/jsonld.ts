/**
 * schema.org structured data for search engines: the roadmap as an ItemList of Courses.
 */

import { localize } from './localize.js';
import { quote } from './preview.js';
import { type Curriculum, isSafeHttpUrl, type Level } from './schema.js';
import { levelHours, levelTopics } from './topics.js';

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /**
   * The language to write texts in: one of the curriculum's `locales`, picked the way
   * {@link localize} picks a text (`zh` and `ZH-cn` find `zh-CN`), else its `defaultLocale`.
   * `inLanguage` names the one picked.
   * @default curriculum.defaultLocale
   */
  locale?: string;
  /**
   * The address of the page showing the roadmap: a URL that {@link isSafeHttpUrl} accepts (the
   * form resource links must have: absolute http(s), without user info). Each level's course gets it with the level id as its
   * fragment (`https://example.org/roadmap?lang=en#l1`, replacing any fragment it had).
   * Anything else (`javascript:…`, a relative path) throws a TypeError; `''` counts as not given.
   */
  url?: string;
}

/** ISO 8601 duration in hours: `PT40H`, `PT2.5H`. */
function duration(hours: number): string {
  return `PT${Math.round(hours * 100) / 100}H`;
}

/** `true` when every resource of the level is marked free, `false` when one is not, else unknown. */
function freeOfCharge(level: Level): boolean | undefined {
  let known = false;
  for (const topic of levelTopics(level)) {
    for (const resource of topic.resources) {
      if (resource.free === false) return false;
      if (resource.free === true) known = true;
    }
  }
  return known ? true : undefined;
}

/** `url` as a URL, when {@link isSafeHttpUrl} accepts it. */
function pageUrl(url: string): URL {
  if (isSafeHttpUrl(url)) return new URL(url);
  throw new TypeError(
    `toJsonLd: options.url must be an absolute http(s) URL (see isSafeHttpUrl), got ${quote(url)}`,
  );
}

/**
 * The curriculum as schema.org JSON-LD: an `ItemList` whose items are the levels as `Course`s
 * (name, description, level code, time required, what it teaches). Serialize it into
 * `<script type="application/ld+json">` with `<` escaped, so text cannot close the script element:
 * `JSON.stringify(toJsonLd(c)).replace(/</g, '\\u003c')`.
 * @throws {TypeError} when `options.url` is given but {@link isSafeHttpUrl} refuses it; check it
 *   first with that function to get no exception.
 * @example toJsonLd(curriculum, { locale: 'en', url: 'https://example.org/roadmap' })
 */
export function toJsonLd(c: Curriculum, options: JsonLdOptions = {}): Record<string, unknown> {
  // The curriculum's own tag for the language asked for, by the rules texts are picked by.
  const locale = localize(
    Object.fromEntries(c.locales.map((tag) => [tag, tag])),
    options.locale ?? c.defaultLocale,
    c.defaultLocale,
  );
  const page = options.url ? pageUrl(options.url) : undefined;
  const levelUrl = (id: string) => {
    const url = new URL(page as URL);
    url.hash = id;
    return url.href;
  };
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale, c.defaultLocale);
  const skills = new Map(c.skills.map((skill) => [skill.id, text(skill.name)]));
  const provider = c.authors?.map((author) => ({
    '@type': 'Organization',
    name: author.name,
    ...(author.url ? { url: author.url } : {}),
  }));

  const courses = c.levels.map((level, i) => {
    const teaches =
      level.outcomes.length > 0
        ? level.outcomes.map(text)
        : level.skills.map((id) => skills.get(id) ?? id);
    const free = freeOfCharge(level);
    const hours = duration(levelHours(level));
    return {
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Course',
        name: text(level.title),
        description: text(level.summary),
        ...(page ? { url: levelUrl(level.id) } : {}),
        educationalLevel: level.code,
        timeRequired: hours,
        inLanguage: locale,
        ...(teaches.length > 0 ? { teaches } : {}),
        ...(free === undefined ? {} : { isAccessibleForFree: free }),
        ...(provider && provider.length > 0 ? { provider } : {}),
      },
    };
  });

  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: text(c.title),
    description: text(c.summary),
    ...(page ? { url: options.url } : {}),
    inLanguage: locale,
    numberOfItems: courses.length,
    itemListElement: courses,
  };
}
