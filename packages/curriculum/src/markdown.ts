/**
 * The curriculum as a Markdown document: for READMEs, wikis and printing.
 */
import { localize } from './localize.js';
import type { Curriculum, LocalizedText, ResourceKind, TopicKind } from './schema.js';
import { levelHours, topicIndex } from './topics.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /**
   * The language to write texts in.
   * @default curriculum.defaultLocale
   */
  locale?: string;
  /**
   * The words added around author text, English by default; give them in the language of
   * `locale`, e.g. `{ outcomes: '学习成果', prerequisites: '前置主题', optional: '选修', hours: '小时' }`.
   */
  labels?: Partial<MarkdownLabels>;
}

/** The words `toMarkdown` adds around author text. */
export interface MarkdownLabels {
  /** @default 'Outcomes' */
  outcomes: string;
  /** @default 'Prerequisites' */
  prerequisites: string;
  /** @default 'optional' */
  optional: string;
  /** Unit after hours. @default 'h' */
  hours: string;
  /** Names of topic and resource kinds; a kind missing here is written as is (`concept`). */
  kinds: Partial<Record<TopicKind | ResourceKind, string>>;
}

const ENGLISH: MarkdownLabels = {
  outcomes: 'Outcomes',
  prerequisites: 'Prerequisites',
  optional: 'optional',
  hours: 'h',
  kinds: { repo: 'repository' },
};

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

/** "concept, 4 h, optional": the parts given, comma separated. */
function facts(...parts: (string | false)[]): string {
  return parts.filter(Boolean).join(', ');
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
  const labels = { ...ENGLISH, ...options.labels };
  const text = (value: LocalizedText) => escapeMarkdown(localize(value, locale, c.defaultLocale));
  const topics = topicIndex(c);
  const hours = (value: number) => `${Math.round(value * 10) / 10} ${labels.hours}`;
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
        const about = facts(
          labels.kinds[topic.kind] ?? topic.kind,
          hours(topic.estimatedHours),
          topic.optional && labels.optional,
        );
        lines.push(`- **${text(topic.title)}** (${about}) — ${text(topic.summary)}`);
        if (topic.prerequisites.length > 0) {
          const names = topic.prerequisites.map((id) => {
            const entry = topics.get(id);
            return entry ? text(entry.topic.title) : escapeMarkdown(id);
          });
          lines.push(`  - ${labels.prerequisites}: ${names.join(', ')}`);
        }
        for (const resource of topic.resources) {
          lines.push(
            `  - [${text(resource.title)}](${destination(resource.url)}) (${labels.kinds[resource.kind] ?? resource.kind})`,
          );
        }
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
