/**
 * The curriculum as a Markdown document: for READMEs, wikis and printing.
 */
import { enLabels, type Labels } from './locale/labels.js';
import { fillMessage, formatList } from './locale/message.js';
import { localize } from './localize.js';
import type { Curriculum, LocalizedText } from './schema.js';
import { levelHours, topicIndex } from './topics.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /**
   * The language to write texts in.
   * @default curriculum.defaultLocale
   */
  locale?: string;
  /**
   * The words added around author text, in the language of `locale`.
   * @default English (`enLabels`)
   * @example toMarkdown(c, { locale: 'zh-CN', labels: labelsFor('zh-CN') }) // labelsFor from '@trailmark/curriculum/locale'
   */
  labels?: Labels;
}

/**
 * Author text as literal Markdown text: one line, and every character that could start markup
 * (emphasis, links, HTML, entities, tables, headings, list markers) escaped, and so is what GFM
 * would turn into a link by itself: `https\://…` (any `scheme://`), `www\.…`, `name\@host`.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>|~&#@]|:(?=\/\/)/g, '\\$&')
      // Every `www.`, not only at a word start: GFM also links it after `_`, `*`, `~`, `(`, `[`.
      .replace(/(www)\./gi, '$1\\.')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A link destination that cannot end the link early or be read as markup. */
function destination(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The curriculum as Markdown: a heading per level and module, a bullet per topic with its kind,
 * hours and prerequisites, and its resources as links. All author text is escaped, so it shows
 * as written and cannot inject links (GFM's bare-URL and e-mail autolinks included), HTML or
 * formatting.
 * @example fs.writeFileSync('ROADMAP.md', toMarkdown(curriculum, { locale: 'zh-CN' }));
 */
export function toMarkdown(c: Curriculum, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? c.defaultLocale;
  const labels = options.labels ?? enLabels;
  const text = (value: LocalizedText) => escapeMarkdown(localize(value, locale, c.defaultLocale));
  const topics = topicIndex(c);
  const fill = (template: string, values: Record<string, string | number>) =>
    fillMessage(template, values, locale);
  // "Concept, 4 hours, Optional": the facts given, in the locale's punctuation.
  const facts = (...parts: (string | false)[]) => parts.filter(Boolean).join(labels.separator);
  const aside = (...parts: (string | false)[]) => fill(labels.aside, { text: facts(...parts) });
  const hours = (value: number) => fill(labels.hours, { hours: Math.round(value * 10) / 10 });
  const lines: string[] = [`# ${text(c.title)}`, '', text(c.summary), ''];

  for (const level of c.levels) {
    const meta = facts(hours(levelHours(level)), level.optional && labels.optional);
    lines.push(
      `## ${escapeMarkdown(level.code)} · ${text(level.title)}`,
      '',
      `*${meta}*`,
      '',
      text(level.summary),
      '',
    );
    if (level.outcomes.length > 0) {
      lines.push(`**${labels.outcomes}**`, '');
      for (const outcome of level.outcomes) lines.push(`- ${text(outcome)}`);
      lines.push('');
    }
    for (const module of level.modules) {
      lines.push(`### ${text(module.title)}`, '', text(module.summary), '');
      for (const topic of module.topics) {
        const about = aside(
          labels.kinds[topic.kind],
          hours(topic.estimatedHours),
          topic.optional && labels.optional,
        );
        lines.push(`- **${text(topic.title)}**${about} — ${text(topic.summary)}`);
        if (topic.prerequisites.length > 0) {
          const names = topic.prerequisites.map((id) => {
            const entry = topics.get(id);
            return entry ? text(entry.topic.title) : escapeMarkdown(id);
          });
          const value = formatList(names, locale);
          lines.push(`  - ${fill(labels.labelled, { label: labels.prerequisites, value })}`);
        }
        for (const resource of topic.resources) {
          lines.push(
            `  - [${text(resource.title)}](${destination(resource.url)})${aside(labels.kinds[resource.kind])}`,
          );
        }
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
