/**
 * Where the CLI writes, and whether it may color what it writes.
 */

/** A place the CLI writes text to: standard output or standard error, or a test's buffer. */
export interface Output {
  write(text: string): void;
  /** Whether ANSI colors may be written (see {@link wantsColor}). */
  readonly color: boolean;
  /** Whether it is a terminal, where a progress line may be redrawn in place; false if absent. */
  readonly tty?: boolean;
}

/** What a command may use from the outside world; `cli.ts` passes the real process's. */
export interface CliContext {
  stdout: Output;
  stderr: Output;
  /** Reads all of standard input (the file name `-`). */
  readStdin(): Promise<Uint8Array>;
  /** Relative file names are resolved against this directory. */
  cwd: string;
  /** The package's files the CLI reads at run time. */
  assets: {
    /** `dist/schema.json`, generated at build time. */
    schema: URL;
    /** The package's `package.json`, for `--version`. */
    packageJson: URL;
  };
}

/**
 * Whether to color a stream: `FORCE_COLOR` forces it (unless `0` or `false`), a set `NO_COLOR`
 * turns it off, and otherwise only terminals get colors (not `TERM=dumb`). The same precedence as
 * Node's own `stream.hasColors()`.
 * @example wantsColor(process.stdout.isTTY, process.env)
 */
export function wantsColor(isTTY: boolean | undefined, env: Record<string, string | undefined>) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true && env.TERM !== 'dumb';
}

/** Text styles for one output; each is the identity when the output takes no colors. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
};

const plain = (text: string): string => text;
const PLAIN: Style = {
  bold: plain,
  dim: plain,
  red: plain,
  green: plain,
  yellow: plain,
  cyan: plain,
};

/** The styles to use on `output`. */
export function styleFor(output: Output): Style {
  return output.color ? COLORS : PLAIN;
}
