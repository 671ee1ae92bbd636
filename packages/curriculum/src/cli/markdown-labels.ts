/**
 * The words `trailmark markdown` writes around curriculum text, in the languages the CLI knows.
 * `toMarkdown` itself stays English unless given `labels`; the command picks them by language.
 */
import type { MarkdownLabels } from '../markdown.js';

/** Built-in labels by language subtag; English is `toMarkdown`'s default. */
const LABELS: Readonly<Record<string, MarkdownLabels>> = {
  zh: {
    outcomes: '学习成果',
    prerequisites: '前置主题',
    optional: '选修',
    hours: '小时',
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
  },
};

/**
 * The labels for `locale`, by its language (every `zh` tag gets Simplified Chinese, as in
 * `@trailmark/react`), or `undefined` for English and languages without built-in labels.
 * @example markdownLabels('zh-CN')?.outcomes // '学习成果'
 */
export function markdownLabels(locale: string): MarkdownLabels | undefined {
  const language = (locale.split('-')[0] as string).toLowerCase();
  return Object.hasOwn(LABELS, language) ? LABELS[language] : undefined;
}
