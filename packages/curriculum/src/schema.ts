/**
 * The curriculum data model as zod schemas: the single source of truth. Types are inferred from
 * these, and `schema.json` is generated from them at build time. Published as
 * `@trailmark/curriculum/schema`; the main entry re-exports only the types and the value lists.
 *
 * `zod/mini` keeps the browser bundle small (about 5 kB gzip against 23 kB for classic zod); its
 * default error messages are not loaded, so every message users see is written in `zod-issues.ts`
 * and `document-checks.ts`.
 */
import * as z from 'zod/mini';

/** The version of the curriculum document format this package reads and writes. */
export const SCHEMA_VERSION = 1;

/** Lowercase kebab-case slug, the form of every id: `rag`, `transformer-basics`, `l1`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag in its common form: `en`, `zh-CN`, `zh-Hant-TW`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Semantic version `MAJOR.MINOR.PATCH` with optional pre-release and build parts. */
export const SEMVER_PATTERN =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/**
 * An absolute http(s) URL. Anything else (`javascript:`, `data:`, `vbscript:`, protocol-relative
 * `//host`, leading whitespace or control characters) fails this pattern before it can reach an
 * `href`, and so does user info: an `@` in the authority (before the first `/`, `?` or `#`), as in
 * `https://good.example@evil.example/`, whose host is `evil.example`. `parseCurriculum` also checks
 * that the URL parses.
 */
export const HTTP_URL_PATTERN =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\p{Cc}/\\?#@]+(?:[/?#][^\s\p{Cc}\\]*)?$/u;

/**
 * Whether `url` may become a link or be fetched: the one rule every package applies (the SDK's
 * resource and author links, `toJsonLd`'s page URL, the CLI's `--url`, `ResourceLink` at render,
 * the embed's `src`). It matches `HTTP_URL_PATTERN` (`@trailmark/curriculum/schema`) — absolute `http://` or `https://` (any
 * case), no whitespace, control characters or backslashes, no user info — and the URL parser
 * accepts it (`https://[::1` does not parse). Anything that is not a string is refused.
 * @example isSafeHttpUrl('https://arxiv.org/abs/1706.03762') // true
 * @example isSafeHttpUrl('https://good.example@evil.example/') // false
 */
export function isSafeHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string' || !HTTP_URL_PATTERN.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
/**
 * A date or a date-time in ISO 8601 form: `2024-06-01` or `2024-06-01T08:30:00Z`, with a month
 * from 01 to 12, a day from 01 to 31, hours up to 23 and minutes and seconds up to 59 (so
 * `2024-13-45` fails). The groups capture year, month and day. Whether the month has that day
 * (no 30 February) is beyond a pattern: `parseCurriculum` and `parseProgress` check it too.
 */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * Text that is more than spaces: it contains a character that is not whitespace. Every text of the
 * format (titles, summaries, names, level codes, license) must match it, so `""` and `"   "` fail.
 */
export const TEXT_PATTERN = /\S/;

/** Longest accepted single-line text (titles, names). */
export const MAX_TITLE_LENGTH = 300;
/** Longest accepted paragraph text (summaries, outcomes). */
export const MAX_TEXT_LENGTH = 5_000;

const id = () => z.string().check(z.regex(ID_PATTERN));
// A one-value enum rather than z.literal: the same check, message and JSON Schema (`enum: [1]`),
// without loading zod's literal schema into every bundle (about 110 bytes gzip).
const schemaVersion = () => z.enum({ current: SCHEMA_VERSION });
/** A list that may be left out, read as `[]`. */
const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);
const idList = () => list(id());
const locale = () => z.string().check(z.regex(LOCALE_PATTERN));
/** Text of at most `max` characters with a non-space character in it. */
const text = (max: number) => z.string().check(z.regex(TEXT_PATTERN), z.maxLength(max));

// The map form first: zod tries union options in order, and most texts of a multilingual
// roadmap are maps, so this order parses a 1,000-topic bilingual curriculum about 15 % faster.
const localized = (max: number) => z.union([z.record(locale(), text(max)), text(max)]);

/**
 * Text in one language (a plain string, read as the curriculum's `defaultLocale`), or a map of
 * BCP 47 tag to text that must contain the `defaultLocale`.
 * @example { "zh-CN": "检索增强生成", "en": "Retrieval-augmented generation" }
 */
export const LocalizedTitle = localized(MAX_TITLE_LENGTH);
/** Like {@link LocalizedTitle}, for paragraphs. */
export const LocalizedText = localized(MAX_TEXT_LENGTH);

/** What a resource is: the values of `Resource.kind`. */
export const RESOURCE_KINDS = [
  'docs',
  'paper',
  'course',
  'video',
  'book',
  'article',
  'repo',
  'tool',
  'report',
  'dataset',
] as const;
/** What a topic asks of the learner: understand it, practise it, or build something. */
export const TOPIC_KINDS = ['concept', 'practice', 'project'] as const;
/** The four kinds of skill a roadmap builds. */
export const SKILL_CATEGORIES = ['knowledge', 'programming', 'practice', 'collaboration'] as const;
/** Where a learner is with a topic; `done` and `skipped` both count as complete. */
export const TOPIC_STATUSES = ['not-started', 'in-progress', 'done', 'skipped'] as const;

/** A page a learner can read or use: paper, docs, course, repository… Only http(s) links. */
export const Resource = z.strictObject({
  /** The resource's title as a learner will see it in the list. */
  title: LocalizedTitle,
  /** An absolute `https://` (or `http://`) link, at most 2,048 characters, with no `user@` part. */
  url: z.string().check(z.maxLength(2_048), z.regex(HTTP_URL_PATTERN)),
  /** What the resource is: `docs`, `paper`, `course`, `video`, `book`, `article`, `repo`, `tool`, `report` or `dataset`. */
  kind: z.enum(RESOURCE_KINDS),
  /** Language of the resource itself (BCP 47), e.g. `en` for an English paper. */
  language: z.optional(locale()),
  /** Whether it can be read without paying. */
  free: z.optional(z.boolean()),
});

/** One thing to learn or do. */
export const Topic = z.strictObject({
  /** A kebab-case id, unique among all topics: `rag`, `transformer-basics`. Prerequisites name it. */
  id: id(),
  /** The topic's name, at most 300 characters. */
  title: LocalizedTitle,
  /** What the learner will understand or be able to do, in a sentence or two. */
  summary: LocalizedText,
  /** What the topic asks of the learner: `concept` (understand it), `practice` (do it) or `project` (build something). */
  kind: z.enum(TOPIC_KINDS),
  /** An estimate of study hours for a typical learner. */
  estimatedHours: z.number().check(z.positive(), z.lte(1_000)),
  /** Ids of topics (in any level) to complete first. */
  prerequisites: idList(),
  /** Ids of skills this topic builds. */
  skills: idList(),
  /** Pages to read or use while studying the topic; only http(s) links. */
  resources: list(Resource),
  /** Optional topics deepen a level but are not needed to complete it. */
  optional: z._default(z.boolean(), false),
});

/** A group of related topics within a level. */
export const Module = z.strictObject({
  /** A kebab-case id, unique among all modules. */
  id: id(),
  /** The module's name, at most 300 characters. */
  title: LocalizedTitle,
  /** What the module covers, in a sentence or two. */
  summary: LocalizedText,
  /** The topics of this module, in study order; at least one. */
  topics: z.array(Topic).check(z.minLength(1)),
});

/** One stage of the roadmap, e.g. L1. */
export const Level = z.strictObject({
  /** A kebab-case id, unique among all levels: `l1`, `foundations`. */
  id: id(),
  /** A short label shown in the level badge: `L1`, `L2`, `★`. */
  code: text(12),
  /** The level's name, at most 300 characters. */
  title: LocalizedTitle,
  /** Who the level is for and what it covers. */
  summary: LocalizedText,
  /** What a learner can do after this level. */
  outcomes: list(LocalizedText),
  /** The modules of this level, in study order; at least one. */
  modules: z.array(Module).check(z.minLength(1)),
  /** Ids of the roles this level prepares for. */
  roles: idList(),
  /** Ids of the skills this level builds as a whole. */
  skills: idList(),
  /** Overrides the sum of the topics' hours when given. */
  estimatedHours: z.optional(z.number().check(z.positive(), z.lte(100_000))),
  /** Optional levels (such as a research "ceiling") are not needed to finish the roadmap. */
  optional: z._default(z.boolean(), false),
});

/** A capability a learner builds, in one of four categories. */
export const Skill = z.strictObject({
  /** A kebab-case id, unique among all skills; topics and levels name it in `skills`. */
  id: id(),
  /** The skill's name, at most 300 characters. */
  name: LocalizedTitle,
  /** The kind of skill: `knowledge`, `programming`, `practice` or `collaboration`. */
  category: z.enum(SKILL_CATEGORIES),
  /** What having this skill means, in a sentence or two. */
  summary: z.optional(LocalizedText),
});

/** A job the roadmap prepares for. */
export const Role = z.strictObject({
  /** A kebab-case id, unique among all roles; levels name it in `roles`. */
  id: id(),
  /** The job's title, at most 300 characters. */
  title: LocalizedTitle,
  /** What the job involves. */
  summary: LocalizedText,
});

/** Who wrote the curriculum; shown as the courses' provider in JSON-LD. */
export const Author = z.strictObject({
  /** A person's or an organisation's name. */
  name: text(MAX_TITLE_LENGTH),
  /** A page about the author: an absolute http(s) link. */
  url: z.optional(z.string().check(z.maxLength(2_048), z.regex(HTTP_URL_PATTERN))),
});

/** A whole learning roadmap. */
export const Curriculum = z.strictObject({
  /** A JSON Schema reference for editors; ignored by Trailmark. */
  $schema: z.optional(z.string()),
  /** The version of the document format: `1`. */
  schemaVersion: schemaVersion(),
  /** A kebab-case id for the whole curriculum: `llm-engineer`; progress is stored under it. */
  id: id(),
  /** The version of this curriculum's content (semver). */
  version: z.string().check(z.regex(SEMVER_PATTERN)),
  /** The roadmap's name, at most 300 characters. */
  title: LocalizedTitle,
  /** What the roadmap teaches and who it is for. */
  summary: LocalizedText,
  /** The locale every text must have, and the one plain strings are read as. */
  defaultLocale: locale(),
  /** Every locale the texts are written in; includes `defaultLocale`. */
  locales: z.array(locale()).check(z.minLength(1)),
  /** The stages of the roadmap, in order (L1, L2, …); at least one. */
  levels: z.array(Level).check(z.minLength(1)),
  /** The skills topics and levels build, named by id in their `skills`. */
  skills: list(Skill),
  /** The jobs the levels prepare for, named by id in a level's `roles`. */
  roles: list(Role),
  /** Who wrote the curriculum. */
  authors: z.optional(z.array(Author)),
  /** An SPDX license id or a short license name for the content. */
  license: z.optional(text(100)),
  /** When the content last changed: `2024-06-01` or `2024-06-01T08:30:00Z`. */
  updatedAt: z.optional(z.string().check(z.regex(ISO_DATE_PATTERN))),
});

/** A learner's status for one topic, and when it last changed. */
export const TopicProgress = z.strictObject({
  /** `not-started`, `in-progress`, `done` or `skipped`. */
  status: z.enum(TOPIC_STATUSES),
  /** ISO 8601 date-time of the last change; the newest wins when progress is merged. */
  updatedAt: z.string().check(z.regex(ISO_DATE_PATTERN)),
});

/** A learner's progress through one curriculum. */
export const Progress = z.strictObject({
  /** The `id` of the curriculum this progress belongs to. */
  curriculumId: id(),
  /** The version of the document format: `1`. */
  schemaVersion: schemaVersion(),
  /** Each topic's status, by topic id. */
  topics: z.record(id(), TopicProgress),
});

/** A curriculum after parsing: defaults applied (empty arrays, `optional: false`). */
export type Curriculum = z.output<typeof Curriculum>;
/** A curriculum as authored: arrays with defaults may be left out. */
export type CurriculumInput = z.input<typeof Curriculum>;
/** One stage of the roadmap, parsed. */
export type Level = z.output<typeof Level>;
/** A group of topics within a level, parsed. */
export type Module = z.output<typeof Module>;
/** One thing to learn or do, parsed (`prerequisites`, `skills`, `resources` default to `[]`, `optional` to false). */
export type Topic = z.output<typeof Topic>;
/** A link to read or use. */
export type Resource = z.output<typeof Resource>;
/** A capability the roadmap builds. */
export type Skill = z.output<typeof Skill>;
/** A job the roadmap prepares for. */
export type Role = z.output<typeof Role>;
/** Who wrote the curriculum. */
export type Author = z.output<typeof Author>;
/** A string (in the `defaultLocale`) or an object of BCP 47 tag to text. */
export type LocalizedText = z.output<typeof LocalizedText>;
/** A learner's progress through one curriculum. */
export type Progress = z.output<typeof Progress>;
/** The status of one topic and when it changed. */
export type TopicProgress = z.output<typeof TopicProgress>;
/** `not-started`, `in-progress`, `done` or `skipped`. */
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
/** `concept`, `practice` or `project`. */
export type TopicKind = (typeof TOPIC_KINDS)[number];
/** One of {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
/** One of {@link SKILL_CATEGORIES}. */
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];
