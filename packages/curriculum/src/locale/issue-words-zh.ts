/**
 * Issues in Simplified Chinese, with full-width punctuation.
 */
import type { Expectation, IssueParams, ObjectNoun, RangeParams } from '../issues.js';
import { quote, type ValueSummary } from '../preview.js';
import type { IssueWords } from './issue-words.js';

const NOUNS: Record<ObjectNoun, string> = {
  curriculum: '课程',
  level: '级别',
  module: '模块',
  topic: '主题',
  resource: '资源',
  skill: '技能',
  role: '岗位',
  author: '作者',
  value: '值',
};

const VALUES: Record<Exclude<ValueSummary['type'], 'literal'>, string> = {
  empty_string: '空字符串',
  list: '列表',
  object: '对象',
  function: '函数',
  symbol: 'Symbol',
};

const value = (got: ValueSummary) => (got.type === 'literal' ? got.text : VALUES[got.type]);

/** What belongs there, after "应为": a space before Latin text, none before Chinese. */
function expected(what: Expectation): string {
  const words = expectedWords(what);
  return /^[\x21-\x7e]/.test(words) ? ` ${words}` : words;
}

function expectedWords(what: Expectation): string {
  switch (what.type) {
    case 'text':
      return '文本（非空字符串，或从语言标签到文本的对象，如 {"en": "…"}）';
    case 'one_of':
      return what.values.length === 1 ? String(what.values[0]) : `${what.values.join('、')} 之一`;
    case 'object':
      return `${NOUNS[what.noun]}（对象）`;
    default:
      return { list: '列表', string: '字符串', number: '数字', boolean: '布尔值' }[what.type];
  }
}

function range(params: RangeParams, small: boolean): string {
  const { limit } = params;
  if (params.origin === 'string') {
    return small ? `太短，至少需要 ${limit} 个字符` : `太长，最多 ${limit} 个字符`;
  }
  if (params.origin === 'array') {
    return `有 ${params.count} 项，应${small ? '至少' : '最多'} ${limit} 项`;
  }
  const bound = small
    ? params.inclusive
      ? '不小于'
      : '大于'
    : params.inclusive
      ? '不大于'
      : '小于';
  return `应为${bound} ${limit} 的数字，实际为 ${value(params.got)}`;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? '' : `——是不是想写 ${quote(suggestion)}？`;

const FORMATS: Record<IssueParams['invalid_format']['format'], string> = {
  id: '不是有效的 id；id 由小写字母和数字组成，用连字符连接，如 "rag" 或 "transformer-basics"',
  locale: '不是语言标签；请使用 BCP 47 标签，如 "en" 或 "zh-CN"',
  version: '不是语义化版本号；请使用 MAJOR.MINOR.PATCH 格式，如 "1.0.0"',
  date: '不是 ISO 8601 日期；请使用 "2024-06-01" 或 "2024-06-01T08:30:00Z" 这样的格式（月份 01–12，日期 01–31）',
  calendar_date: '不是日历上存在的日期',
  url: '不是有效的 URL；请检查是否有拼写错误',
};

/** The Simplified Chinese words of every issue. */
export const zhCNIssueWords: IssueWords = {
  invalid_type: (p) => `应为${expected(p.expected)}，实际为 ${value(p.got)}`,
  missing: (p) => `缺少必填字段；应为${expected(p.expected)}`,
  unknown_key: (p) =>
    `未知的键 ${quote(p.key)}${
      p.suggestion === undefined
        ? `；此处允许的键：${p.allowed.join('、')}`
        : didYouMean(p.suggestion)
    }`,
  invalid_value: (p) =>
    p.expected
      ? `应为${expected(p.expected)}，实际为 ${value(p.got)}`
      : `${value(p.got)} 在此处无效`,
  too_small: (p) =>
    p.origin === 'text' ? (p.blank ? '必须包含非空白字符' : '不能为空') : range(p, true),
  too_big: (p) => (p.origin === 'document' ? '问题太多，无法检查' : range(p, false)),
  invalid_format: (p) => `${value(p.got)} ${FORMATS[p.format]}`,
  unsafe_url: (p) =>
    `${value(p.got)} 不是 http(s) 链接；链接必须以 https:// 或 http:// 开头，且主机名前不能有用户信息（“…@”）`,
  duplicate_id: (p) =>
    `${NOUNS[p.kind]} id ${quote(p.id)} 已被 ${p.firstPath} 使用；每个${NOUNS[p.kind]}都需要自己的 id`,
  unknown_reference: (p) =>
    `没有 id 为 ${quote(p.id)} 的${NOUNS[p.kind]}；请使用本课程中某个${NOUNS[p.kind]}的 id${didYouMean(p.suggestion)}`,
  prerequisite_cycle: (p) =>
    p.cycle.length === 1
      ? `主题 ${quote(p.cycle[0] as string)} 把自己列为前置主题；请删除它`
      : `前置主题形成了循环：${p.cycle.join(' -> ')}；请删除其中一个前置关系`,
  missing_locale: (p) =>
    p.where === 'text'
      ? `缺少 defaultLocale ${quote(p.locale)} 的文本；请补上`
      : `未包含 defaultLocale ${quote(p.locale)}；请添加`,
  unreadable_input: () => '读取输入时出错；请传入普通数据，例如 JSON.parse 返回的数据',
};
