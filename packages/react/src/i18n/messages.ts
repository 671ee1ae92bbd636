/**
 * The interface strings of every component. Curriculum content comes localized in the curriculum
 * itself; these are the words around it. `{name}` marks a value filled in at render, and
 * `{count, plural, one {# topic} other {# topics}}` picks a form by the number (see `fillMessage`
 * of `@trailmark/curriculum/locale`). The words the CLI shares (kinds, statuses, prerequisites…)
 * come from that module's labels, so both say the same.
 */
import {
  enLabels,
  type Labels,
  matchLocale,
  uiLocaleFor,
  zhCNLabels,
} from '@trailmark/curriculum/locale';

/** The words of every component, by key; override any of them per locale with `messages`. */
export interface Messages {
  'error.title': string;
  /** `{count}`: the number of issues (a number: plural forms apply). */
  'error.count': string;
  /** `{count}`: issues not listed. */
  'error.more': string;
  'error.noCurriculum': string;
  'status.not-started': string;
  'status.in-progress': string;
  'status.done': string;
  'status.skipped': string;
  /** Accessible name of a topic's status button. `{title}`, `{status}`. */
  'status.control': string;
  /** Accessible name of the status menu. `{title}`. */
  'status.menu': string;
  /** Prefix read before a status shown as text (read-only mode). */
  'status.label': string;
  /** A locked topic's explanation. `{topics}`: the prerequisites it waits for, as a list. */
  'topic.locked': string;
  /** Marks optional topics and levels. */
  optional: string;
  /** Label of skill lists (levels and topics). */
  skills: string;
  /** A label before its value, with the language's colon: `{label}: {value}` / `{label}：{value}`. */
  labelled: string;
  'topic.prerequisites': string;
  /** Label of a topic's kind (concept, practice, project). */
  'topic.kind': string;
  'topic.resources': string;
  'kind.concept': string;
  'kind.practice': string;
  'kind.project': string;
  'level.outcomes': string;
  'level.roles': string;
  /** `{count}`: the number of topics in the level (a number: plural forms apply). */
  'level.topics': string;
  /** The link from an open level card to the level's own page. `{level}`: the level's name. */
  'level.page': string;
  /** Accessible name of a level's progress meter. `{level}`: the level code and title. */
  'level.progress': string;
  /**
   * Read politely after a status change. `{level}`: the level's name; `{complete}`, `{total}`:
   * topics complete and in all (numbers: plural forms apply); `{percent}`: formatted.
   */
  'level.announce': string;
  'resource.newTab': string;
  'resource.free': string;
  'resource.docs': string;
  'resource.paper': string;
  'resource.course': string;
  'resource.video': string;
  'resource.book': string;
  'resource.article': string;
  'resource.repo': string;
  'resource.tool': string;
  'resource.report': string;
  'resource.dataset': string;
  'skill.knowledge': string;
  'skill.programming': string;
  'skill.practice': string;
  'skill.collaboration': string;
  'role.label': string;
  'plan.title': string;
  /** Accessible name of the study plan's table (a scroll region on narrow screens). */
  'plan.table': string;
  'plan.hoursPerWeek': string;
  'plan.level': string;
  'plan.hours': string;
  'plan.remaining': string;
  'plan.eta': string;
  /** `{date}`: an already formatted date. */
  'plan.finish': string;
  'plan.unscheduled': string;
  'plan.complete': string;
  /** Shown under a pace that is not valid. `{min}`, `{max}`: the allowed hours per week. */
  'plan.invalid': string;
  /** Explains the remaining hours when optional topics are left out of them. */
  'plan.remainingNote': string;
  /**
   * Read politely after the pace changes. `{hours}`: the new hours per week (a number: plural
   * forms apply); `{finish}`: the plan's finish (a `plan.finish`, `plan.complete` or
   * `plan.unscheduled` text).
   */
  'plan.announce': string;
}

/**
 * The words of `RoadmapMap` (`@trailmark/react/map`). Kept out of `Messages`, so that the
 * main entry does not carry them; override them through the same `messages` prop.
 */
export interface MapMessages {
  /** Accessible name of the map. `{title}`: the curriculum title. */
  'map.label': string;
  /** How the map is read and used: keys, and the timeline as its list form. */
  'map.description': string;
  /**
   * A topic as screen readers announce it. `{title}`, `{status}`, `{missing}`: how many of its
   * prerequisites are not done or skipped (a number: plural forms apply).
   */
  'map.topic': string;
  /** Accessible name of the zoom buttons' toolbar. */
  'map.view': string;
  /** The button that zooms in (also the `+` key). */
  'map.zoomIn': string;
  /** The button that zooms out (also the `-` key). */
  'map.zoomOut': string;
  /** The button that shows the whole map. */
  'map.fit': string;
  /** The link to the same topics as a list (`timelineHref`). */
  'map.timeline': string;
  /** Closes the details of the selected topic. */
  'map.close': string;
  /** Label of the topics that list the selected one as a prerequisite. */
  'map.dependents': string;
  /** The link to a topic's own page (`topicHref`). `{title}`. */
  'map.topicPage': string;
  /** Shown when the `level` prop names no level. `{level}`: the id given. */
  'map.unknownLevel': string;
}

/** Message overrides per locale tag, merged over the built-in strings. */
export type MessageOverrides = Readonly<Record<string, Partial<Messages & MapMessages>>>;

type PlanKey = Extract<keyof Messages, `plan.${string}`>;
type PlanMessages = Pick<Messages, PlanKey>;
/**
 * The strings every component may read. `StudyPlan`'s own (`plan.*`) are kept apart and added by
 * {@link withPlanMessages}, so that bundles without `StudyPlan` (the embed) do not carry them.
 */
export type SharedMessages = Omit<Messages, PlanKey> & Partial<PlanMessages>;

/** The words shared with the CLI, under the components' keys. */
function fromLabels(labels: Labels) {
  const { kinds, statuses, skillCategories: skill } = labels;
  return {
    'status.not-started': statuses['not-started'],
    'status.in-progress': statuses['in-progress'],
    'status.done': statuses.done,
    'status.skipped': statuses.skipped,
    optional: labels.optional,
    skills: labels.skills,
    labelled: labels.labelled,
    'topic.prerequisites': labels.prerequisites,
    'topic.resources': labels.resources,
    'kind.concept': kinds.concept,
    'kind.practice': kinds.practice,
    'kind.project': kinds.project,
    'level.outcomes': labels.outcomes,
    'level.roles': labels.roles,
    'resource.docs': kinds.docs,
    'resource.paper': kinds.paper,
    'resource.course': kinds.course,
    'resource.video': kinds.video,
    'resource.book': kinds.book,
    'resource.article': kinds.article,
    'resource.repo': kinds.repo,
    'resource.tool': kinds.tool,
    'resource.report': kinds.report,
    'resource.dataset': kinds.dataset,
    'skill.knowledge': skill.knowledge,
    'skill.programming': skill.programming,
    'skill.practice': skill.practice,
    'skill.collaboration': skill.collaboration,
  } satisfies Partial<Messages>;
}

const enShared: SharedMessages = {
  ...fromLabels(enLabels),
  'error.title': 'This roadmap cannot be shown',
  'error.count': '{count, plural, one {# problem found} other {# problems found}}',
  'error.more': '…and {count} more',
  'error.noCurriculum': 'No curriculum: pass one, or use a CurriculumProvider.',
  'status.control': '{title}, status: {status}',
  'status.menu': 'Status of {title}',
  'status.label': 'Status:',
  'topic.locked': 'Waiting for {topics}',
  'topic.kind': 'Kind',
  'level.topics': '{count, plural, one {# topic} other {# topics}}',
  'level.progress': '{level} progress',
  'level.announce':
    '{level}: {complete} of {total, plural, one {# topic} other {# topics}} complete, {percent}',
  'level.page': 'Open the {level} page',
  'resource.newTab': '(opens in a new tab)',
  'resource.free': 'Free',
  'role.label': 'Role',
};

const enPlan: PlanMessages = {
  'plan.title': 'Study plan',
  'plan.table': 'Study plan by level',
  'plan.hoursPerWeek': 'Hours per week',
  'plan.level': 'Level',
  'plan.hours': 'Hours',
  'plan.remaining': 'Remaining',
  'plan.eta': 'Done by',
  'plan.finish': 'Finish by {date}',
  'plan.unscheduled': 'Not scheduled',
  'plan.complete': 'Complete',
  'plan.invalid': 'Enter whole hours from {min} to {max}.',
  'plan.remainingNote': 'Remaining leaves out optional topics.',
  'plan.announce': '{hours, plural, one {# hour} other {# hours}} a week: {finish}',
};

const zhShared: SharedMessages = {
  ...fromLabels(zhCNLabels),
  'error.title': '无法显示此路线图',
  'error.count': '发现 {count} 个问题',
  'error.more': '……还有 {count} 个',
  'error.noCurriculum': '缺少课程数据：请传入 curriculum，或使用 CurriculumProvider。',
  'status.control': '{title}，状态：{status}',
  'status.menu': '{title} 的状态',
  'status.label': '状态：',
  'topic.locked': '需先完成：{topics}',
  'topic.kind': '类型',
  'level.topics': '{count} 个主题',
  'level.progress': '{level} 进度',
  'level.announce': '{level}：已完成 {complete}/{total} 个主题，{percent}',
  'level.page': '打开 {level} 页面',
  'resource.newTab': '（在新标签页中打开）',
  'resource.free': '免费',
  'role.label': '岗位',
};

const zhPlan: PlanMessages = {
  'plan.title': '学习计划',
  'plan.table': '各阶段学习计划',
  'plan.hoursPerWeek': '每周学习小时数',
  'plan.level': '阶段',
  'plan.hours': '学时',
  'plan.remaining': '剩余',
  'plan.eta': '预计完成',
  'plan.finish': '预计 {date} 全部完成',
  'plan.unscheduled': '未排期',
  'plan.complete': '已完成',
  'plan.invalid': '请输入 {min} 到 {max} 之间的整数。',
  'plan.remainingNote': '剩余学时不含选修主题。',
  'plan.announce': '每周 {hours} 小时：{finish}',
};

/** The English strings, all of them. */
export const en: Messages = /* @__PURE__ */ Object.assign({}, enShared, enPlan);
/** The Simplified Chinese strings, all of them. */
export const zhCN: Messages = /* @__PURE__ */ Object.assign({}, zhShared, zhPlan);

/** Which built-in strings a locale reads: Chinese for any `zh` tag, else English. */
const isChinese = (locale: string) => uiLocaleFor(locale) === 'zh-CN';

const resolved = /* @__PURE__ */ new WeakMap<MessageOverrides, Map<string, SharedMessages>>();
const noOverrides: MessageOverrides = {};

/**
 * The messages for a locale: the built-in language closest to it (Chinese for any `zh` tag, else
 * English), then the overrides of the tag that serves it best (`matchLocale` of
 * `@trailmark/curriculum/locale`: `zh-TW` takes `zh-Hant` overrides before `zh-CN` ones). Cached
 * per overrides object and locale.
 */
export function resolveMessages(
  locale: string,
  overrides: MessageOverrides = noOverrides,
): SharedMessages {
  let byLocale = resolved.get(overrides);
  if (!byLocale) {
    byLocale = new Map();
    resolved.set(overrides, byLocale);
  }
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const tag = matchLocale(locale, Object.keys(overrides));
  const result: SharedMessages = {
    ...(isChinese(locale) ? zhShared : enShared),
    ...(tag !== undefined && overrides[tag]),
  };
  byLocale.set(locale, result);
  return result;
}

/**
 * `messages` (from {@link resolveMessages}) with the built-in `plan.*` strings of `locale` added
 * under any overrides of them.
 */
export function withPlanMessages(locale: string, messages: SharedMessages): Messages {
  return { ...(isChinese(locale) ? zhPlan : enPlan), ...messages };
}
