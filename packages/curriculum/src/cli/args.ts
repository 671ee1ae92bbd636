/**
 * Command-line parsing on `node:util` parseArgs, with our own one-line messages: parseArgs runs
 * in its lenient mode and every option it reports is checked here against the command's spec.
 */
import { parseArgs } from 'node:util';
import { createSuggest, didYouMean } from '../suggest.js';
import { CliError } from './errors.js';

/** One option of a command. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** A one-letter alias: `o` for `-o`. */
  short?: string;
  /** The value's name in help: `tag` gives `--locale <tag>`. */
  value?: string;
  /** The only values allowed, if limited. */
  choices?: readonly string[];
  description: string;
}

/** What a command accepts, and the words its help is made of. */
export interface CommandSpec {
  name: string;
  /** One line for the program's list of commands. */
  summary: string;
  /** The arguments after the command name: `<file...>`. */
  usage: string;
  /** Paragraphs for the command's own help, after the usage line. */
  description: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments are accepted. */
  positionals: { min: number; max: number };
  examples: readonly string[];
}

/** The values of a command's options, typed from its spec. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** The command line after the command name, checked against its spec. */
export interface ParsedArgs<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
  /** `--help` or `-h` was given: show the help and ignore everything else. */
  help: boolean;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };

function helpHint(spec: CommandSpec): string {
  return `see "trailmark ${spec.name} --help"`;
}

function optionName(name: string, option: OptionSpec): string {
  return option.type === 'string' ? `--${name} <${option.value ?? 'value'}>` : `--${name}`;
}

/**
 * Parses `argv` (the words after the command name) for `spec`.
 * @throws {CliError} exit code 2 with a one-line message: an unknown option, a missing or
 * unexpected value, too few or too many arguments.
 */
export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  spec: CommandSpec & { options: O },
  argv: readonly string[],
): ParsedArgs<O> {
  const options: Record<string, OptionSpec> = { ...spec.options, help: HELP_OPTION };
  const fail = (message: string) => new CliError(message, { help: helpHint(spec) });
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(options).map(([name, { type, short }]) => [
        name,
        short ? { type, short } : { type },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) {
      const known = Object.keys(options).map((name) => `--${name}`);
      const typo = token.rawName.startsWith('--')
        ? createSuggest()(token.rawName, known)
        : undefined;
      throw fail(
        `unknown option "${token.rawName}" for "trailmark ${spec.name}"${didYouMean(typo)}`,
      );
    }
    if (token.name === 'help') {
      help = true;
      continue;
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw fail(`option "--${token.name}" takes no value`);
      values[token.name] = true;
      continue;
    }
    // parseArgs takes the next word as the value even when it is another option.
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && /^-./.test(value))) {
      throw fail(`option "${optionName(token.name, option)}" needs a value`);
    }
    if (option.choices && !option.choices.includes(value)) {
      const allowed = option.choices.map((choice) => `"${choice}"`).join(' or ');
      throw fail(`option "--${token.name}" must be ${allowed}, got ${JSON.stringify(value)}`);
    }
    values[token.name] = value;
  }
  if (help) return { values: {}, positionals: [], help };

  const { min, max } = spec.positionals;
  if (positionals.length < min) {
    throw fail(`missing argument: trailmark ${spec.name} ${spec.usage}`);
  }
  if (positionals.length > max) {
    const extra = positionals[max] as string;
    throw fail(`unexpected argument ${JSON.stringify(extra)} for "trailmark ${spec.name}"`);
  }
  return { values: values as OptionValues<O>, positionals, help };
}

/** The full help text of a command. */
export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, option]) => {
    const flags = `${option.short ? `-${option.short}, ` : '    '}${optionName(name, option)}`;
    return [flags, option.description] as const;
  });
  const width = Math.max(...options.map(([flags]) => flags.length));
  const lines = [
    `Usage: trailmark ${spec.name}${spec.usage ? ` ${spec.usage}` : ''} [options]`,
    '',
    spec.description,
    '',
    'Options:',
    ...options.map(([flags, description]) => `  ${flags.padEnd(width)}  ${description}`),
  ];
  if (spec.examples.length > 0) {
    lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`));
  }
  return `${lines.join('\n')}\n`;
}
