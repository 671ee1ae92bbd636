/**
 * The one kind of error a command throws on purpose: it ends the run with a one-line message.
 */

/** Exit codes of `trailmark`, documented in the README. */
export const EXIT = {
  /** Everything checked is valid; the command did its job. */
  ok: 0,
  /** A curriculum has problems. */
  invalid: 1,
  /** The command line is wrong, or a file could not be read or parsed. */
  usage: 2,
  /** A bug in trailmark (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

/**
 * Ends the run: `run` prints `trailmark: <message>` on standard error and exits with `exitCode`.
 * `details` are printed below it (a source snippet); `help` adds where to read usage, for mistakes
 * on the command line.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly details: readonly string[];
  readonly help: string | undefined;

  constructor(
    message: string,
    options: { exitCode?: number; details?: readonly string[]; help?: string } = {},
  ) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT.usage;
    this.details = options.details ?? [];
    this.help = options.help;
  }
}
