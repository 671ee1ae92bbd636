/**
 * The `trailmark` program: picks the command, runs it, and turns every failure into a one-line
 * message and an exit code. Nothing escapes as a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { createSuggest, didYouMean } from '../suggest.js';
import type { Command } from './command.js';
import { jsonld, markdown } from './commands/exports.js';
import { init } from './commands/init.js';
import { links } from './commands/links.js';
import { schema } from './commands/schema.js';
import { stats } from './commands/stats.js';
import { svg } from './commands/svg.js';
import { validate } from './commands/validate.js';
import { CliError, EXIT } from './errors.js';
import { type CliContext, styleFor } from './terminal.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  init,
  schema,
  stats,
  markdown,
  jsonld,
  svg,
  links,
];

const PROGRAM_HELP_HINT = 'see "trailmark --help"';

async function packageJson(context: CliContext): Promise<{ version: string; bugs?: string }> {
  return JSON.parse(await readFile(context.assets.packageJson, 'utf8'));
}

function programHelp(): string {
  const width = Math.max(...COMMANDS.map(({ spec }) => `${spec.name} ${spec.usage}`.length));
  return [
    'trailmark: check and export Trailmark curricula written in JSON or YAML',
    '',
    'Usage: trailmark <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map(
      ({ spec }) => `  ${`${spec.name} ${spec.usage}`.padEnd(width)}  ${spec.summary}`,
    ),
    '',
    'Options:',
    '  -h, --help     show help; "trailmark <command> --help" for a command',
    '  -v, --version  print the version',
    '',
    'A file name of "-" reads standard input.',
    'Exit codes: 0 done (all valid), 1 a curriculum is invalid (for links: a link is dead),',
    '2 wrong usage or a file that cannot be read or parsed, 70 a bug in trailmark.',
    '',
  ].join('\n');
}

async function dispatch(argv: readonly string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new CliError(
      `missing command; one of ${COMMANDS.map(({ spec }) => spec.name).join(', ')}`,
      { help: PROGRAM_HELP_HINT },
    );
  }
  if (first === '-h' || first === '--help') {
    context.stdout.write(programHelp());
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    if (rest.length > 0) {
      throw new CliError(
        `unexpected argument ${JSON.stringify(rest[0])} for "trailmark ${first}"`,
        {
          help: PROGRAM_HELP_HINT,
        },
      );
    }
    context.stdout.write(`${(await packageJson(context)).version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    // "trailmark help validate" reads as "trailmark validate --help".
    return rest.length === 0
      ? dispatch(['--help'], context)
      : dispatch([...rest, '--help'], context);
  }
  const command = COMMANDS.find(({ spec }) => spec.name === first);
  if (!command) {
    const names = COMMANDS.map(({ spec }) => spec.name);
    const what = first.startsWith('-') ? 'option' : 'command';
    throw new CliError(
      `unknown ${what} ${JSON.stringify(first)}${didYouMean(createSuggest()(first, names))}`,
      {
        help: PROGRAM_HELP_HINT,
      },
    );
  }
  return command.run(rest, context);
}

/**
 * Runs `trailmark` with `argv` (the arguments after the program name) and resolves to the exit
 * code. Never rejects: expected failures print `trailmark: <what is wrong>`; anything else is a
 * bug and prints one line asking for a report (exit code 70).
 * @example process.exitCode = await run(process.argv.slice(2), context);
 */
export async function run(argv: readonly string[], context: CliContext): Promise<number> {
  const style = styleFor(context.stderr);
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (error instanceof CliError) {
      const help = error.help ? ` (${error.help})` : '';
      context.stderr.write(`${style.red('trailmark:')} ${error.message}${help}\n`);
      for (const line of error.details) context.stderr.write(`${line}\n`);
      return error.exitCode;
    }
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    let report = 'please report it';
    try {
      const { bugs } = await packageJson(context);
      if (bugs) report = `please report it at ${bugs}`;
    } catch {
      // The message is still useful without the address.
    }
    context.stderr.write(`${style.red('trailmark:')} internal error: ${reason}; ${report}\n`);
    return EXIT.internal;
  }
}
