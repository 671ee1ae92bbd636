/**
 * The `--locale <tag>` option of the commands that write curriculum text.
 */

import { matchLocale } from '../locale/match.js';
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
 * The locale of `curriculum` to write it in: the one of its `locales` that best serves `tag`
 * (`matchLocale`: `--locale zh-TW` picks `zh-Hant` over `zh-CN`), or its `defaultLocale` when no
 * tag is given or the curriculum has no text in that language (with a warning on standard error).
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
  const known = matchLocale(tag, curriculum.locales);
  if (known === undefined) {
    const style = styleFor(context.stderr);
    context.stderr.write(
      `${style.yellow('trailmark: warning:')} the curriculum has no ${JSON.stringify(tag)} texts (it has ${curriculum.locales.join(', ')}); writing ${JSON.stringify(curriculum.defaultLocale)}\n`,
    );
    return curriculum.defaultLocale;
  }
  return known;
}
