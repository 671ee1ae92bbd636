/**
 * A command: its spec (options, help) and what it does with the parsed command line.
 */
import {
  type CommandSpec,
  commandHelp,
  type OptionSpec,
  type ParsedArgs,
  parseCommandArgs,
} from './args.js';
import type { CliContext } from './terminal.js';

/** A command as the program runs it; build one with {@link defineCommand}. */
export interface Command {
  spec: CommandSpec;
  /** Runs with the words after the command name; resolves to the exit code. */
  run(argv: readonly string[], context: CliContext): Promise<number>;
}

/**
 * Binds a spec to its action. `--help` is handled here for every command; the action gets
 * option values typed from the spec.
 */
export function defineCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec & { options: O },
  action: (args: ParsedArgs<O>, context: CliContext) => Promise<number>,
): Command {
  return {
    spec,
    async run(argv, context) {
      const args = parseCommandArgs(spec, argv);
      if (args.help) {
        context.stdout.write(commandHelp(spec));
        return 0;
      }
      return action(args, context);
    },
  };
}
