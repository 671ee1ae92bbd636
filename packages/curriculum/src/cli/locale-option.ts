/**
 * The `--locale <tag>` option of the commands that write curriculum text.
 */

import type { Curriculum } from '../schema.js';
import { LOCALE_PATTERN } from '../schema.js';
import type { OptionSpec } from './args.js';
import { CliError } from './errors.js';
import { type CliContext, styleFor } from './terminal.js';

export const LOCALE_OPTION = {
  type: 'string',
  value: 'tag',
  description: "language to write texts in (default: the curriculum's defaultLocale)",
} as const satisfies OptionSpec;

/**
 * The locale to write `curriculum` in: `tag`, or its `defaultLocale` when none is given or the
 * curriculum has no text in that language (with a warning on standard error).
 * @throws {CliError} exit code 2 when `tag` is not a language tag.
 */
export function chooseLocale(
  tag: string | undefined,
  curriculum: Curriculum,
  context: CliContext,
  command: string,
): string {
  if (tag === undefined) return curriculum.defaultLocale;
  if (!LOCALE_PATTERN.test(tag)) {
    throw new CliError(
      `option "--locale" must be a language tag like "en" or "zh-CN", got ${JSON.stringify(tag)}`,
      { help: `see "trailmark ${command} --help"` },
    );
  }
  const language = (tag.split('-')[0] as string).toLowerCase();
  const known = curriculum.locales.some(
    (locale) => (locale.split('-')[0] as string).toLowerCase() === language,
  );
  if (!known) {
    const style = styleFor(context.stderr);
    context.stderr.write(
      `${style.yellow('trailmark: warning:')} the curriculum has no ${JSON.stringify(tag)} texts (it has ${curriculum.locales.join(', ')}); writing ${JSON.stringify(curriculum.defaultLocale)}\n`,
    );
    return curriculum.defaultLocale;
  }
  return tag;
}
