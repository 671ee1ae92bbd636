/**
 * Issues in Simplified Chinese, with full-width punctuation.
 */
import type {
  Expectation,
  IssueParams,
  ObjectNoun,
  ProgressIssueParams,
  RangeParams,
} from '../issues.js';
import { quote, type ValueSummary } from '../preview.js';
import type { IssueWords } from './issue-words.js';
import { quoteFound } from './syntax-words.js';

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

const FIELDS: Record<NonNullable<ProgressIssueParams['not_progress']['field']>, string> = {
  curriculumId: '文本',
  schemaVersion: '数字',
  topics: '对象',
};

const NOTHING_USED = '；其中的内容均未使用';

/** What a JSON text needed where a character was found. */
const JSON_EXPECTED = (what: string) => (p: { found: string }) =>
  `此处应为${what}，实际为 ${quoteFound(p.found)}`;

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

  not_json: () => `进度不是有效的 JSON${NOTHING_USED}`,
  not_progress: (p) =>
    `${
      p.field === undefined ? '应为进度对象' : `进度记录需要 "${p.field}"（${FIELDS[p.field]}）`
    }，实际为 ${value(p.got)}${NOTHING_USED}`,
  other_curriculum: (p) =>
    `这是课程 ${quote(p.got)} 的进度，不是 ${quote(p.expected)} 的${NOTHING_USED}`,
  unsupported_version: (p) => `不支持 schemaVersion ${p.got}，应为 ${p.expected}${NOTHING_USED}`,
  unreadable_progress: (p) =>
    `${p.reason === undefined ? '无法读取进度' : `无法读取文件（${p.reason}）`}${NOTHING_USED}`,
  invalid_topic_id: (p) =>
    `已忽略：${quote(p.topic)} 不是主题 id（应由小写字母和数字组成，用连字符连接，如 "rag-basics"）`,
  invalid_entry: (p) =>
    `已忽略：条目需要一个状态（${p.statuses.join('、')}）和一个日历上存在的 updatedAt 日期`,
  unknown_topic: (p) => `已忽略：课程 ${quote(p.curriculumId)} 中没有主题 ${quote(p.topic)}`,

  empty: () => '文本为空；此处应有一个值',
  duplicate_key: (p) => `键 ${JSON.stringify(p.key)} 在此对象中重复出现；每个键只能出现一次`,
  too_deep: (p) => `嵌套超过 ${p.limit} 层；一份课程大约只需要 12 层`,
  too_many_aliases: (p) => `别名展开后超过 ${p.limit} 个节点；请把重复的部分直接写出来，或少用别名`,
  non_finite_number: (p) => `数字 ${p.number} 超出范围；只能读取有限的数字`,
  unsupported_tag: (p) => `不支持标签 ${p.tag}；只能使用字符串、数字、布尔值、null、映射和序列`,
  unsupported_key: () => '映射的键必须是字符串这样的普通值，不能是映射或序列',
  circular_alias: (p) => `别名 *${p.alias} 位于它所引用的节点之内；它的值永远不会结束`,
  multiple_documents: () => '文本中有不止一个 YAML 文档（以 "---" 分隔）；每个文件只放一份课程',
  yaml_syntax: (p) => `YAML 语法错误：${p.detail}`,
  yaml_indent: (p) => {
    const n = Math.abs(p.column - p.expected);
    const how = `${p.column > p.expected ? '多' : '少'}缩进了 ${n} 个空格`;
    return p.key === undefined
      ? `此列表项比第 ${p.line} 行的列表项${how}；同一列表的项必须对齐："-" 应从第 ${p.expected} 列开始`
      : `键 ${JSON.stringify(p.key)} 比第 ${p.line} 行的键${how}；同一对象的键必须对齐：应从第 ${p.expected} 列开始`;
  },
  yaml_tab_indent: () => '此行用制表符缩进；YAML 只能用空格缩进',
  yaml_colon_in_value: (p) =>
    `文本 ${JSON.stringify(p.value)} 中含有 ": "，YAML 会把它读成另一个键；请给这段文本加上引号`,
  yaml_colon_space: (p) =>
    `${JSON.stringify(p.text)} 的 ":" 后面没有空格，所以不会被读成键；应写作 ${JSON.stringify(p.text.replace(':', ': '))}`,
  yaml_unclosed_quote: (p) =>
    `这段文本开头的引号 ${quoteFound(p.quote)} 没有闭合，文件的其余部分都被读成了它的一部分；请用 ${p.quote} 结束这段文本`,
  yaml_unclosed_flow: (p) =>
    `这个 ${p.closer === ']' ? '[' : '{'} 没有闭合；请用 ${p.closer} 结束它`,
  yaml_reserved_start: (p) =>
    `值不能以 ${quoteFound(p.char)} 开头，除非加上引号；请给这个值加上引号`,
  yaml_text_after_quote: () => '结尾的引号之后还有文本；请把整个值都放在引号内',
  yaml_comment_space: () => '"#" 只有在空格之后才开始注释；请在它前面加一个空格，或者给值加上引号',
  yaml_expected_key: () => '此行应有一个键和冒号，如 "title: Web basics"',
  json_expected_value: JSON_EXPECTED('一个值'),
  json_expected_property_name: JSON_EXPECTED('用双引号括起的属性名'),
  json_expected_colon: JSON_EXPECTED('属性名之后的 :'),
  json_expected_comma_or_brace: JSON_EXPECTED('属性值之后的 , 或 }'),
  json_expected_comma_or_bracket: JSON_EXPECTED('数组元素之后的 , 或 ]'),
  json_trailing_comma: (p) => `${p.closer} 之前有多余的逗号；JSON 不允许末尾逗号`,
  json_unexpected_end: (p) =>
    `JSON 文本意外结束${p.closer === undefined ? '' : `；缺少 ${p.closer}`}`,
  json_unexpected_after_end: JSON_EXPECTED(' JSON 文本的结尾'),
  json_unterminated_string: () => '字符串没有结束：缺少结尾的 "',
  json_control_character: (p) =>
    `字符串中有控制字符 ${p.found}；请改写为转义序列，如 \\n 或 \\u0009`,
  json_bad_escape: (p) =>
    `字符串中的转义 ${p.escape} 无效；JSON 的转义只有 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX`,
  json_bad_unicode_escape: () =>
    '字符串中的 Unicode 转义无效：\\u 后面需要四位十六进制数字，如 \\u00e9',
  json_bad_number: () => '数字无效：负号后面必须跟着数字',
};
