/**
 * The words around curriculum text, shared by the components and the CLI's exports.
 */
import type { ResourceKind, SkillCategory, TopicKind, TopicStatus } from '../schema.js';
import { matchLocale } from './match.js';

/** The words around curriculum text in one language. Values may hold `{name}` placeholders. */
export interface Labels {
  /** Names of topic and resource kinds: `Concept`, `Repository`. */
  kinds: Record<TopicKind | ResourceKind, string>;
  /** Names of topic statuses: `Not started`, `Done`. */
  statuses: Record<TopicStatus, string>;
  /** Names of skill categories: `Knowledge`, `Programming`. */
  skillCategories: Record<SkillCategory, string>;
  /** Label of a topic's prerequisites. */
  prerequisites: string;
  /** Lead-in of a level's outcomes. */
  outcomes: string;
  /** Marks optional topics and levels. */
  optional: string;
  /** Label of skill lists. */
  skills: string;
  /** Label of a topic's resources. */
  resources: string;
  /** Label of the roles a level prepares for. */
  roles: string;
  /** Study hours. `{hours}`: a number. */
  hours: string;
  /** A label and its value on one line: `Skills: Python`. `{label}`, `{value}`. */
  labelled: string;
  /** Facts after a title: `Concept, 4 hours`. `{text}`: the facts joined by `separator`. */
  aside: string;
  /** Between facts in `aside`. */
  separator: string;
}

/** English. */
export const enLabels: Labels = {
  kinds: {
    concept: 'Concept',
    practice: 'Practice',
    project: 'Project',
    docs: 'Docs',
    paper: 'Paper',
    course: 'Course',
    video: 'Video',
    book: 'Book',
    article: 'Article',
    repo: 'Repository',
    tool: 'Tool',
    report: 'Report',
    dataset: 'Dataset',
  },
  statuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    skipped: 'Skipped',
  },
  skillCategories: {
    knowledge: 'Knowledge',
    programming: 'Programming',
    practice: 'Practice',
    collaboration: 'Collaboration',
  },
  prerequisites: 'Prerequisites',
  outcomes: 'You will be able to',
  optional: 'Optional',
  skills: 'Skills',
  resources: 'Resources',
  roles: 'Prepares you for',
  hours: '{hours, plural, one {# hour} other {# hours}}',
  labelled: '{label}: {value}',
  aside: ' ({text})',
  separator: ', ',
};

/** Simplified Chinese, with full-width punctuation. */
export const zhCNLabels: Labels = {
  kinds: {
    concept: '概念',
    practice: '实践',
    project: '项目',
    docs: '文档',
    paper: '论文',
    course: '课程',
    video: '视频',
    book: '书籍',
    article: '文章',
    repo: '代码仓库',
    tool: '工具',
    report: '报告',
    dataset: '数据集',
  },
  statuses: {
    'not-started': '未开始',
    'in-progress': '进行中',
    done: '已完成',
    skipped: '已跳过',
  },
  skillCategories: {
    knowledge: '知识',
    programming: '编程',
    practice: '实践',
    collaboration: '协作',
  },
  prerequisites: '前置知识',
  outcomes: '学完后你能够',
  optional: '选修',
  skills: '技能',
  resources: '学习资源',
  roles: '对应岗位',
  hours: '{hours} 小时',
  labelled: '{label}：{value}',
  aside: '（{text}）',
  separator: '，',
};

/** The languages with built-in words, by tag. */
export const LABELS: Readonly<Record<'en' | 'zh-CN', Labels>> = {
  en: enLabels,
  'zh-CN': zhCNLabels,
};

/** The tags of {@link LABELS}: the languages the interface speaks without overrides. */
export const UI_LOCALES = ['en', 'zh-CN'] as const;

/** One of {@link UI_LOCALES}. */
export type UiLocale = (typeof UI_LOCALES)[number];

/**
 * The built-in language closest to `locale` ({@link matchLocale}): `zh-TW` -> `zh-CN` (the only
 * Chinese there is), `fr` -> `en`.
 */
export function uiLocaleFor(locale: string | readonly string[]): UiLocale {
  return matchLocale(locale, UI_LOCALES, 'en') as UiLocale;
}

/**
 * The built-in words for `locale`, English when there are none in its language.
 * @example labelsFor('zh-TW').prerequisites // '前置知识'
 */
export function labelsFor(locale: string): Labels {
  return LABELS[uiLocaleFor(locale)];
}
