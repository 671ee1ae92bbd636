/**
 * The interface strings of every component. Curriculum content comes localized in the curriculum
 * itself; these are the words around it. `{name}` marks a value filled in at render.
 */
export interface Messages {
  'error.title': string;
  /** `{count}`: the number of issues. */
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
  'topic.prerequisites': string;
  'topic.resources': string;
  'kind.concept': string;
  'kind.practice': string;
  'kind.project': string;
  'level.outcomes': string;
  'level.roles': string;
  /** `{count}`: the number of topics in the level. */
  'level.topics': string;
  /** Accessible name of a level's progress meter. `{level}`: the level code and title. */
  'level.progress': string;
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
}

/** Message overrides per locale tag, merged over the built-in strings. */
export type MessageOverrides = Readonly<Record<string, Partial<Messages>>>;

type PlanKey = Extract<keyof Messages, `plan.${string}`>;
type PlanMessages = Pick<Messages, PlanKey>;
/**
 * The strings every component may read. `StudyPlan`'s own (`plan.*`) are kept apart and added by
 * {@link withPlanMessages}, so that bundles without `StudyPlan` (the embed) do not carry them.
 */
export type SharedMessages = Omit<Messages, PlanKey> & Partial<PlanMessages>;

const enShared: SharedMessages = {
  'error.title': 'This roadmap cannot be shown',
  'error.count': 'Problems found: {count}',
  'error.more': '…and {count} more',
  'error.noCurriculum': 'No curriculum: pass one, or use a CurriculumProvider.',
  'status.not-started': 'Not started',
  'status.in-progress': 'In progress',
  'status.done': 'Done',
  'status.skipped': 'Skipped',
  'status.control': '{title}, status: {status}',
  'status.menu': 'Status of {title}',
  'status.label': 'Status:',
  'topic.locked': 'Waiting for {topics}',
  optional: 'Optional',
  skills: 'Skills',
  'topic.prerequisites': 'Prerequisites',
  'topic.resources': 'Resources',
  'kind.concept': 'Concept',
  'kind.practice': 'Practice',
  'kind.project': 'Project',
  'level.outcomes': 'You will be able to',
  'level.roles': 'Prepares you for',
  'level.topics': 'Topics: {count}',
  'level.progress': '{level} progress',
  'resource.newTab': '(opens in a new tab)',
  'resource.free': 'Free',
  'resource.docs': 'Docs',
  'resource.paper': 'Paper',
  'resource.course': 'Course',
  'resource.video': 'Video',
  'resource.book': 'Book',
  'resource.article': 'Article',
  'resource.repo': 'Repository',
  'resource.tool': 'Tool',
  'resource.report': 'Report',
  'resource.dataset': 'Dataset',
  'skill.knowledge': 'Knowledge',
  'skill.programming': 'Programming',
  'skill.practice': 'Practice',
  'skill.collaboration': 'Collaboration',
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
};

const zhShared: SharedMessages = {
  'error.title': '无法显示此路线图',
  'error.count': '发现 {count} 个问题',
  'error.more': '……还有 {count} 个',
  'error.noCurriculum': '缺少课程数据：请传入 curriculum，或使用 CurriculumProvider。',
  'status.not-started': '未开始',
  'status.in-progress': '进行中',
  'status.done': '已完成',
  'status.skipped': '已跳过',
  'status.control': '{title}，状态：{status}',
  'status.menu': '{title} 的状态',
  'status.label': '状态：',
  'topic.locked': '需先完成：{topics}',
  optional: '选修',
  skills: '技能',
  'topic.prerequisites': '前置知识',
  'topic.resources': '学习资源',
  'kind.concept': '概念',
  'kind.practice': '实践',
  'kind.project': '项目',
  'level.outcomes': '学完后你能够',
  'level.roles': '对应岗位',
  'level.topics': '主题：{count}',
  'level.progress': '{level} 进度',
  'resource.newTab': '（在新标签页中打开）',
  'resource.free': '免费',
  'resource.docs': '文档',
  'resource.paper': '论文',
  'resource.course': '课程',
  'resource.video': '视频',
  'resource.book': '书籍',
  'resource.article': '文章',
  'resource.repo': '代码仓库',
  'resource.tool': '工具',
  'resource.report': '报告',
  'resource.dataset': '数据集',
  'skill.knowledge': '知识',
  'skill.programming': '编程',
  'skill.practice': '实践',
  'skill.collaboration': '协作',
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
};

/** The English strings, all of them. */
export const en: Messages = /* @__PURE__ */ Object.assign({}, enShared, enPlan);
/** The Simplified Chinese strings, all of them. */
export const zhCN: Messages = /* @__PURE__ */ Object.assign({}, zhShared, zhPlan);

/** Which built-in strings a locale reads: Chinese for any `zh` tag, else English. */
const isChinese = (locale: string) => /^zh\b/i.test(locale);

/** `zh-Hant-TW` -> `['zh', 'zh-Hant', 'zh-Hant-TW']`: least specific first. */
function tagChain(locale: string): string[] {
  const parts = locale.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}

const resolved = /* @__PURE__ */ new WeakMap<MessageOverrides, Map<string, SharedMessages>>();
const noOverrides: MessageOverrides = {};

/**
 * The messages for a locale: English, then the built-in language (Chinese for any `zh` tag), then
 * the overrides from the least to the most specific tag. Cached per overrides object and locale.
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
  const result: SharedMessages = { ...enShared, ...(isChinese(locale) && zhShared) };
  for (const tag of tagChain(locale)) Object.assign(result, overrides[tag]);
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

/** Fills `{name}` placeholders: `fill('Done by {date}', { date: '3 May' })`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
