/**
 * `trailmark stats <file>`: the size of a curriculum, per level.
 */
import { localize } from '../../localize.js';
import type { Curriculum } from '../../schema.js';
import { levelHours } from '../../topics.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { formatOption } from '../format-option.js';
import { loadCurriculum } from '../load-curriculum.js';
import { chooseLocale, LOCALE_OPTION } from '../locale-option.js';
import { styleFor } from '../terminal.js';

/** One level's row of `trailmark stats --format json`. */
export interface LevelStats {
  id: string;
  code: string;
  title: string;
  optional: boolean;
  modules: number;
  topics: number;
  /** Topics marked optional, included in `topics`. */
  optionalTopics: number;
  /** The level's `estimatedHours`, else the sum of its topics' hours. */
  hours: number;
}

/** The output of `trailmark stats --format json`. */
export interface CurriculumStats {
  id: string;
  version: string;
  title: string;
  locale: string;
  levels: LevelStats[];
  total: { levels: number; modules: number; topics: number; hours: number };
}

/** Counts and hours of each level of `c`, with texts in `locale`. */
export function curriculumStats(c: Curriculum, locale: string): CurriculumStats {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale, c.defaultLocale);
  const levels = c.levels.map((level): LevelStats => {
    const topics = level.modules.flatMap((module) => module.topics);
    return {
      id: level.id,
      code: level.code,
      title: text(level.title),
      optional: level.optional,
      modules: level.modules.length,
      topics: topics.length,
      optionalTopics: topics.filter((topic) => topic.optional).length,
      hours: levelHours(level),
    };
  });
  const sum = (key: 'modules' | 'topics' | 'hours') =>
    levels.reduce((total, level) => total + level[key], 0);
  return {
    id: c.id,
    version: c.version,
    title: text(c.title),
    locale,
    levels,
    total: {
      levels: levels.length,
      modules: sum('modules'),
      topics: sum('topics'),
      hours: sum('hours'),
    },
  };
}

// East Asian wide characters and emoji take two terminal columns.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * `text` on one line, cut to at most `width` columns (with `…`). Control characters are dropped:
 * a title must not be able to send escape sequences to the terminal.
 */
function fit(title: string, width: number): string {
  const text = title.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '');
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

const TITLE_WIDTH = 40;

function hours(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The stats as an aligned table. */
function table(stats: CurriculumStats, style: ReturnType<typeof styleFor>): string {
  const rows = stats.levels.map((level) => [
    level.code,
    fit(level.optional ? `${level.title} (optional)` : level.title, TITLE_WIDTH),
    String(level.modules),
    String(level.topics),
    hours(level.hours),
  ]);
  const { total } = stats;
  const header = ['Level', 'Title', 'Modules', 'Topics', 'Hours'];
  const footer = ['Total', '', String(total.modules), String(total.topics), hours(total.hours)];
  const all = [header, ...rows, footer];
  const widths = header.map((_, i) =>
    Math.max(...all.map((row) => displayWidth(row[i] as string))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] as number) - displayWidth(cell));
        return i < 2 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  return [
    `${style.bold(stats.title)} (${stats.id} ${stats.version})`,
    '',
    style.bold(line(header)),
    ...rows.map(line),
    style.bold(line(footer)),
    '',
  ].join('\n');
}

export const stats = defineCommand(
  {
    name: 'stats',
    summary: 'count levels, modules, topics and hours per level',
    usage: '<file>',
    description: [
      "Shows each level with its modules, topics and study hours (the level's estimatedHours,",
      "else the sum of its topics' hours), and the totals. The file must be a valid curriculum;",
      'if it is not, its problems are printed as by "trailmark validate" (exit code 1).',
    ].join('\n'),
    options: {
      format: formatOption('JSON', 'a table'),
      locale: LOCALE_OPTION,
    },
    positionals: { min: 1, max: 1 },
    examples: ['trailmark stats curriculum.yaml', 'trailmark stats curriculum.json --format json'],
  },
  async ({ values, positionals }, context) => {
    const curriculum = await loadCurriculum(positionals[0] as string, context);
    const locale = chooseLocale(values.locale, curriculum, context, 'stats');
    const result = curriculumStats(curriculum, locale);
    context.stdout.write(
      values.format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : table(result, styleFor(context.stdout)),
    );
    return EXIT.ok;
  },
);
