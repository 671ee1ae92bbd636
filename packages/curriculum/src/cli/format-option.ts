/**
 * The `--format text|json` option of the commands that print a report for people or programs.
 */
import type { OptionSpec } from './args.js';

/**
 * The `--format` option; only the help words differ between commands.
 * @param json What programs get: `'a JSON array'` reads "… or a JSON array for programs".
 * @param text What people get, `'output'` unless said.
 * @example options: { format: formatOption('a JSON object') }
 */
export function formatOption(json: string, text = 'output') {
  return {
    type: 'string',
    value: 'text|json',
    choices: ['text', 'json'],
    description: `${text} for people (default) or ${json} for programs`,
  } as const satisfies OptionSpec;
}
